pairs = {(1, 2), (2, 1), (1, 2), (0, 0), (-1, 5)}
print(len(pairs), sorted(pairs))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(grid))
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
start = (0, 0)
seen = {start}
frontier = [start]
for _ in range(3):
    nxt = []
    for (x, y) in frontier:
        for dx, dy in moves:
            p = (x + dx, y + dy)
            if p not in seen:
                seen.add(p)
                nxt.append(p)
    frontier = nxt
print(len(seen), sorted(seen)[:6])
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(i, i * i): i for i in range(5)}
print(d, d[(3, 9)])
