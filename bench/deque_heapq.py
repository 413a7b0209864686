"""collections.deque, heapq and bisect workloads: a BFS over a grid, a sliding-window
maximum, Dijkstra with a heap, k-way merge, running medians with bisect.insort, and
Counter/defaultdict tallies. argv[1] = grid side."""
import bisect
import heapq
import sys
from collections import Counter, defaultdict, deque


def grid(n, seed):
    x = seed
    g = []
    for r in range(n):
        row = []
        for c in range(n):
            x = (x * 1103515245 + 12345) & 0x7fffffff
            row.append(x % 9 + 1 if x % 7 else 0)
        g.append(row)
    return g


def bfs(g):
    n = len(g)
    seen = [[False] * n for _ in range(n)]
    q = deque([(0, 0)])
    seen[0][0] = True
    count = 0
    while q:
        r, c = q.popleft()
        count += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and g[nr][nc]:
                seen[nr][nc] = True
                q.append((nr, nc))
    return count


def dijkstra(g):
    n = len(g)
    dist = {(0, 0): 0}
    heap = [(0, 0, 0)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist.get((r, c), 1 << 60):
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and g[nr][nc]:
                nd = d + g[nr][nc]
                if nd < dist.get((nr, nc), 1 << 60):
                    dist[(nr, nc)] = nd
                    heapq.heappush(heap, (nd, nr, nc))
    return len(dist), max(dist.values())


def window_max(values, k):
    dq = deque()
    out = 0
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out += values[dq[0]]
    return out


def medians(values):
    window = []
    total = 0
    for v in values:
        bisect.insort(window, v)
        total += window[len(window) // 2]
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    acc = 0
    for seed in range(3):
        g = grid(n, seed)
        flat = [v for row in g for v in row]
        merged = list(heapq.merge(*[sorted(row) for row in g]))
        tally = Counter(flat)
        groups = defaultdict(list)
        for i, v in enumerate(flat[:5000]):
            groups[v % 4].append(i)
        r = (bfs(g), dijkstra(g), window_max(flat, 25), medians(flat[:4000]),
             merged[len(merged) // 2], tally.most_common(3), heapq.nlargest(3, flat),
             sorted((k, len(v)) for k, v in groups.items()))
        acc = (acc * 31 + r[0] + r[1][1] + r[2] + r[3]) & 0xffffffff
    print(r)
    print("checksum:", acc)


main()
