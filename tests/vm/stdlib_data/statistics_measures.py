# statistics: every measure over int, float, Fraction, bool and mixed data; exact results and errors.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
for fn in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'stdev', 'pstdev', 'variance', 'pvariance', 'quantiles', 'geometric_mean', 'harmonic_mean']:
    f = getattr(st, fn)
    for d in [data, [1, 2, 3, 4], [1, 2, 2, 3, 4, 4], [F(1, 3), F(2, 3), F(5, 4)], [True, False, True], [1, 2.5, F(1, 2)], [10**20, 10**20 + 1, 3]]:
        try:
            r = f(d)
            print(fn, repr(r))
        except Exception as e:
            print(fn, type(e).__name__, e)
print(st.variance([1, 2, 3, 4], 2), st.pvariance([1, 2, 3, 4], 2), st.variance([1.5, 2.5], 5.0), st.stdev([1, 2, 3], 2.5))
print(st.quantiles(range(1, 11), n=10), st.quantiles([1, 2], n=3, method='inclusive'), st.quantiles(data, n=1))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1, 2])), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 1]), st.harmonic_mean([5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]))
print(st.mean([float('inf'), 1]), st.variance([float('inf'), 1.0]), st.mean([float('nan'), 1]), st.stdev([1e300, 1e300]))
for f in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
          lambda: st.stdev([1]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
          lambda: st.quantiles([1, 2], method='x'), lambda: st.fmean([]), lambda: st.fmean([1], [1, 2]), lambda: st.fmean([1], [0]),
          lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]),
          lambda: st.mean(['a', 'b']), lambda: st.mean([1, 'a']), lambda: st.median_grouped(['a', 'b']), lambda: st.harmonic_mean(['x'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
for d in [[1], [1, 2], ["1", "2", "3"], [F(1, 2), F(3, 2)], ["a"], [3] * 4]:
    try:
        print(repr(st.median_grouped(d)), repr(st.median_grouped(d, "2")))
    except Exception as e:
        print(type(e).__name__, e)
print(st.stdev([F(1), F(2), F(4)]), st.pstdev([1, 2, 3, 4, 5, 6, 7]), st.stdev(range(10**6, 10**6 + 50, 7)), st.variance([1.1, 2.2, 3.3]))
print(repr(st.mean([F(1, 2), F(1, 3)])), repr(st.mean([1.0, F(1, 2)])), repr(st.variance([F(1), 2, 3])), repr(st.median([1, 2, 3, 4])))
import statistics as st
for d in [[float('inf'), 1.0], [float('nan'), 1.0], [1.0, 2.0]]:
    for f in (st.stdev, st.pstdev):
        try:
            print(f(d))
        except Exception as e:
            print(type(e).__name__, e)
