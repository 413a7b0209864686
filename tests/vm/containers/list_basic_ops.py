l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::-1], l[::3])
l.append(5)
l.extend([3, 5])
l.insert(0, 0)
l.insert(100, 99)
l.insert(-2, 77)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(5), l.index(5, 5), l.count(5), l.count(42))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, len(l))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 3 in l, 42 not in l)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({1: 'a', 2: 'b'}))
try:
    l.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    l[100]
except IndexError as e:
    print("IndexError", e)
