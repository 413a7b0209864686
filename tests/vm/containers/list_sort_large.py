seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
data = [rnd() % 1000 for _ in range(5000)]
s = sorted(data)
print(s[:10], s[-10:], len(s))
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(rnd() % 10, i) for i in range(3000)]
pairs.sort(key=lambda p: p[0])
ok = all(pairs[i][0] < pairs[i + 1][0] or (pairs[i][0] == pairs[i + 1][0] and pairs[i][1] < pairs[i + 1][1])
         for i in range(len(pairs) - 1))
print("stable", ok)
r = sorted(data, reverse=True)
print(r[:5], r == s[::-1])
asc = list(range(10000))
asc.sort()
desc = list(range(10000, 0, -1))
desc.sort()
print(asc[-1], desc[:3])
floats = [((i * 7919) % 101) / 7 for i in range(200)]
floats.sort()
print(floats[:4], floats[-2:])
strs = sorted(str(rnd() % 500) for _ in range(300))
print(strs[:8])
