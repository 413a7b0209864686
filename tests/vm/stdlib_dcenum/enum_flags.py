# enum: Flag/IntFlag composition, containment, iteration, negation and boundaries
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


def attempt(make):
    try:
        print('ok', make())
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    NONE = 0

rw = Perm.READ | Perm.WRITE
print(repr(rw), rw is Perm.RW, repr(Perm.READ | Perm.EXEC), str(Perm.READ | Perm.EXEC))
print(list(Perm), len(Perm), list(Perm.__members__), Perm._flag_mask_, Perm._all_bits_)
print(list(rw), len(rw), len(Perm.NONE), bool(Perm.NONE), bool(rw))
print(Perm.READ in rw, Perm.EXEC in rw, Perm.NONE in rw, rw in Perm.READ)
print(repr(~Perm.READ), repr(~rw), repr(~Perm.NONE), repr(rw & Perm.WRITE), repr(rw ^ Perm.RW))
print((Perm.READ | Perm.EXEC).name, Perm(0) is Perm.NONE, Perm(7).name, Perm['RW'])
attempt(lambda: Perm(9))
attempt(lambda: Perm.READ | 1)
attempt(lambda: 1 in Perm.READ)
attempt(lambda: Perm('x'))


class Soft(Flag, boundary=CONFORM):
    A = 1
    B = 4
print(repr(Soft(7)), repr(Soft(2)), repr(~Soft.A), Soft._boundary_)


class Out(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Out(7)), type(Out(7)).__name__, repr(Out(3)))


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), repr(Keep(12)), str(Keep(12)), repr(~Keep.A), list(Keep(7)))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Mode.R | Mode.W), Mode.R | Mode.W, repr(Mode.R | 8), repr(Mode(0)), str(Mode(0)))
print(repr(~Mode.R), repr(Mode(-1)), Mode.R + 1, type(Mode.R + 1).__name__, 3 | Mode.R)
print(repr(3 | Mode.R), repr(Mode.R & 6), repr(Mode.W ^ 3), Mode.R == 4, f'{Mode.R | Mode.X}')
print(repr(Mode(8 | 16)), repr(Mode(4 | 8 | 32)), Mode(6).name, Mode(0).name, sorted(Mode))
print(isinstance(Mode.R, int), Mode.R.__reduce_ex__(2), hash(Mode.R) == hash(4))


class Strict(IntFlag, boundary=STRICT):
    A = 1
    B = 2
attempt(lambda: Strict(5))
attempt(lambda: Strict(1 | 2))
print(list(FlagBoundary), str(KEEP), repr(STRICT))


class Wide(Flag):
    LOW = 1
    HIGH = 16
print(repr(Wide(17)), repr(~Wide.LOW), Wide._all_bits_)
attempt(lambda: Wide(2))
