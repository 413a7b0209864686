seed = 42
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed
ok = 0
samples = []
for i in range(2000):
    bits = rnd()
    mant = bits % 2 ** 52
    exp = (bits >> 52) % 2000 - 1000
    v = (1 + mant / 2 ** 52) * 2.0 ** exp
    if float(repr(v)) == v:
        ok += 1
    if i % 250 == 0:
        samples.append(repr(v))
print(ok)
print(samples)
print([repr(x / 7) for x in range(1, 8)])
print([str(10.0 ** k) for k in range(-6, 18, 3)])
print([repr(1 / 3 * 10 ** k) for k in (-10, -5, 0, 5, 10, 15, 16, 17)])
