# numbers: the tower's registrations, abstract sets per level, and the concrete methods
# each level derives (checked through a small user-defined Real and Integral).
import numbers
from numbers import Number, Complex, Real, Rational, Integral

levels = (Number, Complex, Real, Rational, Integral)
for t in (int, float, complex, bool):
    print(t.__name__, [c.__name__ for c in levels if issubclass(t, c)], isinstance(t(1), Number))
print(numbers.__all__, [c.__bases__[0].__name__ for c in levels[1:]])
for c in levels:
    print(c.__name__, sorted(c.__abstractmethods__), c.__hash__)
try:
    Real()
except TypeError as e:
    print(str(e)[:45])

class Meters(Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f'Meters({self.v})'
m = Meters(7.5)
print(complex(m), divmod(m, 2), m.__rdivmod__(20), m.real, m.imag, m.conjugate())
print(m - 2, 10 - m, bool(m), bool(Meters(0)), isinstance(m, Complex), isinstance(m, Rational))

class Small(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return self
for name in sorted(Integral.__abstractmethods__ - {'__int__', '__pos__'}):
    setattr(Small, name, lambda self, *a, _n=name: _n)
Small.__abstractmethods__ = frozenset()
s = Small(5)
print(s.__index__(), float(s), s.numerator is s, s.denominator, [10, 20, 30, 40, 50, 60][s])
print(Rational.__float__(s), Real.__complex__(s))

class Registered: pass
Real.register(Registered)
print(issubclass(Registered, Complex), issubclass(Registered, Rational), isinstance(Registered(), Number))
