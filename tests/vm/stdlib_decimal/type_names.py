# Decimal and Context are named like CPython's C types: __name__ 'Decimal' and 'Context',
# __module__ 'decimal', while messages show 'decimal.Decimal' and 'decimal.Context'.
from decimal import Decimal as D, Context


class MyD(D):
    pass


print(D.__name__, D.__qualname__, D.__module__, repr(D), type(D(1)).__name__)
print(Context.__name__, Context.__qualname__, Context.__module__, repr(Context))
print(MyD.__name__, repr(MyD('2')), type(MyD(1) + 1).__name__)
for f in (lambda: D(1) + 'x', lambda: D(1).foo, lambda: Context().foo, lambda: D(1) < 'x',
          lambda: divmod(D(1), 'x'), lambda: pow(D(2), 'x'), lambda: 'x' % D(2),
          lambda: MyD(1) * [1], lambda: D(1) // None):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
