"""Exact rational numbers: the Fraction type."""

import math
import numbers
import operator
import re
import sys
from decimal import Decimal

__all__ = ['Fraction']

# Numeric hashing (see the "Hashing of numeric types" section of the library
# reference): a rational p/q hashes as p * inverse(q) modulo a fixed prime.
_HASH_PRIME = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# Digits may be grouped by single underscores, as in int literals.
_DIGITS = r'\d+(?:_\d+)*'
# Two spellings: "n/d", or a decimal with optional point part and exponent.
# (CPython 3.11 also lets a run of letters d stand for the part after the point,
# which then fails in int(); that quirk is kept so the errors agree.)
_LITERAL = re.compile(
    rf'\s*(?P<sign>[-+]?)(?:(?P<top>{_DIGITS})/(?P<bottom>{_DIGITS})'
    rf'|(?=\.?\d)(?P<whole>{_DIGITS})?(?:\.(?P<point>{_DIGITS}|[dD]*))?'
    rf'(?:[eE](?P<exp>[-+]?{_DIGITS}))?)\s*')


def _parse(text):
    """(numerator, denominator) of a Fraction literal, not yet reduced."""
    m = _LITERAL.fullmatch(text)
    if m is None:
        raise ValueError(f'Invalid literal for Fraction: {text!r}')
    top = m['top']
    if top is not None:
        num, den = int(top), int(m['bottom'])
    else:
        num, den = int(m['whole'] or '0'), 1
        point = m['point']
        if point:
            point = point.replace('_', '')
            scale = 10 ** len(point)
            num = num * scale + int(point)
            den = scale
        exp = m['exp']
        if exp is not None:
            shift = int(exp)
            if shift >= 0:
                num *= 10 ** shift
            else:
                den *= 10 ** -shift
    if m['sign'] == '-':
        num = -num
    return num, den


def _cancelled(p, q):
    """p and q divided by their greatest common divisor."""
    g = math.gcd(p, q)
    if g > 1:
        return p // g, q // g
    return p, q


