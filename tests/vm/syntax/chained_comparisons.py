a, b, c = 1, 2, 3
print(a < b < c, a < c < b, a == 1 == True)
print(1 < 2 > 0, 1 <= 1 < 2 != 3)
print(a is not None is not False)
print(1 in [1] in [[1]])
print(0 < 1 < 2 < 3 < 4 < 5 < 6)
print(3 > 2 > 1 > 0 > -1 > -2 > -1)
x = 5
print(0 <= x < 10, 0 <= x < 5)
class Noisy:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v
n1, n2, n3 = Noisy(1), Noisy(5), Noisy(3)
print(n1 < n2 < n3)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print((1, 2) == (1, 2) != (2, 1))
