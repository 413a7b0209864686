print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(-(2 ** 70)), abs(True))
class A:
    def __abs__(self): return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), all(x > 0 for x in [1, 2, 3]))
print(any([]), any([0, 0]), any([0, 1]), any(""), any([[], [0]]), any(x > 2 for x in [1, 2, 3]))
def gen(vals):
    for v in vals:
        print("yield", v)
        yield v
print(all(gen([1, 0, 2])))
print(any(gen([0, 3, 4])))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
