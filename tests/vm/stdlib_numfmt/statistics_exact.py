# statistics: exact sums rounded once (ints, floats over a wide exponent range,
# Fractions, Decimals), correctly rounded stdev, result types of mixed data, given
# means, weights, the normal quantile function across its three regions, overlap.
import random
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = random.Random(11)
for i in range(24):
    n = r.randint(2, 12)
    kind = i % 4
    if kind == 0:
        data = [r.randint(-10**r.randint(1, 25), 10**r.randint(1, 25)) for _ in range(n)]
    elif kind == 1:
        data = [r.uniform(-1e3, 1e3) * 10 ** r.randint(-200, 200) for _ in range(n)]
    elif kind == 2:
        data = [F(r.randint(-999, 999), r.randint(1, 999)) for _ in range(n)]
    else:
        data = [r.gauss(5, 2) for _ in range(n)]
    for f in (st.mean, st.fmean, st.stdev, st.pstdev, st.variance, st.pvariance, st.median_grouped):
        show(f.__name__, lambda: f(data))
    show('given mean', lambda: (st.variance(data, data[0]), st.pstdev(data, data[1])))
    pos = [abs(x) + 1 for x in data]
    show('g/h means', lambda: (st.geometric_mean(pos), st.harmonic_mean(pos),
                              st.harmonic_mean(pos, weights=range(1, n + 1))))
    show('quantiles', lambda: st.quantiles(data, n=5, method='inclusive'))
    if kind:
        y = [r.random() for _ in range(n)]
        show('bivariate', lambda: (st.covariance(data, y), st.correlation(data, y),
                                   st.linear_regression(data, y), st.linear_regression(data, y, proportional=True)))

class MyInt(int): pass
class MyFloat(float): pass
values = [1, True, MyInt(2), F(1, 2), 2.5, MyFloat(1.5), D('1.5')]
for a in values:
    for b in values:
        try:
            print('mean', type(a).__name__, type(b).__name__, repr(st.mean([a, b, a])))
        except TypeError:
            # CPython names the two types in an order that varies between runs.
            print('mean', type(a).__name__, type(b).__name__, 'TypeError')
dd = [D(r.randint(1, 10**6)) / D(1000) for _ in range(9)]
show('decimals', lambda: (st.mean(dd), st.stdev(dd), st.pstdev(dd), st.variance(dd), st.median(dd),
                          st.harmonic_mean(dd), st.stdev([D(1), D(1)]), st.pstdev([D(2), D(3)])))
show('bools', lambda: (st.mean([True, True]), st.pvariance([True, False]), st.stdev([True, False])))
show('special', lambda: (st.mean([float('inf'), 1]), st.pvariance([float('nan'), 1.0])))
show('stdev inf', lambda: st.stdev([float('inf'), 1.0]))
show('hm zero', lambda: (st.harmonic_mean([0, 5]), st.harmonic_mean([2, 3], weights=iter([0, 4]))))
show('hm bad', lambda: st.harmonic_mean([1, 2], weights=[1]))
show('hm neg weight', lambda: st.harmonic_mean([1, 2], weights=[1, -1]))
show('hm zero weights', lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
show('fmean weights', lambda: (st.fmean([1, 2, 4], weights=iter([0.5, 0.25, 0.25])), st.fmean(iter([3, 4]))))
show('grouped', lambda: (st.median_grouped([1, 2, 2, 3, 4], 0.5), st.median_grouped([F(3, 2), 2, 2.5], '3')))
show('modes', lambda: (st.mode([3, 1, 3, 1]), st.multimode('abracadabra'), st.median_low([4, 1, 3, 2]),
                       st.median_high([4, 1, 3, 2]), st.median([F(1), F(2)])))
show('quantile edges', lambda: (st.quantiles([5, 1], n=4), st.quantiles(range(100), n=3),
                                st.quantiles([1.5, 2.5, 9], n=7, method='inclusive')))
ps = [0.5, 0.425, 0.4251, 0.075, 0.0749, 1e-3, 1e-10, 1e-12, 1e-15, 1e-100, 1e-300, 0.9, 0.999999]
for p in ps:
    q = 1 - p
    print('inv_cdf', p, st.NormalDist().inv_cdf(p), st.NormalDist(3, 0.5).inv_cdf(q) if 0 < q < 1 else '')
for i in range(6):
    a = st.NormalDist(r.uniform(-3, 3), r.uniform(0.1, 4))
    b = st.NormalDist(r.uniform(-3, 3), a.stdev if i % 3 == 0 else r.uniform(0.1, 4))
    print(a.overlap(b), a.pdf(0.3), a.cdf(1.1), a.variance, a.zscore(2), 5 - a, a - b, a / 2)
print(st.NormalDist.from_samples([r.gauss(0, 1) for _ in range(30)]), st.NormalDist(1, 2).samples(3, seed=7))
