# heapq with tuple and list entries: ties decided by later items, errors raised from
# comparisons of items inside the entries, and heaps mutated by a comparison.
import heapq

heap = []
for entry in [(3, "c"), (1, "z"), (3, "a"), (1, "b"), (2, "m"), (1, "b")]:
    heapq.heappush(heap, entry)
print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])

lists = [[2, 1], [2, 0], [1, 5, 0], [1, 5], [0]]
heapq.heapify(lists)
print(lists, heapq.heapreplace(lists, [1, 4]), heapq.heappushpop(lists, [0, 9]), lists)

heap = [(1, 1), (2, 2)]
try:
    heapq.heappush(heap, (1, "one"))
except TypeError as e:
    print("TypeError:", e)
print(heap)

heap = [[1, None], [1, 2]]
try:
    heapq.heapify(heap)
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")

    def __lt__(self, other):
        return True


heap = [(Boom(), 1), (Boom(), 2), (Boom(), 3)]
try:
    heapq.heappop(heap)
except RuntimeError as e:
    print("RuntimeError:", e, len(heap))


class Shrinker:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


heap = []
heap.extend(Shrinker(heap, v) for v in (5, 3, 4))
try:
    heapq.heapify(heap)
except RuntimeError as e:
    print("RuntimeError:", e, len(heap))

# max-heap variants and a reverse merge use the same comparisons
heap = [(1, "a"), (3, "b"), (3, "a"), (2, "z")]
heapq._heapify_max(heap)
print(heapq._heappop_max(heap), heapq._heapreplace_max(heap, (0, "x")), heap)
print(list(heapq.merge([(3, "b"), (1, "a")], [(3, "a"), (2, "c")], reverse=True)))
print(list(heapq.merge([1, 3, 5], [], [2, 3], [0, 9])))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)))
print(list(heapq.merge([1, 2], [1, 2], key=lambda v: -v)))
a = [0, 1]
b = []
a.append(a)
b.extend([0, 1, b])
try:
    heapq.heappush([a], b)
except RecursionError as e:
    print("RecursionError:", e)
