# statistics.NormalDist: densities, quantiles, overlap, arithmetic, errors.
import math
import pickle
import copy
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, NormalDist(), NormalDist(1))
print(n.pdf(100), n.pdf(130), n.cdf(115), n.cdf(70), n.zscore(130), n.cdf(-1e300), n.cdf(1e300))
for p in [0.5, 0.025, 0.975, 0.1, 0.3, 0.42, 0.6, 1e-5, 1 - 1e-9, 1e-300, 5e-324, 0.9999999]:
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
print(n.quantiles(), NormalDist().quantiles(10), n.quantiles(1))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), n.overlap(n), n.overlap(NormalDist(110, 15)), NormalDist(0, 1).overlap(NormalDist(0, 3)))
print(n + 10, n - 10, n * 2, n / 4, -n, +n, 10 + n, 10 - n, 3 * n, n * -1, n + NormalDist(0, 20), n - NormalDist(50, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n != 5, n == 100.0, hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(iter([1, 2, 3])), NormalDist.from_samples((2, 2)))
print(NormalDist(True, 2).mean, type(NormalDist(3, 4).stdev).__name__)
print(NormalDist(10, 2).samples(5, seed=42), len(NormalDist().samples(3)), NormalDist(0, 0).samples(2, seed=1))
print(pickle.loads(pickle.dumps(n)), copy.deepcopy(n), n.__getstate__())
z = NormalDist(5, 0)
for f in [lambda: NormalDist(0, -1), lambda: z.pdf(5), lambda: z.cdf(5), lambda: z.inv_cdf(0.5), lambda: z.zscore(1),
          lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.0), lambda: n.inv_cdf(-0.5), lambda: z.overlap(n), lambda: n.overlap(z),
          lambda: NormalDist.from_samples([1]), lambda: NormalDist.from_samples([]), lambda: n.quantiles(0)]:
    try:
        print(f())
    except StatisticsError as e:
        print('StatisticsError', e)
try:
    n.overlap(3)
except TypeError as e:
    print('TypeError', e)
try:
    n.foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(sorted(NormalDist.__slots__), NormalDist.__doc__)
class Sub(NormalDist):
    pass
print(Sub(1, 2), Sub.from_samples([1, 2]), type(Sub(1, 2) + 1).__name__)
