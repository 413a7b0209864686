# random: CPython's exact streams for many seeds, every distribution and the
# sampling strategies (partial shuffle vs. set of picked positions).
import random

for s in [0, 1, 7, 2**32, 2**32 - 1, -99, 10**40, 'seed', b'seed', bytearray(b'q'), 'ünï', 0.25]:
    g = random.Random(s)
    print(repr(s), (g.random()), g.getrandbits(1), g.getrandbits(31), g.getrandbits(65),
          g.randrange(3, 1000, 7), g.randint(-5, 5), g.randrange(10**25))
for v in (1, 2):
    for s in ['', 'x', b'x', 'abc' * 9, b'\xff\x00']:
        g = random.Random()
        g.seed(s, version=v)
        print(v, repr(s), (g.random()))
g = random.Random(2024)
for n in (1, 5, 21, 22, 40, 100, 1000):
    k = min(n, 9)
    print(n, g.sample(range(n), k), g.sample(range(n), 0))
print(g.sample(range(10**9), 12))
print(g.sample('abcdefghijklmnop', 16))
print(g.sample(('x', 'y'), 5, counts=[3, 2]))
print(g.sample(range(4), k=4, counts=[1, 0, 5, 2]))
pop = list(range(50)); g.shuffle(pop); print(pop)
print(g.choices(range(7), k=12))
print(g.choices('ab', [0.3, 0.7], k=8), g.choices('abc', cum_weights=[1, 1, 5], k=8))
print(g.choices([], k=0), g.choices('xyz', k=0))
for mu, kappa in [(0, 0), (1, 0.5), (2, 4), (3, 100)]:
    print('vm', (g.vonmisesvariate(mu, kappa)))
for a in (0.1, 0.5, 0.99, 1.0, 1.5, 7.0, 40.0):
    print('gamma', a, (g.gammavariate(a, 3.0)), (g.betavariate(a, 2.0)))
print([(g.gauss()) for _ in range(5)], (g.gauss(5, 0.1)))
print([(g.normalvariate(2, 3)) for _ in range(4)])
print((g.lognormvariate(0.5, 0.2)), (g.expovariate(0.3)), (g.paretovariate(2.5)),
      (g.weibullvariate(2.0, 0.5)))
print((g.triangular(0, 10, 9)), (g.triangular(0, 10, 1)), (g.triangular(4, 2)),
      g.triangular(5, 5, 5), (g.uniform(-1, 1)), (g.uniform(3, 3)))
print(g.randbytes(0), g.randbytes(3), g.randbytes(9))
g.gauss()
st = g.getstate()
print(st[0], len(st[1]), st[1][-1], (st[2]))
nxt = g.gauss()
g.setstate(st); print(g.gauss() == nxt, g.gauss_next)
g.setstate((2, tuple(st[1][:-1]) + (624,), None)); print((g.random()))
cls, args, state = g.__reduce__(); h = cls(*args); h.setstate(state); print(h.random() == g.random())

class OnlyFloat(random.Random):
    def __init__(self):
        super().__init__(0)
        self.n = 0
    def random(self):
        self.n += 1
        return (self.n * 0.6180339887498949) % 1.0

f = OnlyFloat()
print([f.randrange(100) for _ in range(6)], f.choice('abcdef'), f.sample(range(30), 4))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k > 3 else 1

b = Bits(1)
print(b.randrange(5), b.choice('wxyz'))
