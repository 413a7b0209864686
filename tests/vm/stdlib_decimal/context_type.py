# decimal.Context over its C storage: defaults, validation messages, copies (flags and
# traps independent), pickling, subclasses, localcontext nesting, setcontext of the
# template contexts, and threads each with their own current context.
import copy
import pickle
import threading
from decimal import (Context, Decimal, DefaultContext, BasicContext, ExtendedContext,
                     getcontext, setcontext, localcontext, Inexact, Rounded, Overflow,
                     DivisionByZero, InvalidOperation, Clamped, ROUND_UP, ROUND_FLOOR)

c = Context()
print(repr(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
c = Context(prec=7, rounding=ROUND_UP, Emin=-20, Emax=30, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow, DivisionByZero])
print(repr(c))

for name, value in [('prec', 0), ('prec', 'x'), ('prec', 10 ** 20), ('Emin', 1), ('Emax', -1),
                    ('capitals', 2), ('clamp', -1), ('rounding', 'ROUND_SIDEWAYS'),
                    ('rounding', 3), ('bogus', 1)]:
    try:
        setattr(c, name, value)
        print(name, 'accepted', getattr(c, name))
    except (TypeError, ValueError, AttributeError, OverflowError) as e:
        print(name, type(e).__name__, e)
try:
    del c.prec
except AttributeError as e:
    print('del', e)
print(repr(c))

# copies: the fields and both signal dicts are the copy's own
d = c.copy()
d.prec = 50
d.flags[Rounded] = True
d.traps[Overflow] = False
print(c.prec, c.flags[Rounded], c.traps[Overflow], '|', d.prec, d.flags[Rounded], d.traps[Overflow])
e = copy.copy(c)
print(type(e) is Context, e.prec, e.rounding, e.flags is c.flags, e.flags == c.flags)
p = pickle.loads(pickle.dumps(c))
print(repr(p))

class MyContext(Context):
    def describe(self):
        return 'my %d' % self.prec

m = MyContext(prec=12)
print(type(m.copy()) is Context, m.describe(), isinstance(m, Context))
with localcontext(m) as lc:
    print(type(lc) is Context, Decimal(1) / 7)

# localcontext nesting and keyword arguments
setcontext(Context(prec=28))
with localcontext(prec=5) as a:
    print(Decimal(2) / 3, getcontext() is a)
    with localcontext(rounding=ROUND_FLOOR) as b:
        print(b.prec, b.rounding, -Decimal(2) / 3)
        b.prec = 3
        print(Decimal(2) / 3)
    print(getcontext() is a, Decimal(2) / 3)
print(getcontext().prec, Decimal(2) / 3)
try:
    localcontext(bogus=1)
except TypeError as e:
    print('TypeError', e)

# the template contexts are copied by setcontext, flags cleared
for tmpl in (DefaultContext, BasicContext, ExtendedContext):
    setcontext(tmpl)
    cur = getcontext()
    print(cur is tmpl, cur.prec, cur.rounding, sorted(k.__name__ for k, v in cur.traps.items() if v))
setcontext(Context())
mine = Context(prec=4)
setcontext(mine)
print(getcontext() is mine, Decimal(10) / 3, mine.flags[Inexact])
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)

# threads: each starts from DefaultContext and keeps its own changes
results = {}
def work(n):
    ctx = getcontext()
    ctx.prec = n
    results[n] = (str(Decimal(1) / 7), getcontext().prec, ctx.flags[Inexact])

threads = [threading.Thread(target=work, args=(n,)) for n in (3, 9, 15)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()), getcontext().prec)

# a trap through the C path raises the Python signal class
with localcontext(Context(prec=3, traps=[Inexact])):
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('Inexact', type(e).__name__, isinstance(e, ArithmeticError))
with localcontext(Context(prec=3, Emax=5, traps=[Clamped], clamp=1)):
    try:
        print(+Decimal('1E+5'))
    except Clamped as e:
        print('Clamped raised', type(e).__name__)
