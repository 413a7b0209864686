"""decimal: decimal fixed- and floating-point arithmetic.

Written for Spry from the General Decimal Arithmetic specification and the
documented behaviour of CPython 3.11's decimal module (which wraps libmpdec;
Debian 12 does not package libmpdec, so Spry computes here in Python over
big ints). A finite Decimal is (sign, coefficient, exponent): the value
(-1)**sign * coefficient * 10**exponent, with the coefficient a Python int.
Every operation computes the exact result (or enough digits of it plus a
"sticky" digit standing for the discarded rest) and rounds it once, in
_finish(), to the context's precision and exponent range.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple
from contextvars import ContextVar as _ContextVar
from collections.abc import MutableMapping as _MutableMapping
from _decimal_core import (DecimalBase as _DecimalBase, ContextBase as _ContextBase,
                           SignalDictBase as _SignalDictBase, BAD_SIGNAL as _BAD_SIGNAL,
                           _use_c_names)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals ------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    __module__ = 'decimal'

class Clamped(DecimalException):
    __module__ = 'decimal'

class InvalidOperation(DecimalException):
    __module__ = 'decimal'

class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'

class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'

class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'

class Inexact(DecimalException):
    __module__ = 'decimal'

class InvalidContext(InvalidOperation):
    __module__ = 'decimal'

class Rounded(DecimalException):
    __module__ = 'decimal'

class Subnormal(DecimalException):
    __module__ = 'decimal'

class Overflow(Inexact, Rounded):
    __module__ = 'decimal'

class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'

class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'

# The signals in the order of the flags/traps mappings, and in the order repr(Context)
# lists them.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
_INVALID_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined,
                       InvalidContext, InvalidOperation)


def _signal_of(cond):
    return InvalidOperation if issubclass(cond, InvalidOperation) else cond


# ---- small integer helpers ----------------------------------------------------------

def _ndigits(c):
    """Number of decimal digits of the int c >= 0 (1 for 0)."""
    if c < 1000000000000000000:
        return len(str(c))
    d = c.bit_length() * 30103 // 100000
    p = 10 ** d
    while p <= c:
        p *= 10
        d += 1
    return d


def _strip_zeros(c, e, limit):
    """Removes trailing zeros of c while e < limit; returns (c, e)."""
    while e < limit and c and c % 10 == 0:
        c //= 10
        e += 1
    return c, e


def _round_int(c, drop, mode, sign):
    """c with its last `drop` digits removed, rounded by `mode` (sign: the value's sign).
    Returns (quotient, inexact)."""
    if drop <= 0:
        return c, False
    p = 10 ** drop
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if mode == ROUND_HALF_EVEN:
        half = p >> 1
        up = r > half or (r == half and q & 1)
    elif mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_HALF_UP:
        up = r >= p >> 1
    elif mode == ROUND_HALF_DOWN:
        up = r > p >> 1
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = not sign
    elif mode == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _nan(sign, payload, signaling=False):
    return _new(sign, payload, 'N' if signaling else 'n', True)


def _inf(sign):
    return _new(sign, 0, 'F', True)


# ---- the context --------------------------------------------------------------------

# Each signal's bit in a context's masks (_flag_bits, _trap_bits).
_SIGNAL_BITS = {s: 1 << i for i, s in enumerate(_SIGNALS)}


class _SignalDict(_SignalDictBase, _MutableMapping):
    """Context.flags / Context.traps: a signal -> bool mapping over the context's bits
    (item access, len, iteration and copy() in C)."""

    __slots__ = ()
    _signals = _SIGNALS

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (s, self[s]) for s in _SIGNALS) + '}'


def _signal_bits(value, lists_too):
    """The mask of the signals set in value: a signal dict, a dict holding every signal,
    or (Context's constructor: lists_too) a list of signals."""
    if isinstance(value, (dict, _SignalDict)):
        if len(value) != len(_SIGNALS) or any(s not in value for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        return sum(_SIGNAL_BITS[s] for s in _SIGNALS if value[s])
    if lists_too and isinstance(value, list):
        bits = 0
        for s in value:
            if s not in _SIGNALS:
                raise KeyError(_BAD_SIGNAL)
            bits |= _SIGNAL_BITS[s]
        return bits
    raise TypeError('argument must be a signal dict')


def _check_int(name, v):
    if not isinstance(v, int):
        raise TypeError('an integer is required' if name != 'rounding' else '')
    if not -0x8000000000000000 <= v <= 0x7fffffffffffffff:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


class Context(_ContextBase):
    """Contains the context for a Decimal instance."""

    # The fields and copy() live in C (_decimal_core.ContextBase); every value is checked
    # here before it is stored there.
    __slots__ = ()
    __module__ = 'decimal'
    _signal_dict = _SignalDict

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if flags is not None:
            object.__setattr__(self, '_flag_bits', _signal_bits(flags, True))
        if traps is None and dc is not None:
            traps = dc.traps
        if traps is not None:
            object.__setattr__(self, '_trap_bits', _signal_bits(traps, True))

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(name, value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            _check_int(name, value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(name, value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            _check_int(name, value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            _check_int(name, value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            value = _signal_bits(value, False)
            name = '_flag_bits' if name == 'flags' else '_trap_bits'
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, flags, traps))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def _raise(self, conds):
        """Records the conditions `conds` (a list of condition classes) in the flags and
        raises the first trapped signal, as CPython's decimal does."""
        bits = 0
        for cond in conds:
            bits |= _SIGNAL_BITS[_signal_of(cond)]
        trapped_bits = self._signal(bits)
        if trapped_bits:
            trapped = []
            for cond in conds:
                if _SIGNAL_BITS[_signal_of(cond)] & trapped_bits and cond not in trapped:
                    trapped.append(cond)
            first = None
            for s in _SIGNALS:
                if any(_signal_of(c) is s for c in trapped):
                    first = s
                    break
            order = list(_INVALID_CONDITIONS) + list(_SIGNALS[1:])
            trapped.sort(key=order.index)
            raise first(trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and num.strip() != num.strip(' \t\n\r\x0b\x0c'):
            pass
        d = Decimal(num, context=self)
        if d._is_special:
            if d._exp != 'F' and d._coef and _ndigits(d._coef) > self.prec - self.clamp:
                st = [ConversionSyntax]
                self._raise(st)
                return _nan(0, 0)
            return d
        st = []
        r = _finish(d._sign, d._coef, d._exp, self, st)
        if st:
            self._raise(st)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # The arithmetic methods of the context: each converts its int operands and calls the
    # Decimal method with this context.
    def _dec(self, a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            return Decimal(a)
        raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)

    def abs(self, a): return self._dec(a)._abs_py(context=self)
    def add(self, a, b): return _add(self._dec(a), self._dec(b), self, 0)
    def subtract(self, a, b): return _add(self._dec(a), self._dec(b), self, 1)
    def multiply(self, a, b): return _multiply(self._dec(a), self._dec(b), self)
    def divide(self, a, b): return _divide(self._dec(a), self._dec(b), self)
    def divide_int(self, a, b): return _divmod(self._dec(a), self._dec(b), self, 1)
    def remainder(self, a, b): return _divmod(self._dec(a), self._dec(b), self, 2)
    def divmod(self, a, b): return _divmod(self._dec(a), self._dec(b), self, 3)
    def power(self, a, b, modulo=None): return self._dec(a)._pow_py(b, modulo, context=self)
    def compare(self, a, b): return self._dec(a).compare(b, context=self)
    def compare_signal(self, a, b): return self._dec(a).compare_signal(b, context=self)
    def compare_total(self, a, b): return self._dec(a).compare_total(b)
    def compare_total_mag(self, a, b): return self._dec(a).compare_total_mag(b)
    def copy_abs(self, a): return self._dec(a).copy_abs()
    def copy_decimal(self, a): return Decimal(self._dec(a))
    def copy_negate(self, a): return self._dec(a).copy_negate()
    def copy_sign(self, a, b): return self._dec(a).copy_sign(b)
    def exp(self, a): return self._dec(a).exp(context=self)
    def fma(self, a, b, c): return self._dec(a).fma(b, c, context=self)
    def is_canonical(self, a): return self._dec(a).is_canonical()
    def is_finite(self, a): return self._dec(a).is_finite()
    def is_infinite(self, a): return self._dec(a).is_infinite()
    def is_nan(self, a): return self._dec(a).is_nan()
    def is_normal(self, a): return self._dec(a).is_normal(context=self)
    def is_qnan(self, a): return self._dec(a).is_qnan()
    def is_signed(self, a): return self._dec(a).is_signed()
    def is_snan(self, a): return self._dec(a).is_snan()
    def is_subnormal(self, a): return self._dec(a).is_subnormal(context=self)
    def is_zero(self, a): return self._dec(a).is_zero()
    def ln(self, a): return self._dec(a).ln(context=self)
    def log10(self, a): return self._dec(a).log10(context=self)
    def logb(self, a): return self._dec(a).logb(context=self)
    def max(self, a, b): return self._dec(a).max(b, context=self)
    def max_mag(self, a, b): return self._dec(a).max_mag(b, context=self)
    def min(self, a, b): return self._dec(a).min(b, context=self)
    def min_mag(self, a, b): return self._dec(a).min_mag(b, context=self)
    def minus(self, a): return self._dec(a)._neg_py(context=self)
    def plus(self, a): return self._dec(a)._pos_py(context=self)
    def next_minus(self, a): return self._dec(a).next_minus(context=self)
    def next_plus(self, a): return self._dec(a).next_plus(context=self)
    def next_toward(self, a, b): return self._dec(a).next_toward(b, context=self)
    def normalize(self, a): return self._dec(a).normalize(context=self)
    def number_class(self, a): return self._dec(a).number_class(context=self)
    def quantize(self, a, b): return self._dec(a).quantize(b, context=self)
    def remainder_near(self, a, b): return self._dec(a).remainder_near(b, context=self)
    def same_quantum(self, a, b): return self._dec(a).same_quantum(b)
    def scaleb(self, a, b): return self._dec(a).scaleb(b, context=self)
    def sqrt(self, a): return self._dec(a).sqrt(context=self)
    def to_eng_string(self, a): return self._dec(a).to_eng_string(context=self)
    def to_sci_string(self, a): return self._dec(a)._str_py(context=self)
    def to_integral_exact(self, a): return self._dec(a).to_integral_exact(context=self)
    def to_integral_value(self, a): return self._dec(a).to_integral_value(context=self)
    to_integral = to_integral_value


_current = _ContextVar('decimal_context')


def getcontext():
    """Returns this thread's current context (a copy of DefaultContext at first)."""
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current.set(ctx)
        return ctx


def _context_of(context):
    """The context a method given context= works in: the current one for None."""
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def setcontext(context):
    """Sets this thread's current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context)
    current inside the with block, with the attributes in kwargs changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---- rounding to the context ----------------------------------------------------------

def _finish(sign, c, e, ctx, st, mode=None):
    """The exact value (-1)**sign * c * 10**e rounded to ctx (digits rounded by `mode`,
    default the context's rounding), as a Decimal; appends the conditions raised to st."""
    prec = ctx.prec
    Emin = ctx.Emin
    Emax = ctx.Emax
    etiny = Emin - prec + 1
    if c == 0:
        top = Emax - prec + 1 if ctx.clamp else Emax
        ne = e
        if ne < etiny:
            ne = etiny
        elif ne > top:
            ne = top
        if ne != e:
            st.append(Clamped)
        return _new(sign, 0, ne)
    n = _ndigits(c)
    adj = e + n - 1
    if adj > Emax:
        return _overflow(sign, ctx, st)
    target = e + n - prec if n > prec else e
    subnormal = adj < Emin
    if subnormal and target < etiny:
        target = etiny
    if target > e:
        c, inexact = _round_int(c, target - e, mode or ctx.rounding, sign)
        e = target
        if c and _ndigits(c) > prec:
            c //= 10
            e += 1
        if e + _ndigits(c) - 1 > Emax:
            return _overflow(sign, ctx, st)
        if subnormal:
            st.append(Subnormal)
            if inexact:
                st.append(Underflow)
                if c == 0:
                    st.append(Clamped)
        if inexact:
            st.append(Inexact)
        st.append(Rounded)
    elif subnormal:
        st.append(Subnormal)
    if ctx.clamp:
        top = Emax - prec + 1
        if e > top:
            c *= 10 ** (e - top)
            e = top
            st.append(Clamped)
    return _new(sign, c, e)


def _overflow(sign, ctx, st):
    st.extend((Overflow, Inexact, Rounded))
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _inf(sign)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _done(result, ctx, st):
    if st:
        ctx._raise(st)
    return result


def _fix_nan(d, ctx):
    """A NaN operand's result: quiet, payload kept if it fits the precision."""
    payload = d._coef
    if payload and _ndigits(payload) > ctx.prec - ctx.clamp:
        payload %= 10 ** (ctx.prec - ctx.clamp)
    return _nan(d._sign, payload)


def _nan_operands(a, b, ctx, st):
    """The result of an operation with a NaN operand (signalling NaNs first), or None."""
    if a._exp == 'N' or (b is not None and b._exp == 'N'):
        st.append(InvalidOperation)
        return _fix_nan(a if a._exp == 'N' else b, ctx)
    if a._exp == 'n':
        return _fix_nan(a, ctx)
    if b is not None and b._exp == 'n':
        return _fix_nan(b, ctx)
    return None


def _invalid(ctx, st, cond=InvalidOperation):
    st.append(cond)
    return _nan(0, 0)


# ---- conversions --------------------------------------------------------------------

_DIGITS = frozenset('0123456789')


def _digits_part(s):
    """s if it is a non-empty run of ASCII digits, else None."""
    if not s or not set(s) <= _DIGITS:
        return None
    return s


def _parse(text):
    """A Decimal from a string; None when the syntax is wrong, InvalidOperation when the
    value lies beyond the limits (see _finite_in_limits)."""
    s = text.strip().replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdigit() else ch for ch in s)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _inf(sign)
    if low.startswith('nan') or low.startswith('snan'):
        signaling = low[0] == 's'
        rest = s[4:] if signaling else s[3:]
        if rest and _digits_part(rest) is None:
            return None
        payload = int(rest) if rest else 0
        return _nan(sign, payload, signaling)
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        esign = 1
        if es[:1] in ('+', '-'):
            esign = -1 if es[0] == '-' else 1
            es = es[1:]
        es = _digits_part(es)
        if es is None:
            return None
        exp = esign * int(es)
    intpart, dot, frac = s.partition('.')
    if intpart:
        intpart = _digits_part(intpart)
        if intpart is None:
            return None
    if frac:
        frac = _digits_part(frac)
        if frac is None:
            return None
    if not intpart and not frac:
        return None
    return _finite_in_limits(sign, int(intpart + frac), exp - len(frac))


def _finite_in_limits(sign, c, e):
    """The Decimal (-1)**sign * c * 10**e, or InvalidOperation (the condition to signal)
    when it lies beyond the largest context's limits: adjusted exponent above MAX_EMAX,
    exponent below MIN_ETINY."""
    if e < MIN_ETINY or e + _ndigits(c) - 1 > MAX_EMAX:
        return InvalidOperation
    return _new(sign, c, e)


def _from_float(f):
    if _math.isnan(f):
        return _nan(0, 0)
    if _math.isinf(f):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1          # d == 2**k
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(value):
    """A Decimal from a (sign, digits, exponent) tuple, or InvalidOperation beyond the
    limits (see _finite_in_limits)."""
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if exp == 'F':
        return _inf(sign)
    if isinstance(exp, str):
        return _nan(sign, c, exp == 'N')
    return _finite_in_limits(sign, c, exp)


def _convert(other, ctx=None, for_compare=False):
    """other as a Decimal for a mixed operation, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(int(other < 0), abs(int(other)), 0)
    if for_compare and isinstance(other, float):
        return _from_float(other)
    return NotImplemented


# ---- strings ------------------------------------------------------------------------

def _special_str(d):
    sign = '-' if d._sign else ''
    if d._exp == 'F':
        return sign + 'Infinity'
    payload = str(d._coef) if d._coef else ''
    return sign + ('sNaN' if d._exp == 'N' else 'NaN') + payload


def _to_string(d, eng, capitals):
    if d._is_special:
        return _special_str(d)
    sign = '-' if d._sign else ''
    digits = str(d._coef)
    e = d._exp
    leftdigits = e + len(digits)
    if e <= 0 and leftdigits > -6:
        dot = leftdigits
    elif not eng:
        dot = 1
    elif d._coef == 0:
        dot = (leftdigits + 1) % 3 - 1
    else:
        dot = (leftdigits - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        body = digits + '0' * (dot - len(digits))
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if leftdigits != dot:
        body += ('E' if capitals else 'e') + '%+d' % (leftdigits - dot)
    return sign + body


# ---- arithmetic -------------------------------------------------------------------------

def _add(a, b, ctx, negate_b):
    st = []
    bsign = b._sign ^ negate_b
    if a._is_special or b._is_special:
        r = _nan_operands(a, b, ctx, st)
        if r is None:
            if a._exp == 'F':
                if b._exp == 'F' and a._sign != bsign:
                    r = _invalid(ctx, st)
                else:
                    r = _inf(a._sign)
            else:
                r = _inf(bsign)
        return _done(r, ctx, st)
    ac, ae, bc, be = a._coef, a._exp, b._coef, b._exp
    asign = a._sign
    if ac and bc:
        # An operand far below the other's last significant digit only matters as a
        # sticky digit: shrink it so the alignment below stays small.
        prec = ctx.prec
        if ae > be:
            floor_ = min(ae, ae + _ndigits(ac) - prec - 2)
            if be + _ndigits(bc) < floor_:
                bc, be = 1, floor_ - 1
        elif be > ae:
            floor_ = min(be, be + _ndigits(bc) - prec - 2)
            if ae + _ndigits(ac) < floor_:
                ac, ae = 1, floor_ - 1
    e = ae if ae < be else be
    x = ac * 10 ** (ae - e)
    y = bc * 10 ** (be - e)
    if asign:
        x = -x
    if bsign:
        y = -y
    s = x + y
    if s == 0:
        if asign and bsign:
            sign = 1
        elif asign != bsign and ctx.rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _done(_finish(sign, 0, e, ctx, st), ctx, st)
    sign = 1 if s < 0 else 0
    return _done(_finish(sign, -s if sign else s, e, ctx, st), ctx, st)


def _multiply(a, b, ctx):
    st = []
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_operands(a, b, ctx, st)
        if r is None:
            if (a._exp == 'F' and not b._is_special and b._coef == 0) or \
               (b._exp == 'F' and not a._is_special and a._coef == 0):
                r = _invalid(ctx, st)
            else:
                r = _inf(sign)
        return _done(r, ctx, st)
    return _done(_finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, st), ctx, st)


def _quotient_digits(ac, bc, prec):
    """(q, shift, exact): q = ac * 10**shift // bc with at least prec + 1 digits, and q
    followed by a sticky 1 digit (shift + 1) when the division is not exact."""
    shift = prec + _ndigits(bc) - _ndigits(ac) + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ac * 10 ** shift, bc)
    if r:
        return q * 10 + 1, shift + 1, False
    return q, shift, True


def _divide(a, b, ctx):
    st = []
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_operands(a, b, ctx, st)
        if r is None:
            if a._exp == 'F':
                r = _invalid(ctx, st) if b._exp == 'F' else _inf(sign)
            else:
                st.append(Clamped)
                r = _new(sign, 0, ctx.Emin - ctx.prec + 1)
        return _done(r, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            return _done(_invalid(ctx, st, DivisionUndefined), ctx, st)
        st.append(DivisionByZero)
        return _done(_inf(sign), ctx, st)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _done(_finish(sign, 0, ideal, ctx, st), ctx, st)
    q, shift, exact = _quotient_digits(a._coef, b._coef, ctx.prec)
    e = ideal - shift
    if exact:
        q, e = _strip_zeros(q, e, ideal)
    return _done(_finish(sign, q, e, ctx, st), ctx, st)


def _divmod(a, b, ctx, which):
    """which: 1 -> a // b, 2 -> a % b, 3 -> (a // b, a % b)."""
    st = []
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_operands(a, b, ctx, st)
        if r is None:
            if a._exp == 'F':
                if b._exp == 'F':
                    r = _invalid(ctx, st)
                    return _done((r, r) if which == 3 else r, ctx, st)
                q = _inf(sign)
                if which == 1:
                    return q
                r = _invalid(ctx, st)
                return _done((q, r) if which == 3 else r, ctx, st)
            # b is infinite: the quotient is 0 and the remainder a itself
            q = _new(sign, 0, 0)
            if which == 1:
                return q
            rem = _finish(a._sign, a._coef, a._exp, ctx, st)
            return _done((q, rem) if which == 3 else rem, ctx, st)
        return _done((r, r) if which == 3 else r, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            r = _invalid(ctx, st, DivisionUndefined)
            return _done((r, r) if which == 3 else r, ctx, st)
        if which == 2:
            return _done(_invalid(ctx, st), ctx, st)
        st.append(DivisionByZero)
        if which == 3:
            r2 = _nan(0, 0)
            st.append(InvalidOperation)
            return _done((_inf(sign), r2), ctx, st)
        return _done(_inf(sign), ctx, st)
    e = a._exp if a._exp < b._exp else b._exp
    adj_a = a._exp + _ndigits(a._coef) - 1 if a._coef else None
    adj_b = b._exp + _ndigits(b._coef) - 1
    if adj_a is not None and adj_a - adj_b > ctx.prec + 1:
        r = _invalid(ctx, st, DivisionImpossible)
        return _done((r, r) if which == 3 else r, ctx, st)
    if adj_a is None or adj_a < adj_b:
        qc, rc = 0, a._coef * 10 ** (a._exp - e)
    else:
        x = a._coef * 10 ** (a._exp - e)
        y = b._coef * 10 ** (b._exp - e)
        qc, rc = divmod(x, y)
    if qc and _ndigits(qc) > ctx.prec:
        r = _invalid(ctx, st, DivisionImpossible)
        return _done((r, r) if which == 3 else r, ctx, st)
    q = _new(sign, qc, 0)
    if which == 1:
        return _done(q, ctx, st)
    rem = _finish(a._sign, rc, e, ctx, st)
    return _done((q, rem) if which == 3 else rem, ctx, st)


def _compare_finite(a, b):
    """-1, 0, 1: the order of two finite Decimals."""
    if a._coef == 0:
        if b._coef == 0:
            return 0
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._coef)
    adj_b = b._exp + _ndigits(b._coef)
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        e = a._exp if a._exp < b._exp else b._exp
        x = a._coef * 10 ** (a._exp - e)
        y = b._coef * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _compare(a, b):
    """Order of two non-NaN Decimals (infinities included)."""
    if a._is_special or b._is_special:
        av = 0 if not a._is_special else (-1 if a._sign else 1)
        bv = 0 if not b._is_special else (-1 if b._sign else 1)
        if av == bv:
            return 0
        return (av > bv) - (av < bv)
    return _compare_finite(a, b)


# ---- correctly rounded transcendental functions --------------------------------------

def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w, to within a few units, for an int x."""
    one = 10 ** w
    # reduce: x = k*ln2 + r is avoided; halve the argument until it is small instead
    k = 0
    ax = abs(x)
    while ax > one // 8:
        ax //= 2
        k += 1
    r = x >> k if x >= 0 else -((-x) >> k)
    extra = k + 5
    scale = 10 ** (w + extra)
    rr = r * 10 ** extra
    term = scale
    total = scale
    n = 1
    while term:
        term = term * rr // (scale * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // scale
    return total // 10 ** extra


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, to within a few units, for c > 0."""
    n = _ndigits(c)
    extra = 6
    ww = w + extra
    scale = 10 ** ww
    # m = c / 10**n in [0.1, 1): ln(value) = ln(m) + (e + n) * ln(10)
    m = c * scale // 10 ** n if n <= ww else c // 10 ** (n - ww)
    # bring m close to 1 with square roots: ln(m) = 2**k * ln(m**(1/2**k))
    k = 0
    while abs(m - scale) * 64 > scale:
        m = _math.isqrt(m * scale)
        k += 1
    # ln(m) = 2 atanh(z), z = (m - 1) / (m + 1)
    z = abs(m - scale) * scale // (m + scale)
    z2 = z * z // scale
    term = z
    total = z
    i = 3
    while term:
        term = term * z2 // scale
        total += term // i
        i += 2
    if m < scale:
        total = -total
    lnm = 2 * total * (1 << k)
    lnv = lnm + (e + n) * _ln10_fixed(ww)
    return lnv // 10 ** extra


def _ln10_fixed(w):
    key = ('ln10', w)
    v = _CONSTANTS.get(key)
    if v is None:
        extra = 6
        ww = w + extra
        scale = 10 ** ww
        # ln(10) = 3 ln 2 + ln(1.25); both through atanh with small arguments
        v = (3 * _atanh_inv(3, scale) * 2 + 2 * _atanh_inv(9, scale)) // 10 ** extra
        _CONSTANTS[key] = v
    return v


def _atanh_inv(q, scale):
    """atanh(1/q) * scale."""
    q2 = q * q
    term = scale // q
    total = term
    i = 3
    while term:
        term //= q2
        total += term // i
        i += 2
    return total


_CONSTANTS = {}


def _round_approx(approx, w, err, ctx_prec, sign, mode):
    """Rounds the value approx / 10**w (known to within err units, approx > 0) to
    ctx_prec significant digits by `mode`; returns (coef, exp) or None if the error
    straddles a rounding boundary. A value within the error of a ctx_prec-digit number
    is taken to be that number (exact results of power())."""
    lo = approx - err
    hi = approx + err
    if lo <= 0:
        return None
    nd = _ndigits(hi)
    if _ndigits(lo) != nd:
        return None
    drop = nd - ctx_prec
    if drop <= 0:
        return None
    q1, _ = _round_int(lo, drop, mode, sign)
    q2, _ = _round_int(hi, drop, mode, sign)
    if q1 != q2:
        if mode == ROUND_HALF_EVEN:
            return None
        q, _ = _round_int(approx, drop, ROUND_HALF_EVEN, sign)
        if abs(q * 10 ** drop - approx) > err:
            return None
        q1 = q
    return q1, drop - w


def _transcendental(f, ctx, adj_hint, mode=ROUND_HALF_EVEN):
    """Runs f(w) -> approx (the result times 10**w, to within a few units) with growing
    working precision w until the result rounded by `mode` to the context's precision is
    known; returns (sign, coefficient, exponent)."""
    prec = ctx.prec
    guard = 10
    while True:
        w = prec + guard + max(0, -adj_hint)
        approx = f(w)
        sign = 1 if approx < 0 else 0
        res = _round_approx(abs(approx), w, 16, prec, sign, mode)
        if res is not None:
            c, e = res
            if _ndigits(c) > prec:
                c //= 10
                e += 1
            return sign, c, e
        guard *= 2
        if guard > 4000:
            # an exact result hidden in the noise; accept the nearest rounding
            c, e = _round_approx(abs(approx), w, 0, prec, sign, ROUND_HALF_EVEN) or (abs(approx), -w)
            return sign, c, e


def _finish_inexact(sign, c, e, ctx, st, half_even=False):
    """_finish for an already rounded result of an inexact operation: Inexact and Rounded
    are raised even though no digit is dropped here. exp, ln and log10 round half-even
    whatever the context says (half_even), overflow included."""
    if half_even and ctx.rounding != ROUND_HALF_EVEN:
        ctx = ctx.copy()
        ctx.rounding = ROUND_HALF_EVEN
    return _finish(sign, c * 10 + 1, e - 1, ctx, st, ROUND_DOWN)


# ---- Decimal ------------------------------------------------------------------------

class Decimal(_DecimalBase):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """

    # The fields, construction from plain strings and ints, str(), + - * / // % divmod and
    # ** (integral exponents), unary - + abs, comparisons, quantize, hash(), bool() and
    # int() live in C (_decimal_core); the C slots fall back to the _*_py methods below
    # (and _integral_part) for whatever their fast paths do not take.
    __slots__ = ()
    __module__ = 'decimal'

    @classmethod
    def _new_py(cls, value='0', context=None):
        ctx = _context_of(context)
        if isinstance(value, (str, tuple, list)):
            d = _parse(value) if isinstance(value, str) else _from_tuple(value)
            if d is None or d is InvalidOperation:
                ctx._raise([d or ConversionSyntax])
                d = _nan(0, 0)
        elif isinstance(value, int):
            d = _new(int(value < 0), abs(int(value)), 0)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            ctx._raise([FloatOperation])
            d = _from_float(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        return cls._from_parts(d._sign, d._coef, d._exp, d._is_special)

    @classmethod
    def _from_float_py(cls, f):
        if isinstance(f, int):
            d = _new(int(f < 0), abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- strings ----

    def _str_py(self, eng=False, context=None):
        ctx = _context_of(context)
        return _to_string(self, False, ctx.capitals)

    def _to_eng_string_py(self, context=None):
        ctx = _context_of(context)
        return _to_string(self, True, ctx.capitals)

    def _format_py(self, spec, _localeconv=None):
        return _format(self, spec)

    # ---- predicates and parts ----

    def is_nan(self): return self._exp in ('n', 'N') if self._is_special else False
    def is_qnan(self): return self._exp == 'n'
    def is_snan(self): return self._exp == 'N'
    def is_infinite(self): return self._exp == 'F'
    def is_finite(self): return not self._is_special
    def is_signed(self): return self._sign == 1
    def is_zero(self): return not self._is_special and self._coef == 0
    def is_canonical(self): return True
    def canonical(self): return self
    def radix(self): return Decimal(10)

    def is_normal(self, context=None):
        if self._is_special or self._coef == 0:
            return False
        ctx = _context_of(context)
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._is_special or self._coef == 0:
            return False
        ctx = _context_of(context)
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        digits = tuple(int(ch) for ch in str(self._coef)) if (self._coef or not self._is_special) else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c, e = self._coef, self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n, d = c * 10 ** e, 1
        else:
            n, d = c, 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def number_class(self, context=None):
        ctx = _context_of(context)
        sign = '-' if self._sign else '+'
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- conversions ----

    def _integral_part(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** -self._exp
        return -v if self._sign else v

    def __trunc__(self):
        return self._integral_part()

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            s = 'inf' if self._exp == 'F' else 'nan'
            return float('-' + s if self._sign else s)
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._rounded_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._rounded_int(ROUND_CEILING)

    def _rounded_int(self, mode):
        if self._is_special:
            return self._integral_part()
        if self._exp >= 0:
            return self._integral_part()
        q, _ = _round_int(self._coef, -self._exp, mode, self._sign)
        return -q if self._sign else q

    def __round__(self, n=None):
        if n is None:
            if self._is_special:
                if self._exp == 'F':
                    raise OverflowError('cannot convert Infinity to integer')
                raise ValueError('cannot convert NaN to integer')
            return self._rounded_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def _hash_py(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        e = self._exp
        if e >= 0:
            h = self._coef % modulus * pow(10, e, modulus) % modulus
        else:
            h = self._coef % modulus * pow(pow(10, -e, modulus), modulus - 2, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ---- comparisons ----

    def _cmp_other(self, other, op):
        """The other operand of a comparison as a Decimal, None for NotImplemented,
        or a (numerator, denominator) pair for a Rational."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _new(int(other < 0), abs(other), 0)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('eq', 'ne'):
                ctx._signal(_SIGNAL_BITS[FloatOperation])
            else:
                ctx._raise([FloatOperation])
            return _from_float(other)
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        if isinstance(other, complex) and op in ('eq', 'ne') and other.imag == 0:
            return self._cmp_other(other.real, op)
        return None

    def _order(self, other, op):
        o = self._cmp_other(other, op)
        if o is None:
            return NotImplemented
        if isinstance(o, tuple):
            if self._is_special:
                if self._exp != 'F':
                    return None
                return -1 if self._sign else 1
            n, d = o
            # compare self * d with n exactly
            o = _new(int(n < 0), abs(n), 0)
            s = _new(self._sign, self._coef * d, self._exp)
            return _compare(s, o)
        if self.is_nan() or o.is_nan():
            return None
        return _compare(self, o)

    def _eq_py(self, other):
        r = self._order(other, 'eq')
        if r is NotImplemented:
            return r
        if r is None and (self._exp == 'N' or getattr(other, '_exp', None) == 'N'):
            getcontext()._raise([InvalidOperation])
        return r == 0

    def _ne_py(self, other):
        r = self._eq_py(other)
        return r if r is NotImplemented else not r

    def _ordered(self, other, op):
        r = self._order(other, op)
        if r is None:
            getcontext()._raise([InvalidOperation])
            return False
        return r

    def _lt_py(self, other):
        r = self._ordered(other, 'lt')
        return r if r is NotImplemented or r is False else r < 0

    def _le_py(self, other):
        r = self._ordered(other, 'le')
        return r if r is NotImplemented or r is False else r <= 0

    def _gt_py(self, other):
        r = self._ordered(other, 'gt')
        return r if r is NotImplemented or r is False else r > 0

    def _ge_py(self, other):
        r = self._ordered(other, 'ge')
        return r if r is NotImplemented or r is False else r >= 0

    def compare(self, other, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self.is_nan() or other.is_nan():
            return _done(_nan_operands(self, other, ctx, st), ctx, st)
        return Decimal(_compare(self, other))

    def compare_signal(self, other, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        if self.is_nan() or other.is_nan():
            st = [InvalidOperation]
            r = _nan_operands(self, other, ctx, [])
            return _done(r, ctx, st)
        return Decimal(_compare(self, other))

    def _total_key(self):
        """A key ordering non-negative values by the total order (sign handled apart)."""
        if self._exp == 'n':
            return (3, self._coef, 0)
        if self._exp == 'N':
            return (2, self._coef, 0)
        if self._exp == 'F':
            return (1, 0, 0)
        return (0, self.copy_abs(), self._exp)

    def compare_total(self, other, context=None):
        _context_of(context)
        other = _convert_arg(other)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        r = self.compare_total_mag(other)
        return -r if self._sign else r

    def compare_total_mag(self, other, context=None):
        _context_of(context)
        other = _convert_arg(other)
        ka, kb = self._total_key(), other._total_key()
        if ka[0] != kb[0]:
            return Decimal(1) if ka[0] > kb[0] else Decimal(-1)
        if ka[0] == 0:
            c = _compare(ka[1], kb[1])
            if c == 0:
                c = (ka[2] > kb[2]) - (ka[2] < kb[2])
        else:
            c = (ka[1] > kb[1]) - (ka[1] < kb[1])
        return Decimal(c)

    def same_quantum(self, other, context=None):
        _context_of(context)
        other = _convert_arg(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def _minmax(self, other, context, want_max, by_mag):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self.is_nan() or other.is_nan():
            if self._exp == 'n' and not other.is_nan():
                return _done(_finish_plain(other, ctx, st), ctx, st)
            if other._exp == 'n' and not self.is_nan():
                return _done(_finish_plain(self, ctx, st), ctx, st)
            return _done(_nan_operands(self, other, ctx, st), ctx, st)
        a, b = (self.copy_abs(), other.copy_abs()) if by_mag else (self, other)
        c = _compare(a, b)
        if c == 0 and by_mag:
            c = _compare(self, other)
        if c == 0:
            c = self.compare_total(other)._sign and -1 or (0 if self.compare_total(other) == 0 else 1)
        pick = self if (c > 0) == want_max or (c == 0) else other
        if c == 0:
            pick = self
        return _done(_finish_plain(pick, ctx, st), ctx, st)

    def max(self, other, context=None): return self._minmax(other, context, True, False)
    def min(self, other, context=None): return self._minmax(other, context, False, False)
    def max_mag(self, other, context=None): return self._minmax(other, context, True, True)
    def min_mag(self, other, context=None): return self._minmax(other, context, False, True)

    # ---- arithmetic operators ----

    def _add_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _add(self, o, _context_of(context), 0)

    def _radd_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _add(o, self, _context_of(context), 0)

    def _sub_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _add(self, o, _context_of(context), 1)

    def _rsub_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _add(o, self, _context_of(context), 1)

    def _mul_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _multiply(self, o, _context_of(context))

    def _rmul_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _multiply(o, self, _context_of(context))

    def _truediv_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divide(self, o, _context_of(context))

    def _rtruediv_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divide(o, self, _context_of(context))

    def _floordiv_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(self, o, _context_of(context), 1)

    def _rfloordiv_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(o, self, _context_of(context), 1)

    def _mod_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(self, o, _context_of(context), 2)

    def _rmod_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(o, self, _context_of(context), 2)

    def _divmod_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(self, o, _context_of(context), 3)

    def _rdivmod_py(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return _divmod(o, self, _context_of(context), 3)

    def _pow_py(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        ctx = _context_of(context)
        if modulo is not None:
            m = _convert(modulo)
            if m is NotImplemented:
                return m
            return _power_modulo(self, o, m, ctx)
        return _power(self, o, ctx)

    def _rpow_py(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            return o
        return o._pow_py(self, modulo, context)

    def _neg_py(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else _inf(1 - self._sign), ctx, st)
        sign = 1 - self._sign
        if self._coef == 0:
            # 0 - self: -0 only for 0 - (+0) rounding toward floor
            sign = 1 if ctx.rounding == ROUND_FLOOR and not self._sign else 0
        return _done(_finish(sign, self._coef, self._exp, ctx, st), ctx, st)

    def _pos_py(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else self, ctx, st)
        sign = self._sign
        if self._coef == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR and self._sign else 0
        return _done(_finish(sign, self._coef, self._exp, ctx, st), ctx, st)

    def _abs_py(self, round=True, context=None):
        ctx = _context_of(context)
        if not round:
            return self.copy_abs()
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else _inf(0), ctx, st)
        return _done(_finish(0, self._coef, self._exp, ctx, st), ctx, st)

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._is_special)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        _context_of(context)
        other = _convert_arg(other)
        return _new(other._sign, self._coef, self._exp, self._is_special)

    def fma(self, other, third, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        third = _convert_arg(third)
        st = []
        if self._is_special or other._is_special:
            if self._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                pass
            elif not (self.is_nan() or other.is_nan()):
                prod = _multiply(self, other, ctx)
                return _add(prod, third, ctx, 0)
            r = _nan_operands(self, other, ctx, st)
            if r is None or third._exp == 'N':
                r = _nan_operands(third, None, ctx, st) or r
            return _done(r, ctx, st)
        prod = _new(self._sign ^ other._sign, self._coef * other._coef, self._exp + other._exp)
        big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        del big
        return _add_exact_then_round(prod, third, ctx)

    # ---- rounding and exponent operations ----

    def _quantize_py(self, exp, rounding=None, context=None):
        ctx = _context_of(context)
        exp = _convert_arg(exp)
        mode = rounding if rounding is not None else ctx.rounding
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        st = []
        if self._is_special or exp._is_special:
            r = _nan_operands(self, exp, ctx, st)
            if r is None:
                if self._exp == 'F' and exp._exp == 'F':
                    r = _inf(self._sign)
                else:
                    r = _invalid(ctx, st)
            return _done(r, ctx, st)
        return _done(_rescale(self, exp._exp, mode, ctx, st), ctx, st)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else self, ctx, st)
        if self._exp >= 0:
            return self
        mode = rounding if rounding is not None else ctx.rounding
        q, _ = _round_int(self._coef, -self._exp, mode, self._sign)
        return _new(self._sign, q, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else self, ctx, st)
        if self._exp >= 0:
            return self
        mode = rounding if rounding is not None else ctx.rounding
        q, inexact = _round_int(self._coef, -self._exp, mode, self._sign)
        if self._coef:
            st.append(Rounded)
        if inexact:
            st.append(Inexact)
        return _done(_new(self._sign, q, 0), ctx, st)

    def normalize(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else self, ctx, st)
        d = _finish(self._sign, self._coef, self._exp, ctx, st)
        if d._is_special:
            return _done(d, ctx, st)
        if d._coef == 0:
            return _done(_new(d._sign, 0, 0), ctx, st)
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        c, e = d._coef, d._exp
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _done(_new(d._sign, c, e), ctx, st)

    reduce = normalize

    def scaleb(self, other, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self._is_special or other._is_special:
            r = _nan_operands(self, other, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if other._is_special else self
            return _done(r, ctx, st)
        if other._exp != 0:
            return _done(_invalid(ctx, st), ctx, st)
        n = -other._coef if other._sign else other._coef
        limit = 2 * (ctx.Emax + ctx.prec)
        if abs(n) > limit:
            return _done(_invalid(ctx, st), ctx, st)
        return _done(_finish(self._sign, self._coef, self._exp + n, ctx, st), ctx, st)

    def logb(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            return _done(r if r is not None else _inf(0), ctx, st)
        if self._coef == 0:
            st.append(DivisionByZero)
            return _done(_inf(1), ctx, st)
        return _done(_finish_plain(Decimal(self.adjusted()), ctx, st), ctx, st)

    def next_plus(self, context=None):
        ctx = _context_of(context)
        return _next(self, ctx, 0)

    def next_minus(self, context=None):
        ctx = _context_of(context)
        return _next(self, ctx, 1)

    def next_toward(self, other, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self.is_nan() or other.is_nan():
            return _done(_nan_operands(self, other, ctx, st), ctx, st)
        c = _compare(self, other)
        if c == 0:
            return self.copy_sign(other)
        r = _next(self, ctx, 0 if c < 0 else 1)
        if r._exp == 'F':
            st.extend((Overflow, Inexact, Rounded))
        elif not r._is_special and r.adjusted() < ctx.Emin:
            st.extend((Underflow, Subnormal, Inexact, Rounded))
            if r._coef == 0:
                st.append(Clamped)
        return _done(r, ctx, st)

    def remainder_near(self, other, context=None):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self._is_special or other._is_special:
            r = _nan_operands(self, other, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if self._exp == 'F' else _finish_plain(self, ctx, st)
            return _done(r, ctx, st)
        if other._coef == 0:
            cond = DivisionUndefined if self._coef == 0 else InvalidOperation
            return _done(_invalid(ctx, st, cond), ctx, st)
        e = min(self._exp, other._exp)
        x = self._coef * 10 ** (self._exp - e)
        y = other._coef * 10 ** (other._exp - e)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            q += 1
            r -= y
        if q and _ndigits(q) > ctx.prec:
            return _done(_invalid(ctx, st, DivisionImpossible), ctx, st)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _done(_finish(sign, r, e, ctx, st), ctx, st)

    # ---- digit-wise operations ----

    def _logical_operand(self, ctx):
        if self._is_special or self._sign or self._exp != 0 or set(str(self._coef)) - {'0', '1'}:
            return None
        return str(self._coef).rjust(ctx.prec, '0')[-ctx.prec:]

    def _logical(self, other, context, fn):
        ctx = _context_of(context)
        a = self._logical_operand(ctx)
        b = _convert_arg(other)._logical_operand(ctx) if other is not None else '1' * ctx.prec
        if a is None or b is None:
            st = []
            return _done(_invalid(ctx, st), ctx, st)
        digits = ''.join(fn(x, y) for x, y in zip(a, b)).lstrip('0') or '0'
        return _new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: '0' if x == '1' else '1')

    def _shift_digits(self, other, context, rotate):
        ctx = _context_of(context)
        other = _convert_arg(other)
        st = []
        if self._is_special or other._is_special:
            r = _nan_operands(self, other, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if other._is_special else self
            return _done(r, ctx, st)
        prec = ctx.prec
        if other._exp != 0 or other._coef > prec:
            return _done(_invalid(ctx, st), ctx, st)
        n = -other._coef if other._sign else other._coef
        digits = str(self._coef).rjust(prec, '0')[-prec:]
        if rotate:
            n %= prec
            digits = digits[n:] + digits[:n]
        elif n >= 0:
            digits = (digits + '0' * n)[-prec:] if n else digits
        else:
            digits = ('0' * -n + digits)[:prec]
        return _new(self._sign, int(digits), self._exp)

    def shift(self, other, context=None):
        return self._shift_digits(other, context, False)

    def rotate(self, other, context=None):
        return self._shift_digits(other, context, True)

    # ---- functions ----

    def sqrt(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if self._sign else self
            return _done(r, ctx, st)
        ideal = self._exp // 2
        if self._coef == 0:
            return _done(_new(self._sign, 0, ideal), ctx, st)
        if self._sign:
            return _done(_invalid(ctx, st), ctx, st)
        prec = ctx.prec
        c, e = self._coef, self._exp
        shift = 2 * (prec + 1) - _ndigits(c) + 1
        if shift < 0:
            shift = 0
        if (e - shift) & 1:
            shift += 1
        c *= 10 ** shift
        e -= shift
        r = _math.isqrt(c)
        re = e // 2
        exact = r * r == c
        if exact:
            r, re = _strip_zeros(r, re, ideal)
            sub = ctx.copy()
            sub.rounding = ROUND_HALF_EVEN
            return _done(_finish(0, r, re, sub, st), ctx, st)
        sub = ctx.copy()
        sub.rounding = ROUND_HALF_EVEN
        return _done(_finish(0, r * 10 + 1, re - 1, sub, st), ctx, st)

    def exp(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            if r is None:
                r = _new(0, 0, 0) if self._sign else self
            return _done(r, ctx, st)
        if self._coef == 0:
            return _new(0, 1, 0)
        adj = self.adjusted()
        # exp(x) = 10**(x / ln 10): past the exponent range it overflows or underflows
        decades = float(self) / 2.302585092994046
        if decades > ctx.Emax + 1 or decades < ctx.Etiny() - 2:
            if self._sign:
                return _done(_finish_inexact(0, 1, ctx.Etiny() - 2, ctx, st, True), ctx, st)
            return _done(_finish_inexact(0, 1, ctx.Emax + 1, ctx, st, True), ctx, st)
        x = self
        if adj < -(ctx.prec + 2):
            # exp(x) = 1 + x + ...: 1 followed by the sign of x as a sticky digit
            p = ctx.prec + 2
            c = 10 ** (p + 1) - 1 if self._sign else 10 ** (p + 1) + 1
            return _done(_finish(0, c, -(p + 1), ctx, st, ROUND_HALF_EVEN), ctx, st)

        def f(w):
            xf = x._coef * 10 ** (w + x._exp) if w + x._exp >= 0 else x._coef // 10 ** -(w + x._exp)
            if x._sign:
                xf = -xf
            return _exp_fixed(xf, w)

        value = float(self)
        mag = int(abs(value) / 2.302585092994046) + 1
        if value > 0:
            sign, c, e = _transcendental(f, ctx, 0)
        else:
            def g(w):
                return f(w + mag)
            sign, c, e = _transcendental(g, ctx, 0)
            e -= mag
        return _done(_finish_inexact(0, c, e, ctx, st, True), ctx, st)

    def ln(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if self._sign else self
            return _done(r, ctx, st)
        if self._coef == 0:
            return _inf(1)
        if self._sign:
            return _done(_invalid(ctx, st), ctx, st)
        if self._exp <= 0 and self._coef == 10 ** -self._exp:
            return _new(0, 0, 0)
        approx_mag = _magnitude_ln(self)
        sign, c, e = _transcendental(lambda w: _ln_fixed(self._coef, self._exp, w),
                                     ctx, approx_mag)
        return _done(_finish_inexact(sign, c, e, ctx, st, True), ctx, st)

    def log10(self, context=None):
        ctx = _context_of(context)
        st = []
        if self._is_special:
            r = _nan_operands(self, None, ctx, st)
            if r is None:
                r = _invalid(ctx, st) if self._sign else self
            return _done(r, ctx, st)
        if self._coef == 0:
            return _inf(1)
        if self._sign:
            return _done(_invalid(ctx, st), ctx, st)
        c, e = _strip_zeros(self._coef, self._exp, 1 << 62)
        if c == 1:
            return _done(_finish_plain(Decimal(e), ctx, st), ctx, st)
        approx_mag = _magnitude_ln(self)

        def f(w):
            return _ln_fixed(self._coef, self._exp, w) * 10 ** w // _ln10_fixed(w)

        sign, c, e = _transcendental(f, ctx, approx_mag)
        return _done(_finish_inexact(sign, c, e, ctx, st, True), ctx, st)


_new = Decimal._from_parts
# What the C fast paths read: the current context's variable, and getcontext for its
# first use.
Decimal._c_support = (_current, getcontext)


def _magnitude_ln(d):
    """A rough adjusted exponent of ln(d) (how many leading zeros it has)."""
    try:
        v = _math.log(float(d))
    except (OverflowError, ValueError):
        return 0
    if v == 0:
        c = abs(d - 1)
        return c.adjusted() if c else 0
    return int(_math.floor(_math.log10(abs(v))))


def _convert_arg(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(int(other < 0), abs(other), 0)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _finish_plain(d, ctx, st):
    if d._is_special:
        return d
    return _finish(d._sign, d._coef, d._exp, ctx, st)


def _add_exact_then_round(prod, third, ctx):
    """fma: the exact product plus third, rounded once."""
    st = []
    if third._is_special:
        return _add(prod, third, ctx, 0)
    e = min(prod._exp, third._exp)
    x = prod._coef * 10 ** (prod._exp - e) * (-1 if prod._sign else 1)
    y = third._coef * 10 ** (third._exp - e) * (-1 if third._sign else 1)
    s = x + y
    if s == 0:
        sign = 1 if (prod._sign and third._sign) or (
            prod._sign != third._sign and ctx.rounding == ROUND_FLOOR) else 0
        return _done(_finish(sign, 0, e, ctx, st), ctx, st)
    return _done(_finish(int(s < 0), abs(s), e, ctx, st), ctx, st)


def _rescale(d, exp, mode, ctx, st):
    """quantize: d with exponent exactly exp."""
    if exp > ctx.Emax or exp < ctx.Etiny():
        return _invalid(ctx, st)
    if d._coef == 0:
        return _clamp_rescaled(d._sign, 0, exp, ctx, st)
    if exp >= d._exp:
        c, inexact = _round_int(d._coef, exp - d._exp, mode, d._sign)
        dropped = exp > d._exp
    else:
        c, inexact, dropped = d._coef * 10 ** (d._exp - exp), False, False
    n = _ndigits(c)
    if n > ctx.prec or (c and exp + n - 1 > ctx.Emax):
        return _invalid(ctx, st)
    if c and exp + n - 1 < ctx.Emin:
        st.append(Subnormal)
    if inexact:
        st.append(Inexact)
    if dropped:
        st.append(Rounded)
    return _clamp_rescaled(d._sign, c, exp, ctx, st)


def _clamp_rescaled(sign, c, exp, ctx, st):
    """A quantized value: with clamp set, an exponent above Etop comes down to it (the
    coefficient padded with zeros, which always fits the precision here)."""
    top = ctx.Emax - ctx.prec + 1
    if ctx.clamp and exp > top:
        st.append(Clamped)
        c *= 10 ** (exp - top)
        exp = top
    return _new(sign, c, exp)


def _next(d, ctx, down):
    """next_plus (down=0) / next_minus (down=1)."""
    st = []
    if d._is_special:
        r = _nan_operands(d, None, ctx, st)
        if r is not None:
            return _done(r, ctx, st)
        if d._sign == down:
            return d
        return _new(d._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    sub = ctx.copy()
    sub.clear_traps()
    sub.rounding = ROUND_FLOOR if down else ROUND_CEILING
    etiny = ctx.Etiny()
    # nudge by a value far below the last digit; rounding toward the direction steps
    # exactly one unit
    base = d._exp if d._coef else etiny
    tiny_e = min(base, d._exp + _ndigits(d._coef) - ctx.prec if d._coef else etiny, etiny) - 2
    nudge = _new(down, 1, tiny_e)
    r = _add(d, nudge, sub, 0)
    return r


def _power(a, b, ctx):
    st = []
    if a._is_special or b._is_special:
        r = _nan_operands(a, b, ctx, st)
        if r is not None:
            return _done(r, ctx, st)
    b_integral = not b._is_special and (b._exp >= 0 or b._coef % 10 ** -b._exp == 0)
    if b_integral:
        n = b._coef * 10 ** b._exp if b._exp >= 0 else b._coef // 10 ** -b._exp
        if b._sign:
            n = -n
        rsign = a._sign if n & 1 else 0
    else:
        n = None
        rsign = 0
    if not a._is_special and a._coef == 0:
        if b._is_special:
            return _done(_new(0, 0, 0) if not b._sign else _inf(0), ctx, st)
        if b._coef == 0:
            return _done(_invalid(ctx, st), ctx, st)
        if b._sign:
            return _done(_inf(rsign), ctx, st)
        return _done(_new(rsign, 0, 0), ctx, st)
    if a._sign and not b_integral and not (b._exp == 'F'):
        return _done(_invalid(ctx, st), ctx, st)
    if a._exp == 'F':
        if b._is_special:
            return _done(_inf(0) if not b._sign else _new(0, 0, 0), ctx, st)
        if b._coef == 0:
            return _done(_new(0, 1, 0), ctx, st)
        if b._sign:
            return _done(_new(rsign, 0, 0), ctx, st)
        return _done(_inf(rsign), ctx, st)
    if b._exp == 'F':
        if a._sign:
            return _done(_invalid(ctx, st), ctx, st)
        c = _compare(a.copy_abs(), _new(0, 1, 0))
        if c == 0:
            return _done(_finish_inexact(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, st), ctx, st)
        big = (c > 0) != bool(b._sign)
        return _done(_inf(0) if big else _new(0, 0, 0), ctx, st)
    if b._coef == 0:
        return _done(_new(0, 1, 0), ctx, st)
    if n is not None and abs(n) * _ndigits(a._coef) <= 4 * ctx.prec + 200:
        if n > 0:
            return _done(_finish(rsign, a._coef ** n, a._exp * n, ctx, st), ctx, st)
        one = _new(0, 1, 0)
        denom = _new(rsign, a._coef ** -n, a._exp * -n)
        return _divide(one, denom, ctx)
    if n is not None and n > 0 and _strip_zeros(a._coef, 0, 1 << 62)[0] == 1:
        # a power of ten: the exact power is a 1 and zeros, only the zeros get rounded away
        k = (_ndigits(a._coef) - 1) * n
        keep = min(k, ctx.prec)
        return _done(_finish(rsign, 10 ** keep, a._exp * n + k - keep, ctx, st), ctx, st)
    # the general case: exp(b * ln|a|), correctly rounded
    x = a.copy_abs()
    # guard against overflow of the intermediate product
    try:
        est = float(b) * _math.log10(float(x)) if x._coef else 0.0
    except (OverflowError, ValueError):
        est = _math.inf
    if est != est or abs(est) > max(ctx.Emax, -ctx.Etiny()) + 10:
        if est > 0:
            return _done(_overflow(rsign, ctx, st), ctx, st)
        return _done(_finish_inexact(rsign, 1, ctx.Etiny() - 2, ctx, st), ctx, st)

    def f(w):
        wl = w + 6 + max(0, int(abs(est))) + max(0, b.adjusted() + 1)
        lnx = _ln_fixed(x._coef, x._exp, wl)
        bx = lnx * b._coef
        shift = wl + (-b._exp)
        prod = bx // 10 ** (shift - w) if shift >= w else bx * 10 ** (w - shift)
        if b._sign:
            prod = -prod
        return _exp_fixed(prod, w)

    mag = int(-est) + 2 if est < 0 else 0
    sign, c, e = _transcendental(lambda w: f(w + mag), ctx, 0, ctx.rounding)
    e -= mag
    return _done(_finish_inexact(rsign, c, e, ctx, st), ctx, st)


def _power_modulo(a, b, m, ctx):
    st = []
    for d in (a, b, m):
        if d._is_special:
            r = _nan_operands(a, b, ctx, st) or _nan_operands(m, None, ctx, st)
            if r is None:
                r = _invalid(ctx, st)
            return _done(r, ctx, st)
    if (a._exp != 0 and a._exp < 0 and a._coef % 10 ** -a._exp) or b._sign or \
       m._coef == 0 or not _is_integral(a) or not _is_integral(b) or not _is_integral(m):
        return _done(_invalid(ctx, st), ctx, st)
    mi = _int_value(m)
    if _ndigits(abs(mi)) > ctx.prec or (a._coef == 0 and b._coef == 0):
        return _done(_invalid(ctx, st), ctx, st)
    r = pow(abs(_int_value(a)), _int_value(b), abs(mi))
    sign = a._sign if _int_value(b) & 1 else 0
    return _new(sign, r, 0)


def _is_integral(d):
    return d._exp >= 0 or d._coef % 10 ** -d._exp == 0


def _int_value(d):
    v = d._coef * 10 ** d._exp if d._exp >= 0 else d._coef // 10 ** -d._exp
    return -v if d._sign else v


# ---- format() -------------------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, z, zero, width, grouping, precision,
    type. CPython's grammar: [[fill]align][z][sign][z][0][width][,][.precision][type]
    with one z at most, no 0 after an explicit align, no width starting with 0 and no
    grouping with n or N."""
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    z = i < n and spec[i] == 'z'
    if z:
        i += 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if not z and i < n and spec[i] == 'z':
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise ValueError('invalid format string')
        zero = True
        i += 1
    if i < n and spec[i] == '0':
        raise ValueError('invalid format string')
    j = i
    while i < n and spec[i] in '0123456789':
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in 'eEfFgGnN%') or \
            (grouping and ftype in ('n', 'N')):
        raise ValueError('invalid format string')
    if zero:
        fill, align = '0', '='
    return fill, align, sign, z, zero, width, grouping, precision, ftype


def _group(intpart, sep, min_width):
    """intpart with sep every three digits, zero-padded to at least min_width chars."""
    while True:
        groups = []
        i = len(intpart)
        while i > 0:
            groups.append(intpart[max(0, i - 3):i])
            i -= 3
        out = sep.join(reversed(groups))
        if len(out) >= min_width:
            return out
        intpart = '0' + intpart


def _format(d, spec):
    ctx = getcontext()
    fill, align, sign_opt, z, zeropad, width, grouping, precision, ftype = _parse_spec(spec)
    if align is None:
        align = '>'
    given_type = ftype
    if ftype in ('n', 'N'):
        ftype = 'g' if ftype == 'n' else 'G'
    negative = d._sign == 1
    if d._is_special:
        body = _special_str(d.copy_abs())
        if ftype == '%':
            body += '%'
    else:
        if ftype == '%':
            d = _new(d._sign, d._coef, d._exp + 2)
        rounding = ctx.rounding
        coef, exp = d._coef, d._exp
        if ftype in ('e', 'E'):
            if precision is not None:
                coef, exp = _round_to_digits(coef, exp, precision + 1, rounding, d._sign)
        elif ftype in ('f', 'F', '%'):
            if precision is not None:
                coef, exp = _rescale_fmt(coef, exp, -precision, rounding, d._sign)
        elif ftype in ('g', 'G') or ftype is None:
            if precision is not None:
                p = precision or 1
                if _ndigits(coef) > p:
                    coef, exp = _round_to_digits(coef, exp, p, rounding, d._sign)
        # z turns -0 into 0; like CPython 3.11, a value that only rounds to zero counts
        # for the types e, f, g and % as written (not E, F, G, n, N or none)
        if z and coef == 0 and (d._coef == 0 or given_type in ('e', 'f', 'g', '%')):
            negative = False
        digits = str(coef)
        leftdigits = exp + len(digits)
        if ftype in ('e', 'E'):
            dot = 1 - precision if coef == 0 and precision is not None else 1
        elif ftype in ('f', 'F', '%'):
            dot = leftdigits if coef or leftdigits < 1 else 1
        elif ftype in ('g', 'G') or ftype is None:
            dot = leftdigits if exp <= 0 and leftdigits > -6 else 1
        if coef == 0 and ftype in ('e', 'E') and precision is None:
            dot = 1
        if ftype is None and coef == 0 and not (exp <= 0 and leftdigits > -6):
            dot = 1
        # split into integer part, fraction, exponent
        if dot <= 0:
            intpart = '0'
            frac = '0' * -dot + digits
        elif dot >= len(digits):
            intpart = digits + '0' * (dot - len(digits))
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        expo = leftdigits - dot
        if ftype in ('e', 'E', 'g', 'G') or ftype is None:
            if ftype is None:
                echar = 'E' if ctx.capitals else 'e'
            else:
                echar = 'E' if ftype in 'EG' else 'e'
            exp_str = echar + '%+d' % expo if expo != 0 or ftype in ('e', 'E') else ''
        else:
            exp_str = ''
        point = '.' if frac else ''
        tail = point + frac + exp_str + ('%' if ftype == '%' else '')
        signstr = '-' if negative else ('' if sign_opt == '-' else sign_opt)
        if grouping:
            min_w = 0
            if zeropad and fill == '0' and align == '=' and width:
                min_w = max(0, width - len(signstr) - len(tail))
            intpart = _group(intpart, grouping, min_w)
        body = intpart + tail
        return _pad(signstr, body, fill, align, width)
    signstr = '-' if negative else ('' if sign_opt == '-' else sign_opt)
    if zeropad and fill == '0' and align == '=':
        fill, align = ' ', '>'
    return _pad(signstr, body, fill, align, width)


def _pad(signstr, body, fill, align, width):
    total = len(signstr) + len(body)
    if width is None or total >= width:
        return signstr + body
    pad = width - total
    if align == '<':
        return signstr + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + signstr + body + fill * (pad - left)
    if align == '=':
        return signstr + fill * pad + body
    return fill * pad + signstr + body


def _round_to_digits(coef, exp, ndig, rounding, sign):
    if coef == 0:
        return 0, exp
    n = _ndigits(coef)
    if n > ndig:
        q, _ = _round_int(coef, n - ndig, rounding, sign)
        e = exp + n - ndig
        if _ndigits(q) > ndig:
            q //= 10
            e += 1
        return q, e
    return coef * 10 ** (ndig - n), exp - (ndig - n)


def _rescale_fmt(coef, exp, target, rounding, sign):
    if target > exp:
        q, _ = _round_int(coef, target - exp, rounding, sign)
        return q, target
    return coef * 10 ** (exp - target), target


# ---- the template contexts ------------------------------------------------------------

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])

_numbers.Number.register(Decimal)

# CPython's Decimal and Context are C types named 'decimal.Decimal' and 'decimal.Context':
# __name__ is 'Decimal', but messages show the full name ("unsupported operand type(s)
# for +: 'decimal.Decimal' and 'str'").
_use_c_names(Decimal, Context)
