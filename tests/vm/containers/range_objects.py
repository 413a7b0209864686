r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(5 in r, 6 in r, r.index(11), r.count(8), r.start, r.stop, r.step)
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 10, 2) == range(1, 11, 2))
print(list(range(10, 0, -2)), list(range(0)), list(range(-3)), list(range(-3, 3)))
print(range(3, 10)[1:-1], range(10)[::-3], reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
print(repr(range(0, 5, 1)), repr(range(-5, 5, 2)))
