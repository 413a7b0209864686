a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (10,)), a.intersection(range(3)), a.issubset(range(10)), a.issuperset({1}), a.isdisjoint({7}))
print(a <= a, a < a, {1} < a, a > {1, 2}, a == {4, 3, 2, 1}, a != b)
c = a.copy()
c.update([6, 7])
c.intersection_update(range(2, 8))
print(c)
c.difference_update({2, 3})
c.symmetric_difference_update({4, 99})
print(c)
c |= {1}
c &= {1, 6, 7, 99}
c -= {99}
c ^= {50}
print(c)
print(c.pop() in {1, 6, 7, 50}, len(c))
c.clear()
print(c, set() == frozenset())
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print(sorted({"b", "a", "c"}), len({"x", "y", "x"}))
