# fractions: every constructor form and its errors, mixed-type arithmetic with its
# fallbacks and messages, powers, rounding, hashing, limit_denominator, copying.
import math
import operator as op
from decimal import Decimal as D
from fractions import Fraction as F

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['1/3', ' -2.5e3 ', '+7', '-0', '3/-4', '3 / 4', '1.', '.5', '.', '1.d', '1_000/3', '1__0',
          '_1', '1_', '1.5_0', '1e1_0', '1E-2', '1.5/2', '', '/2', '1/0', '-4/0', '0/0', '１２',
          '\u20031\u2003', 'inf', '1e', '0x10', '3/4/5', '+-1', '00012/0004', '-.5e-1', '.e1']:
    show(repr(s), lambda: F(s))
for args in [(1.5,), (0.1,), (-0.0,), (float('nan'),), (float('inf'),), (D('1.25'),), (D('-7.5E-3'),),
             (D('nan'),), (True,), (False, 3), (F(1, 3), F(2, 5)), (F(1, 2), 0), (1.5, 2), (None,),
             (2, -4), (-6, -4), (10**30, 4), (12, 8)]:
    show(repr(args), lambda: F(*args))
show('kw', lambda: F(numerator=5, denominator=10))
show('from_float', lambda: (F.from_float(0.3), F.from_float(3), F.from_decimal(D('0.3')), F.from_decimal(5)))
for f, x in [(F.from_float, '1'), (F.from_float, D(1)), (F.from_decimal, 1.5), (F.from_decimal, D('inf'))]:
    show(f.__name__, lambda: f(x))

a, b = F(3, 4), F(-5, 6)
others = [2, True, F(1, 3), 0.5, 1.5 + 2j, D('1.5'), 'x', 0, 0.0, F(0)]
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'lt', 'eq', 'ge']:
    o = getattr(op, name)
    for x in others:
        show(f'{name} F {x!r}', lambda: o(a, x))
        show(f'{name} {x!r} F', lambda: o(x, b))
for x in [2, F(1, 3), 0.5, 0, F(-5, 6), 1j]:
    show(f'divmod F {x!r}', lambda: divmod(a, x))
    show(f'divmod {x!r} F', lambda: divmod(x, b))
for p in [0, 2, -1, -3, F(1, 2), F(4, 2), 0.5, 1j, D(2)]:
    for base in [F(2, 3), F(-2, 3), F(0)]:
        show(f'pow {base} {p!r}', lambda: base ** p)
for base in [2, -8, 2.5, 0, 1j, D(4), F(9, 4)]:
    for p in [F(2), F(-2), F(1, 2)]:
        show(f'rpow {base!r} {p}', lambda: base ** p)
show('pow3', lambda: pow(a, 2, 3))
for v in [F(7, 2), F(5, 2), F(-7, 2), F(-5, 2), F(1, 3), F(-1, 3), F(10**20 + 1, 3), F(0)]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v), repr(round(v, 1)),
          repr(round(v, -1)), bool(v), float(v), abs(v), -v, +v, v.as_integer_ratio())
for v in [F(1, 7), F(-1, 7), F(10**30, 7), F(2**61 - 1), F(1, 2**61 - 1), F(-3, 2**61 - 1),
          F(-1), F(5, 2), F(-5, 4)]:
    print('hash', v, hash(v), hash(v) == hash(float(v)) if v.denominator in (1, 2, 4) else '')
print(F(1, 2) == float('nan'), F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == 0.5 + 0j)
for m in [1, 2, 3, 7, 10, 113, 1000, 10**6]:
    print(m, F(math.pi).limit_denominator(m), F(-math.e).limit_denominator(m), F(7, 10).limit_denominator(m))
seen = []
for d in range(1, 25):
    for n in range(-30, 31, 7):
        seen.append(str(F(n, d).limit_denominator(1 + (n * d) % 6)))
print(' '.join(seen))
show('limit 0', lambda: F(1, 3).limit_denominator(0))
x = F(5, 7)
print(x.__reduce__(), F(*x.__reduce__()[1]) == x, x.__copy__() is x, x.__deepcopy__({}) is x)
class G(F):
    pass
g = G(1, 2)
print(repr(g), repr(g + 1), type(g.__copy__()).__name__, g.__copy__() is g, type(G(F(1, 3))).__name__)
show('setattr', lambda: setattr(F(1), 'numerator', 3))
show('format', lambda: format(F(1, 3), '.2f'))
