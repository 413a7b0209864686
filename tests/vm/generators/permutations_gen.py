def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c
print(list(combinations("abcd", 2)))
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), range(3)))))
def powerset(s):
    for mask in range(1 << len(s)):
        yield [s[i] for i in range(len(s)) if mask >> i & 1]
print(list(powerset("xyz")))
