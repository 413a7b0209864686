print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(5, 3, 7), pow(-2, 3), pow(2, 0.5), pow(base=3, exp=2))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(15, -1), round(25, -1))
print(round(1.23456, 0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(-0.5))
class R:
    def __round__(self, n=None):
        return f"rounded({n})"
print(round(R()), round(R(), 3))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(sum([1, 2.5]), sum((x for x in range(5)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
