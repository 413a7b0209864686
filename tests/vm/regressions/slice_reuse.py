# Slices freed by subscripts are reused by the next one (a per-thread spare): a slice a
# program keeps, or one that escapes through __getitem__, must never be recycled under it.
class Keep:
    def __getitem__(self, key):
        return key

k = Keep()
kept = [k[i:i + 2] for i in range(5)]           # slices escape into a list
print(kept, len({id(s) for s in kept}))
data = list(range(20))
for i in range(200):
    part = data[i % 7: i % 7 + 3]
    data[i % 5: i % 5 + 2] = data[i % 5: i % 5 + 2][::-1]
print(part, data, kept[2], kept[2].indices(10))
s = slice(1, None, -1)
print([data[s] for _ in range(3)], s, s.start, s.stop, s.step)
print("abcdef"[::-1], "abcdef"[1:-1], (1, 2, 3, 4)[::2], b"xyz"[:2], data[-3:], data[:-17:-5])
import threading
out = []
def worker():
    out.append(sum(len(data[j:j + 4]) for j in range(100)))
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
