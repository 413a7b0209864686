def counter(start, step):
    n = start
    while True:
        yield n
        n += step
gens = [counter(i, i + 1) for i in range(100)]
rounds = []
for r in range(5):
    rounds.append(sum(next(g) for g in gens))
print(rounds)
print([next(gens[k]) for k in (0, 1, 50, 99)])
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(11), 4)))
total = 0
for i in range(2000):
    g = counter(i, 1)
    total += next(g) + next(g)
print(total)
