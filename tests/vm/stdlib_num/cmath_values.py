# cmath: every function over a grid of finite and special values (10 significant digits: the
# last bit may differ from CPython's own algorithms), errors, constants, argument conversion.
import cmath, math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -0.5, inf, -inf, nan]
def fmt(x):
    if math.isnan(x): return 'nan'
    if math.isinf(x): return repr(x)
    if x == 0: return repr(x)
    return '%.10g' % x
def show(r):
    if isinstance(r, complex): return '(%s,%s)' % (fmt(r.real), fmt(r.imag))
    if isinstance(r, float): return fmt(r)
    if isinstance(r, tuple): return '(' + ','.join(show(x) for x in r) + ')'
    return repr(r)
names = ['exp','log','log10','sqrt','acos','asin','atan','acosh','asinh','atanh','cos','sin','tan','cosh','sinh','tanh','phase','polar','isfinite','isinf','isnan']
for n in names:
    f = getattr(cmath, n)
    out = []
    for x in vals:
        for y in vals:
            try: out.append(show(f(complex(x, y))))
            except Exception as e: out.append(type(e).__name__[:3])
    print(n, ' '.join(out))
for x in vals:
    out = []
    for y in vals:
        try: out.append(show(cmath.rect(x, y)))
        except Exception as e: out.append(type(e).__name__[:3])
    print('rect', x, ' '.join(out))
for a in [(1e308+1e308j,), (1000,), (-1000,), (710+1j,), (1j*800,)]:
    for n in ['exp','cosh','sinh','cos','sin','tan','tanh','sqrt','log']:
        try: print(n, a, show(getattr(cmath, n)(*a)))
        except Exception as e: print(n, a, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), show(cmath.log(-3+4j, 10)))
for bad in [(2, 1), (2, 0), (0, 2)]:
    try: print(cmath.log(*bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(inf, inf), cmath.isclose(nan, nan))
for bad in ["x", None, [1]]:
    try: cmath.sqrt(bad)
    except TypeError as e: print(e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 4
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.polar(C()), cmath.phase(-1))
try: cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e: print(e)
