"""Spry's operator: Python's operators as functions, plus itemgetter, attrgetter and
methodcaller, written from the documented behaviour.  Each function is also exported
under its dunder name (operator.__add__ is operator.add)."""
import builtins as _builtins


# ---- comparisons and truth ---------------------------------------------------------------

def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


def not_(a, /):
    return not a


def truth(a, /):
    return bool(a)


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


# ---- arithmetic and bits -----------------------------------------------------------------

def abs(a, /):
    return _builtins.abs(a)


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def index(a, /):
    try:
        hook = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return hook(a)


def inv(a, /):
    return ~a


def invert(a, /):
    return ~a


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a ** b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


# ---- sequences and mappings --------------------------------------------------------------

def _check_sequence(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    _check_sequence(a)
    return a + b


def contains(a, b, /):
    return b in a


def _each(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None


def countOf(a, b, /):
    return sum(1 for item in _each(a) if item is b or item == b)


def indexOf(a, b, /):
    for position, item in enumerate(_each(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /):
    return a[b]


def setitem(a, b, c, /):
    a[b] = c


def delitem(a, b, /):
    del a[b]


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hook = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        hint = hook(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(hint).__name__)
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# ---- in-place forms ----------------------------------------------------------------------

def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


# ---- callables built from a description --------------------------------------------------

def _one_argument(kind, args, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % kind)
    if len(args) != 1:
        raise TypeError('%s expected 1 argument, got %d' % (kind, len(args)))
    return args[0]


class itemgetter:
    """itemgetter(k)(obj) is obj[k]; with several keys, a tuple of the lookups."""
    __slots__ = ('_keys', '_lone')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = items
        self._lone = len(items) == 1

    def __call__(self, *args, **kwargs):
        obj = _one_argument('itemgetter', args, kwargs)
        if self._lone:
            return obj[self._keys[0]]
        return tuple([obj[k] for k in self._keys])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))

    def __reduce__(self):
        return type(self), self._keys


def _walk(obj, path):
    for step in path:
        obj = getattr(obj, step)
    return obj


class attrgetter:
    """attrgetter('a.b')(obj) is obj.a.b; with several names, a tuple of the lookups."""
    __slots__ = ('_names', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = attrs
        self._paths = tuple(tuple(name.split('.')) for name in attrs)

    def __call__(self, *args, **kwargs):
        obj = _one_argument('attrgetter', args, kwargs)
        if len(self._paths) == 1:
            return _walk(obj, self._paths[0])
        return tuple([_walk(obj, path) for path in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._names))

    def __reduce__(self):
        return type(self), self._names


class methodcaller:
    """methodcaller('m', *args, **kwargs)(obj) calls obj.m(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_argument('methodcaller', args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown += [repr(a) for a in self._args]
        shown += ['%s=%r' % item for item in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(shown)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# the public names are exactly the functions and classes defined above
__all__ = sorted(name for name in globals() if not name.startswith('_'))

# every function under its dunder name too: __add__, __not__, __call__, __iadd__, ...
for _name in __all__:
    if _name[0].islower() and _name not in ('attrgetter', 'itemgetter', 'methodcaller',
                                            'countOf', 'indexOf', 'is_', 'is_not',
                                            'truth', 'length_hint'):
        globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
