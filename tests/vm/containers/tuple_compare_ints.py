# Tuple and list ordering where items are small ints (compared without the generic
# comparison), mixed with big ints, bools, floats and other types at the same positions.
import heapq

big = 2 ** 70
pairs = [
    ((1, 2), (1, 3)), ((1, 3), (1, 2)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)),
    ((-5, 0), (3, 0)), ((2 ** 61, 1), (2 ** 61, 0)), ((big, 1), (big, 2)),
    ((big, 1), (big + 1, 0)), ((1, 2), (True, 3)), ((1, 'a'), (1.0, 'b')),
    ((0, None), (0, None)), ((7,), (7.5,)), ((), (0,)), ((3, 4), (3, 4.0)),
    ((-(2 ** 62), 1), (-(2 ** 62), 1)), (((1, 2), 3), ((1, 2), 4)),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
    la, lb = list(a), list(b)
    print(la < lb, la == lb, la >= lb)

try:
    print((1, 'x') < (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < (2 ** 80, 'x') < (2 ** 80, 3))
except TypeError as e:
    print("TypeError:", e)

h = []
seed = 7
for i in range(300):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    heapq.heappush(h, (seed % 17, seed % 5, i))
out = [heapq.heappop(h) for _ in range(len(h))]
print(out[:6], out[-3:], out == sorted(out))
print(sorted([(2, 1), (1, 9), (1, -1), (big, 0), (0.5, 3), (True, 2)]))
