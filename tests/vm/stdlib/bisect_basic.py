import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 5, hi=3), bisect_right(a, 5, lo=6))
print(bisect_left([], 1), bisect_right([], 1))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    insort_right(a, 1, -2)
except ValueError as e:
    print('ValueError', e)
b = []
for x in [5, 1, 4, 1, 3]:
    insort_left(b, x)
print(b)
c = []
for x in [5.0, 1, 4, 1.0, 3]:
    bisect.insort(c, x)
print(c)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_right(recs, ('d', 3), key=lambda r: r[1])
insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_right('aceg', 'd'), bisect.insort is insort_right)
