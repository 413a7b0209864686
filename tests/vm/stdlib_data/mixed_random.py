# Differential check over seeded random Fractions, statistics inputs, difflib pairs,
# shlex round trips and pprint layouts; prints a digest of every result.
import random, statistics as st, difflib, hashlib, pprint, shlex
from fractions import Fraction as F
r = random.Random(7)
out = []
for i in range(300):
    a = F(r.randint(-10**6, 10**6), r.randint(1, 10**6)); b = F(r.randint(-1000, 1000), r.randint(1, 1000)) or F(1)
    out.append((a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, round(a, 3), hash(a), a.limit_denominator(r.randint(1, 500)), float(a) == a, a < b))
    data = [r.choice([r.randint(-100, 100), r.uniform(-100, 100)]) for _ in range(r.randint(2, 12))]
    out.append((st.mean(data), st.median(data), st.stdev(data), st.pvariance(data), st.quantiles(data, n=4), st.fmean(data)))
    ints = [r.randint(0, 9) for _ in range(r.randint(2, 15))]
    out.append((st.mean(ints), st.variance(ints), st.pstdev(ints), st.mode(ints), st.multimode(ints), st.median_grouped(ints), st.harmonic_mean([x + 1 for x in ints])))
    s1 = ''.join(r.choice('abcde') for _ in range(r.randint(0, 30)))
    s2 = ''.join(r.choice('abcde') for _ in range(r.randint(0, 30)))
    sm = difflib.SequenceMatcher(None, s1, s2)
    out.append((sm.get_opcodes(), sm.ratio(), sm.quick_ratio(), list(difflib.ndiff([s1 + '\n'], [s2 + '\n']))))
    words = [''.join(r.choice('ab \'"\\$x') for _ in range(r.randint(0, 6))) for _ in range(3)]
    j = shlex.join(words)
    out.append((j, shlex.split(j) == words))
    nest = [list(range(r.randint(0, 8))) for _ in range(r.randint(0, 6))]
    out.append(pprint.pformat({'k%d' % i: nest for i in range(r.randint(0, 4))}, width=r.randint(10, 60), compact=r.random() < 0.5))
print(len(out), hashlib.sha256(repr(out).encode()).hexdigest())
