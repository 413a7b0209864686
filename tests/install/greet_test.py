import greet

print(greet.__name__, greet.__doc__, greet.ANSWER)
print(greet.hello("world"), greet.hello("spry", 3))
print(greet.total([1, 2, 3, 40]), greet.total((7,)))
print(greet.hello.__doc__)
for bad in (lambda: greet.hello(5), lambda: greet.total(3), lambda: greet.total(["x"])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
