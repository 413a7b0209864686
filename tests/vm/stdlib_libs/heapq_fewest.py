# nlargest/nsmallest: results equal sorted(...)[:n], ties keep input order, keys,
# unsized inputs, n beyond the length, and errors from keys and comparisons.
import heapq


class Tagged:
    def __init__(self, value, tag):
        self.value, self.tag = value, tag

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return f"{self.value}{self.tag}"


data = [5, 1, 9, 3, 9, 7, 1, 5, 0, 8, 2, 9, 4]
for n in (-1, 0, 1, 2, 3, 5, 12, 13, 20):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    print(n, heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)))
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:max(n, 0)]

items = [Tagged(v, chr(97 + i)) for i, v in enumerate([3, 1, 3, 2, 1, 3, 2])]
print(heapq.nlargest(3, items), heapq.nsmallest(3, items))
print(heapq.nlargest(3, iter(items)), heapq.nsmallest(4, iter(items)))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "date"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(2, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(2, (w for w in words), key=lambda w: w[-1]))
print(heapq.nlargest(3, []), heapq.nsmallest(3, iter([])), heapq.nlargest(1, []))
print(heapq.nlargest(2, range(10, 0, -1)), heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}))

def bad_key(w):
    if w == "apple":
        raise ValueError("no apples")
    return len(w)

for f in (heapq.nlargest, heapq.nsmallest):
    try:
        f(2, words, key=bad_key)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
    try:
        f(2, [3, "x", 1, 2])
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    try:
        f(2, [(1, 2), (1, "a"), (0, 0)])
    except TypeError as e:
        print(f.__name__, "TypeError", e)
