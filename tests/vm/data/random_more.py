import random
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random('seed string')
print(r.random(), r.randrange(1000), r.gauss(), r.gauss(), r.gauss())
r = random.Random(b'\x00' * 100)
print(r.random())
r = random.Random(2**200 - 1)
print(r.random(), r.getrandbits(200))
r = random.Random(-(2**40))
print(r.random())
r = random.Random(1.25)
print(r.random())
r = random.Random(0)
print([r.randrange(3, 300, 13) for _ in range(8)])
print([r.randrange(-100, -200, -7) for _ in range(5)])
print(r.randrange(2**100, 2**101), r.randint(0, 0), r.randint(-3, -3))
t = tuple(range(50)); print(r.choice(t), r.choice('xyz'), r.choice(range(10, 20, 3)), r.choice(b'abc'))
l = list(range(100)); r.shuffle(l); print(l[:20])
s = list('a'); r.shuffle(s); print(s)
e = []; r.shuffle(e); print(e)
print(r.sample(range(10**9), 5), r.sample('abcdefghijklmnop', 6), r.sample((1, 2, 3), 0))
print(r.sample(range(1000), 100)[:10])
print(r.sample(range(22), 6), r.sample(range(200), 6), r.sample(range(150), 40)[:5])
print(r.choices(range(5), weights=[0, 0, 1, 0, 0], k=3), r.choices([1, 2], cum_weights=[0.5, 1.0]))
print(r.choices('ab', k=0), r.choices('abcd', [1, 2, 3, 4], k=6))
show(r.choices, 'ab', [1, float('inf')])
show(r.choices, [], k=2)
show(r.choices, [])
print([round(r.vonmisesvariate(0, k), 12) for k in (0.5, 5, 50)])
print([r.gammavariate(a, 1.5) for a in (0.1, 0.9, 1.0, 1.5, 20)])
print([r.betavariate(a, b) for a, b in ((1, 1), (0.2, 0.3), (5, 2))])
print(r.paretovariate(1), r.weibullvariate(2, 0.5), r.lognormvariate(1, 0.25))
print(r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(10, 0), r.uniform(5, 1))
print(r.expovariate(0.1), r.normalvariate(100, 15), r.gauss(sigma=3))
show(r.expovariate, 0)
class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
b = Bits(1)
print(b.randrange(100), b.choice('abcdef'), b.random())
class Plain(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0
p = Plain()
print([p.randrange(10) for _ in range(5)], p.choice('abcde'))
st = r.getstate()
r2 = random.Random()
r2.setstate(st)
print(r.random() == r2.random(), r.gauss() == r2.gauss())
inner = list(st[1]); inner[-1] = 700
show(r.setstate, (3, tuple(inner), None))
show(r.setstate, (3, tuple(inner[:-2]), None))
inner[-1] = 624; r.setstate((3, tuple(inner), None)); print(r.random())
show(r.setstate, (2, tuple(x - 2**32 if i == 0 else x for i, x in enumerate(st[1])), None))
print(r.random())
show(random.Random, 1, 2)
show(random.Random().seed, 1, 3)
print(random.Random(5).randbytes(7), random.Random(5).randbytes(0))
show(r.getrandbits, 2.0)
show(r.sample, range(3), -1)
print(type(random.random()), len(random.__all__) > 20, random.SystemRandom().getstate is not None)
show(random.SystemRandom().getstate)
random.seed(123)
a = [random.random() for _ in range(1000)]
print(sum(a), min(a), max(a))
random.seed(None); random.seed(); print(0 <= random.random() < 1)
import _random
show(_random.Random, 1, 2)
show(_random.Random, x=1)
print(_random.Random(7).random() == random.Random(7).random())
for k in (-1, -2**40, 2**40, 2**31, 2**70):
    show(random.getrandbits, k)
