# Attribute names reach instances from many places: code constants, strings built at
# run time, sys.intern, kwargs, __dict__ keys, __slots__, and the keys of built-in types'
# dicts (names interned when the runtime started). Every route must find the one
# attribute, never miss it or store a second one.
import sys

# names taken from built-in types' dicts, not spelled in this file as whole literals
builtin_names = []
for tp, name in ((str, 'case fold'), (int, 'bit_ length'), (dict, 'from keys'),
                 (list, 'ap pend'), (bytes, 'he x'), (float, 'is_ integer'),
                 (set, 'symmetric_ difference'), (str, 'isiden tifier')):
    name = name.replace(' ', '')
    builtin_names.append(next(k for k in tp.__dict__ if k == name))
builtin_names.append(str.maketrans.__name__)
builtin_names.append(next(n for n in dir(int) if n == 'as_integer_ ratio'.replace(' ', '')))


class C:
    pass


# An instance keeps a few attributes inline, keyed by its class's shape; more than that
# (or asking for __dict__) moves them into a dict. Each case below stays inline.
def new_class():
    class D:
        pass
    return D


def copies(n):
    return n, ''.join(list(n)), sys.intern(n[:2] + n[2:])


# stored with the built-in dicts' keys, read with code constants and other copies
for round_ in range(3):      # again once the sites are specialized
    D = new_class()
    o = D()
    setattr(o, builtin_names[0], 0)
    setattr(o, builtin_names[1], 1)
    print(o.casefold, o.bit_length, hasattr(o, 'fromkeys'))
    for n in builtin_names:
        o = D()
        setattr(o, n, n)
        print([getattr(o, c, None) for c in copies(n)], end=' ')
        setattr(o, copies(n)[1], 'again')
        print(len(vars(o)), end='; ')
    print()

# stored with code constants, read with the built-in dicts' keys
for round_ in range(3):
    D = new_class()
    o = D()
    o.casefold = 10
    o.bit_length = 11
    print([getattr(o, n, None) for n in builtin_names[:3]], [hasattr(o, n) for n in builtin_names[:3]])
    setattr(o, builtin_names[0], -1)
    print(o.casefold, len(o.__dict__))


def literal_writes(o, base):
    o.casefold = base
    o.bit_length = base + 1
    o.fromkeys = base + 2
    o.append = base + 3
    o.hex = base + 4
    o.is_integer = base + 5
    o.symmetric_difference = base + 6
    o.isidentifier = base + 7
    o.maketrans = base + 8
    o.as_integer_ratio = base + 9


# a mixed order: some names first stored one way, others the other way
a = C()
a.hex = 1
setattr(a, builtin_names[0], 2)
b = C()
setattr(b, builtin_names[4], 3)
b.casefold = 4
print(vars(a), vars(b), a.casefold, b.hex)

# deleting through one copy, storing again through the other
o = C()
literal_writes(o, 0)
for n in builtin_names[::2]:
    delattr(o, n)
print(sorted(vars(o)))
for n in builtin_names[::2]:
    print(n, hasattr(o, n), end='; ')
print()
o.casefold = 'again'
print(getattr(o, builtin_names[0]), list(vars(o))[-1])
try:
    delattr(o, builtin_names[2])
except AttributeError as e:
    print('AttributeError:', e)


# kwargs whose keys are the built-in dicts' keys
class K:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


k = K(**{n: n.upper() for n in builtin_names})
print(k.casefold, k.append, k.as_integer_ratio, len(vars(k)))


def f(*, casefold=0, bit_length=0, **rest):
    return casefold, bit_length, sorted(rest)


print(f(**{builtin_names[0]: 1, builtin_names[1]: 2, builtin_names[2]: 3}))


# __slots__ and a subclass sharing its base's shape
class S:
    __slots__ = (builtin_names[0], 'bit_length', '__dict__')


s = S()
s.casefold = 1
setattr(s, builtin_names[1], 2)
setattr(s, builtin_names[3], 3)
print(getattr(s, builtin_names[0]), s.bit_length, s.append, vars(s))


class Base:
    def __init__(self):
        self.casefold = 'base'


class Sub(Base):
    def __init__(self):
        super().__init__()
        setattr(self, builtin_names[1], 'sub')


for x in (Sub(), Base(), Sub()):
    print(type(x).__name__, getattr(x, builtin_names[0]), getattr(x, 'bit_length', None), vars(x))

# __dict__ written directly, then read through attributes
o = C()
o.__dict__[builtin_names[5]] = 'via dict'
o.__dict__['is_ integer'.replace(' ', '')] = 'replaced'
print(o.is_integer, len(o.__dict__))
