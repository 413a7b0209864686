print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, "aBcDe")))
print(list(map(abs, [-1, -2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["a", "bb", ""])), list(map(str, range(3))), list(map(int, "123")))
print(list(map(lambda x, y: (x, y), [1, 2, 3], [4])))
m = map(lambda x: x * 10, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x, [1])
print(type(f).__name__, iter(f) is f)
try:
    map(1, [1]).__next__()
except TypeError as e:
    print("TypeError", e)
try:
    list(map(lambda: 0))
except TypeError as e:
    print("TypeError", e)
