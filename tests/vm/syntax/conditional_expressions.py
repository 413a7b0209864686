for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
x = [1, 2] if True else None
print(x)
print((lambda v: v if v else "empty")(""))
calls = []
def side(v):
    calls.append(v)
    return v
r = side("a") if side(0) else side("b")
print(r, calls)
print(1 if [] else 2 if {} else 3 if () else 4)
y = 10
z = y * 2 if y > 5 else y / 2
print(z)
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
