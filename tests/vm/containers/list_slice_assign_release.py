# Slice assignment releases the replaced items only after the list holds its new items:
# a __del__ of a replaced item sees the finished list. Small and large replacements,
# self-assignment, and lists reused after being freed.
log = []


class Noisy:
    def __init__(self, tag, owner):
        self.tag, self.owner = tag, owner

    def __del__(self):
        log.append((self.tag, len(self.owner), [x if isinstance(x, int) else x.tag for x in self.owner][:5]))


for size in (3, 16, 17, 40):
    lst = list(range(5))
    lst[1:3] = [Noisy("n%d_%d" % (size, i), lst) for i in range(size)]
    lst[1:1 + size] = [-1, -2]
    print(size, lst, log[-1])
    log.clear()

a = list(range(10))
a[2:8] = a
print(a)
a[::2] = a[1::2]
print(a)
b = a[::-1]
b[:3] = b[7:]
print(b, a)
# Many short-lived lists of different sizes (a free list reuses their objects).
acc = []
for i in range(300):
    x = [i] * (i % 7)
    y = x[:]
    y[:0] = [i, i]
    acc.append(len(y) + sum(y))
    del x, y
print(sum(acc), acc[:10])
