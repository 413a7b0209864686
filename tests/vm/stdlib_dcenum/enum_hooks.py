# enum: hooks (_missing_, _generate_next_value_, _ignore_, _order_), member/nonmember,
# functional API, global_enum, verify/unique, dir, reduce, data-type mixins
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, member,
                  nonmember, global_enum, UNIQUE, CONTINUOUS, NAMED_FLAGS)


def attempt(make):
    try:
        print('ok', make())
    except Exception as e:
        ctx = e.__context__
        print(type(e).__name__, e, '| context:', repr(ctx) if ctx is not None else None)


class Code(Enum):
    OK = 200
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        if value == 'bad':
            return 'nope'
        if value == 'boom':
            raise KeyError(value)
        return None
print(Code('200'), Code(200) is Code.OK)
attempt(lambda: Code('bad'))
attempt(lambda: Code('boom'))
attempt(lambda: Code(404))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d' % (name.lower(), count)
    ALPHA = auto()
    BETA = auto()
print(list(Lower))


class Mixed(Enum):
    _ignore_ = 'k'
    ONE = 1
    for k in range(2, 4):
        vars()['N%d' % k] = k
    helper = nonmember(99)
    @member
    def doubled(self):
        return 2
    def plain(self):
        return 'plain'
    _private = 5
print([m.name for m in Mixed], Mixed.helper, Mixed.ONE.plain(), Mixed._private.value)
print(sorted(dir(Mixed.ONE)), dir(Mixed)[:3])


def bad_order():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
attempt(bad_order)


def bad_sunder():
    class O(Enum):
        _odd_ = 1
attempt(bad_sunder)


def redefine():
    class O(Enum):
        f = 3
        def f(self):
            pass
attempt(redefine)

Animal = Enum('Animal', 'ANT, BEE CAT', start=10)
print(list(Animal), Animal.__module__, Animal.CAT.value)
Pairs = Enum('Pairs', [('X', 'x'), ('Y', 'y')], type=str, qualname='Outer.Pairs')
print(list(Pairs), Pairs.__qualname__, Pairs.X.upper(), Pairs('y'))
Bits = Flag('Bits', ['P', 'Q', 'R'])
print([b.value for b in Bits], Bits(5), repr(~Bits.Q))
print(Animal.BEE.__reduce_ex__(2), Bits.P.__reduce_ex__(4))


@global_enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(repr(LOW), str(HIGH), LOW + HIGH, f'{HIGH:03d}')

attempt(lambda: verify(UNIQUE)(Enum('U', [('A', 1), ('B', 1), ('C', 2), ('D', 2)])))
attempt(lambda: verify(CONTINUOUS)(Enum('C', [('A', 1), ('B', 2), ('C', 6)])))
attempt(lambda: unique(Enum('V', [('A', 1), ('B', 1)])))


def named_flags():
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        ALL = 7
attempt(named_flags)


class Temp(float, Enum):
    HOT = 40.5
    COLD = -3.0
print(repr(Temp.HOT), str(Temp.COLD), format(Temp.HOT), Temp.HOT + 1, Temp(40.5))


class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(repr(Pt.UNIT), Pt.UNIT[0], Pt((0, 0)))


class Word(StrEnum):
    HELLO = auto()
    BYE = 'Bye'
print(str(Word.HELLO), format(Word.BYE, '>6'), repr(Word.BYE), Word.HELLO == 'hello')
print(sorted(Word), Word('Bye') is Word.BYE)

attempt(lambda: Word.HELLO.__setattr__('value', 3))
attempt(lambda: setattr(Word, 'BYE', 1))
attempt(lambda: delattr(Word, 'BYE'))
attempt(lambda: Word['NOPE'])
attempt(lambda: Enum(3))

class Empty(Enum):
    pass
attempt(lambda: Empty(1))
print(len(Empty), list(Empty), bool(Empty), Empty.__members__)