def _ratio_of(x):
    """(numerator, denominator) of an int or other Rational."""
    return x.numerator, x.denominator


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always kept in lowest terms
    with a positive denominator.

    Fraction(n=0, d=1) from two Rationals; Fraction(x) from a Rational, a
    float or Decimal (exactly), or a string such as '3/7', '-1.5e3', ' 2 '."""

    __slots__ = ('_num', '_den')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int:
                return cls._raw(numerator, 1)
            if isinstance(numerator, numbers.Rational):
                # Taken as it comes: a Rational is assumed to be reduced.
                return cls._raw(numerator.numerator, numerator.denominator)
            if isinstance(numerator, (float, Decimal)):
                num, den = numerator.as_integer_ratio()
                return cls._raw(num, den)
            if isinstance(numerator, str):
                num, den = _parse(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            num, den = numerator, denominator
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if not _normalize:
            # The caller vouches for lowest terms (CPython's keyword, kept
            # because code outside the standard library passes it).
            if den == 0:
                raise ZeroDivisionError(f'Fraction({num}, 0)')
            return cls._raw(num, den)
        return cls._reduced(num, den)

    @classmethod
    def _raw(cls, num, den):
        # A Fraction from parts already in lowest terms.
        self = object.__new__(cls)
        self._num = num
        self._den = den
        return self

    @classmethod
    def _reduced(cls, num, den):
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        common = math.gcd(num, den)
        if den < 0:
            common = -common
        return cls._raw(num // common, den // common)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, '
                            f'not {f!r} ({type(f).__name__})')
        return cls._raw(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (ints are accepted too)."""
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, '
                            f'not {dec!r} ({type(dec).__name__})')
        return cls._raw(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._num, self._den)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (the best rational approximation)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._den <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next
        # denominator would be too large; the answer is the last convergent or
        # the largest admissible semiconvergent after it, whichever is closer.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        rest_num, rest_den = self._num, self._den
        while True:
            q = rest_num // rest_den
            k_next = k_prev + q * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + q * h, k_next
            rest_num, rest_den = rest_den, rest_num - q * rest_den
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._num

    @property
    def denominator(a):
        return a._den

    def __repr__(self):
        return f'{self.__class__.__name__}({self._num}, {self._den})'

    def __str__(self):
        if self._den == 1:
            return str(self._num)
        return f'{self._num}/{self._den}'

    # -- arithmetic --------------------------------------------------------
    # Each operator has an exact version for ints and Rationals; a float or
    # complex operand makes it fall back to float/complex arithmetic.

    def _plus(a, b):
        na, da = _ratio_of(a)
        nb, db = _ratio_of(b)
        if da == db:
            return Fraction._reduced(na + nb, da)
        return Fraction._reduced(na * db + nb * da, da * db)

    def _minus(a, b):
        na, da = _ratio_of(a)
        nb, db = _ratio_of(b)
        if da == db:
            return Fraction._reduced(na - nb, da)
        return Fraction._reduced(na * db - nb * da, da * db)

    def _times(a, b):
        na, da = _ratio_of(a)
        nb, db = _ratio_of(b)
        # Cancelling crosswise first keeps the products small and reduced.
        na, db = _cancelled(na, db)
        nb, da = _cancelled(nb, da)
        return Fraction._raw(na * nb, da * db)

    def _over(a, b):
        na, da = _ratio_of(a)
        nb, db = _ratio_of(b)
        if nb == 0:
            raise ZeroDivisionError(f'Fraction({(na > 0) - (na < 0)}, 0)')
        na, nb = _cancelled(na, nb)
        da, db = _cancelled(da, db)
        num, den = na * db, da * nb
        if den < 0:
            num, den = -num, -den
        return Fraction._raw(num, den)

    def _floor_over(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _modulo(a, b):
        da, db = a.denominator, b.denominator
        rem = (a.numerator * db) % (b.numerator * da)
        return Fraction._reduced(rem, da * db)

    def _div_mod(a, b):
        da, db = a.denominator, b.denominator
        quot, rem = divmod(a.numerator * db, da * b.numerator)
        return quot, Fraction._reduced(rem, da * db)

    def __add__(a, b):
        return _forward(a, b, Fraction._plus, operator.add)

    def __radd__(b, a):
        return _backward(a, b, Fraction._plus, operator.add)

    def __sub__(a, b):
        return _forward(a, b, Fraction._minus, operator.sub)

    def __rsub__(b, a):
        return _backward(a, b, Fraction._minus, operator.sub)

    def __mul__(a, b):
        return _forward(a, b, Fraction._times, operator.mul)

    def __rmul__(b, a):
        return _backward(a, b, Fraction._times, operator.mul)

    def __truediv__(a, b):
        return _forward(a, b, Fraction._over, operator.truediv)

    def __rtruediv__(b, a):
        return _backward(a, b, Fraction._over, operator.truediv)

    def __floordiv__(a, b):
        return _forward(a, b, Fraction._floor_over, operator.floordiv)

    def __rfloordiv__(b, a):
        return _backward(a, b, Fraction._floor_over, operator.floordiv)

    def __mod__(a, b):
        return _forward(a, b, Fraction._modulo, operator.mod)

    def __rmod__(b, a):
        return _backward(a, b, Fraction._modulo, operator.mod)

    def __divmod__(a, b):
        return _forward(a, b, Fraction._div_mod, divmod)

    def __rdivmod__(b, a):
        return _backward(a, b, Fraction._div_mod, divmod)

    def __pow__(a, b):
        """a ** b: exact for an integral Rational exponent, else a float."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        num, den = a._num, a._den
        if power < 0:
            # Invert, keeping the sign on the numerator.
            power = -power
            num, den = (den, num) if num >= 0 else (-den, -num)
            if den == 0:
                raise ZeroDivisionError(f'Fraction({num ** power}, 0)')
        return Fraction._raw(num ** power, den ** power)

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        if b._den == 1 and b._num >= 0:
            return a ** b._num
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._den == 1:
            return a ** b._num
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._num, a._den)

    def __neg__(a):
        return Fraction._raw(-a._num, a._den)

    def __abs__(a):
        return Fraction._raw(abs(a._num), a._den)

    def __int__(a):
        # Toward zero.
        if a._num < 0:
            return -(-a._num // a._den)
        return a._num // a._den

    __trunc__ = __int__

    def __floor__(a):
        return a._num // a._den

    def __ceil__(a):
        return -(-a._num // a._den)

    def __round__(self, ndigits=None):
        """round(x): nearest int, ties to even; round(x, n): a Fraction."""
        if ndigits is None:
            whole, part = divmod(self._num, self._den)
            twice = 2 * part
            if twice > self._den or (twice == self._den and whole % 2):
                whole += 1
            return whole
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        try:
            inverse = pow(self._den, -1, _HASH_PRIME)
        except ValueError:
            # The denominator is a multiple of the prime: no inverse exists.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._num)) * inverse)
        if self._num < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons -------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._den == 1 and a._num == b
        if isinstance(b, numbers.Rational):
            return a._num == b.numerator and a._den == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isfinite(b):
                return a == a.from_float(b)
            # Equal to no finite value; let the float say so.
            return b == 0.0
        return NotImplemented

    def _order(a, b, test):
        if isinstance(b, numbers.Rational):
            return test(a._num * b.denominator, a._den * b.numerator)
        if isinstance(b, float):
            if math.isfinite(b):
                return test(a, a.from_float(b))
            return test(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        return a._order(b, operator.lt)

    def __gt__(a, b):
        return a._order(b, operator.gt)

    def __le__(a, b):
        return a._order(b, operator.le)

    def __ge__(a, b):
        return a._order(b, operator.ge)

    def __bool__(a):
        return a._num != 0

    # -- copying and pickling ---------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._num, self._den))

    def __copy__(self):
        # Immutable: a Fraction is its own copy (subclasses may add state).
        if type(self) is Fraction:
            return self
        return self.__class__(self._num, self._den)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _forward(a, b, exact, inexact):
    # Fraction OP b.
    if isinstance(b, (int, Fraction)):
        return exact(a, b)
    if isinstance(b, float):
        return inexact(float(a), b)
    if isinstance(b, complex):
        return inexact(complex(a), b)
    return NotImplemented


def _backward(a, b, exact, inexact):
    # a OP Fraction, for a whose own operator gave up.
    if isinstance(a, numbers.Rational):
        return exact(a, b)
    if isinstance(a, numbers.Real):
        return inexact(float(a), float(b))
    if isinstance(a, numbers.Complex):
        return inexact(complex(a), complex(b))
    return NotImplemented
