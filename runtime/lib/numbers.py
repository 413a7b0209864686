"""The numeric tower of PEP 3141: Number > Complex > Real > Rational > Integral.

Written for Spry from the numbers documentation. Each level is an ABC listing the
operations a type must provide (abstract) and deriving the rest from them (concrete);
the built-in int, float and complex are registered at their levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _required(name):
    """An abstract placeholder for the operation called name."""
    def placeholder(self, *args):
        raise NotImplementedError
    placeholder.__name__ = name
    return abstractmethod(placeholder)


def _level(name, base, doc, operations=(), properties=(), provided=None):
    """Builds one level of the tower: abstract operations and properties it adds, and the
    concrete methods it derives from them."""
    namespace = {'__module__': __name__, '__qualname__': name, '__doc__': doc,
                 '__slots__': ()}
    for op in operations:
        namespace[op] = _required(op)
    for prop in properties:
        namespace[prop] = property(_required(prop))
    namespace.update(provided or {})
    return ABCMeta(name, base, namespace)


# Numbers are compared by value across types, so the tower gives no generic hash.
Number = _level('Number', (), 'The root of the numeric tower: isinstance(x, Number) '
                'tells whether x is a number of any kind.', provided={'__hash__': None})


def _complex_bool(self):
    return self != 0


def _complex_sub(self, other):
    return self + -other


def _complex_rsub(self, other):
    return -self + other


Complex = _level(
    'Complex', (Number,), 'Complex numbers: the operations of the built-in complex type.',
    operations=('__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
                '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__',
                'conjugate', '__eq__'),
    properties=('real', 'imag'),
    provided={'__bool__': _complex_bool, '__sub__': _complex_sub,
              '__rsub__': _complex_rsub})


def _real_complex(self):
    return complex(float(self))


def _real_divmod(self, other):
    return self // other, self % other


def _real_rdivmod(self, other):
    return other // self, other % self


def _real_part(self):
    return +self


def _no_imaginary_part(self):
    return 0


Real = _level(
    'Real', (Complex,), 'Real numbers: Complex plus ordering, rounding and floor division.',
    operations=('__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
                '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'),
    provided={'__complex__': _real_complex, '__divmod__': _real_divmod,
              '__rdivmod__': _real_rdivmod, 'real': property(_real_part),
              'imag': property(_no_imaginary_part), 'conjugate': _real_part})


def _ratio_float(self):
    return int(self.numerator) / int(self.denominator)


Rational = _level(
    'Rational', (Real,), 'Exact fractions: a Real with a numerator and a denominator.',
    properties=('numerator', 'denominator'),
    provided={'__float__': _ratio_float})


def _integral_index(self):
    return int(self)


def _integral_float(self):
    return float(int(self))


def _one(self):
    return 1


Integral = _level(
    'Integral', (Rational,), 'Integers: a Rational that also supports bitwise operations.',
    operations=('__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__',
                '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__',
                '__ror__', '__invert__'),
    provided={'__index__': _integral_index, '__float__': _integral_float,
              'numerator': property(_real_part), 'denominator': property(_one)})

Complex.register(complex)
Real.register(float)
Integral.register(int)
