l = [1, 2, 3]
l.extend(l)
print(l)
l += l[:2]
print(l)
l *= 2
print(len(l))
l = [1, 2, 3]
l *= 0
print(l)
l = [1, 2]
l.extend(x * 10 for x in range(3))
l.extend("ab")
l.extend({9: None})
print(l)
print(l.index(10), l.index("a", 3, 8))
try:
    l.index("a", 0, 3)
except ValueError as e:
    print("ValueError", e)
m = [1, 2, 3]
m.insert(-100, 0)
m.insert(100, 4)
print(m, m.pop(-1), m.pop(1))
print([] * 5, [None] * 3, [[1]] * 2)
try:
    l.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
