from collections import deque

d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1], list(reversed(d)), 'h' in d, 'z' in d)
print(d.pop(), d.popleft(), d)
d.extend('jkl')
d.extendleft('abc')
print(d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.rotate(0)
d.rotate(100)
print(d, d.index('h'), d.count('h'))
d[1] = 'X'
del d[0]
print(d, bool(d), bool(deque()))
d.clear()
print(d, repr(deque()), deque([], maxlen=3), deque(range(5), maxlen=3), deque(maxlen=0))
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1, 2]).index(3)
except ValueError as e:
    print('ValueError', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError', e)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extendleft([10, 11])
print(m)
try:
    m.insert(0, 5)
except IndexError as e:
    print('IndexError', e)
e = deque([1, 2, 3])
e.insert(1, 9)
e.insert(-1, 8)
e.insert(100, 7)
print(e)
e.reverse()
print(e, e.copy(), e == deque([7, 3, 8, 2, 9, 1]), e == [7, 3, 8, 2, 9, 1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'), deque([1]) < deque([2]))
e += [4]
print(e)
try:
    hash(deque())
except TypeError as e2:
    print('TypeError', e2)
r = deque([1])
r.append(r)
print(r)
try:
    for x in e:
        e.append(0)
except RuntimeError as e3:
    print('RuntimeError', e3)
print(deque('abc', 5).maxlen, list(deque('abcdef', 2)))
def tail(iterable, n=2):
    return deque(iterable, n)
print(tail(range(10)))
print(type(deque()))
