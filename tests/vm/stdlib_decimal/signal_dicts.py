# Context.flags / Context.traps: mappings over the context's signal bits (the same object
# on every access), their errors, MutableMapping methods, copy() to a plain dict, and what
# the constructor and attribute assignment accept.
from collections.abc import Mapping, MutableMapping
from decimal import (Context, Decimal, ExtendedContext, localcontext, Inexact, Rounded,
                     Clamped, DivisionByZero, InvalidOperation, FloatOperation, Overflow,
                     Subnormal, Underflow)

c = Context()
f = c.flags
print(f is c.flags, isinstance(f, dict), isinstance(f, MutableMapping), isinstance(f, Mapping))
print(len(f), [s.__name__ for s in f])
print(repr(f))
cp = f.copy()
print(type(cp) is dict, cp == f, f == dict(f), f != cp)
f[Inexact] = 5
print(f[Inexact], Inexact in f, 'x' in f, cp[Inexact], f == cp)
print(f.get(Rounded), f.get('x', 'dflt'), sorted(k.__name__ for k, v in f.items() if v))
print([v for v in f.values()].count(True), [k.__name__ for k in f.keys()][:3])
for op in ("f['x']", "f.__setitem__('x', 1)", "f.__delitem__(Inexact)", "f.clear()",
           "f.pop(Inexact)", "f.popitem()"):
    try:
        print(op, eval(op))
    except (KeyError, ValueError, TypeError) as e:
        print(op, type(e).__name__, repr(e))
print(f.setdefault(Inexact, 0), f.setdefault(Rounded, 1), f[Rounded])
f.update({Rounded: True, Clamped: 1})
print(sorted(k.__name__ for k, v in f.items() if v))
c.clear_flags()
print(f[Inexact], f[Rounded], c.flags is f)

# assignment: a signal dict or a dict of every signal
c.flags = {s: s in (Inexact, Clamped) for s in f}
print(c.flags is f, sorted(k.__name__ for k, v in f.items() if v))
c.traps = ExtendedContext.traps
print(sorted(k.__name__ for k, v in c.traps.items() if v))
for value in ({Inexact: True}, {}, [Inexact], (Inexact,), None, 5):
    try:
        c.traps = value
        print('traps =', value, 'accepted')
    except (KeyError, TypeError) as e:
        print('traps =', value, type(e).__name__, repr(e))
for value in ([Inexact, Rounded], (Inexact,), [Inexact, 'x'], {Inexact: True},
              {s: True for s in f}, c.flags):
    try:
        d = Context(traps=value, flags=value)
        print('Context(...)', sorted(k.__name__ for k, v in d.traps.items() if v),
              sorted(k.__name__ for k, v in d.flags.items() if v))
    except (KeyError, TypeError) as e:
        print('Context(...)', type(e).__name__, repr(e))

# copies own their bits; the flags raised by the C paths show through the mapping
a = Context(prec=3, traps=[])
b = a.copy()
with localcontext(a) as la:
    Decimal(1) / 3
    Decimal(2) == 2.0
print(sorted(k.__name__ for k, v in la.flags.items() if v), sorted(k.__name__ for k, v in a.flags.items() if v))
b.traps[DivisionByZero] = True
print(a.traps[DivisionByZero], b.traps[DivisionByZero])
with localcontext(b) as lb:
    try:
        Decimal(1) / 0
    except DivisionByZero as e:
        print('raised', type(e).__name__, [x.__name__ for x in e.args[0]])
print(sorted(k.__name__ for k, v in lb.flags.items() if v))
print(repr(lb))
