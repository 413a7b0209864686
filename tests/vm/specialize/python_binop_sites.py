# Binary operators on instances of Python classes at hot sites: the class's dunder runs
# as an inline frame. Checks NotImplemented and the right operand's methods, subclasses
# with reflected overrides, in-place forms, methods replaced or added mid-loop,
# exceptions and tracebacks, recursion, generators and unusual signatures.
import sys
import traceback


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __radd__(self, o):
        return ("radd", o)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


acc = Vec(0, 0)
for i in range(500):
    v = Vec(i, 2 * i)
    acc = acc + v - Vec(1, 1)
    acc = acc * 1 if i % 2 else acc * 1.0
    dot = v * v
print(acc, dot, Vec(3, 4) / 2)

# NotImplemented from the left operand's method: same class, then int on the right
for i in range(300):
    try:
        Vec(1, 1) + 5
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)


class Other:
    def __radd__(self, o):
        return ("Other.radd", type(o).__name__)


print([Vec(1, 2) + Other() for _ in range(200)][-1])


class Sub(Vec):
    __slots__ = ()

    def __radd__(self, o):
        return ("Sub.radd first", type(o).__name__)


res = []
for i in range(300):
    res.append(Vec(i, i) + (Sub(1, 1) if i % 3 == 0 else Vec(1, 1)))
print(res[0], res[1], res[299])


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Acc(self.n + (o.n if isinstance(o, Acc) else o))


a = Acc(0)
for i in range(300):
    a += i
    if i == 150:
        Acc.__iadd__ = lambda self, o: Acc(self.n - 1000)
print(a.n)
del Acc.__iadd__
for i in range(100):
    a += Acc(1)
print(a.n)

b = Acc(0)
for i in range(300):
    if i == 100:
        Acc.__add__ = lambda self, o: Acc(self.n + 2 * o)
    if i == 200:
        def plain_add(self, o):
            return Acc(self.n + 3 * o)
        Acc.__add__ = plain_add
    b = b + 1
print(b.n)


class Failing:
    def __sub__(self, o):
        return 1 / o


def use_failing():
    f = Failing()
    total = 0
    for i in range(300, -1, -1):
        total += f - i
    return total


try:
    use_failing()
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if not l.startswith("  File")))
    print(sum(1 for l in lines if l.startswith("  File")))


class Deep:
    def __init__(self, d):
        self.d = d

    def __add__(self, o):
        if self.d == 0:
            return 0
        return Deep(self.d - 1) + o


print(sum(Deep(5) + 1 for _ in range(200)))
try:
    Deep(100000) + 1
except RecursionError as e:
    print("RecursionError:", e)


class Who:
    def __mul__(self, o):
        return sys._getframe(1).f_code.co_name


def caller():
    return [Who() * 2 for _ in range(200)][-1]


print(caller())


class GenAdd:
    def __add__(self, o):
        yield o


class PowMod:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)


class KwOnly:
    def __and__(self, o, *, flag=True):
        return ("and", o, flag)


print([list(GenAdd() + 3) for _ in range(200)][-1], [PowMod() ** 2 for _ in range(200)][-1],
      pow(PowMod(), 2, 5), [KwOnly() & 1 for _ in range(200)][-1])


class ReturnsNI:
    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return "rmul never tried for the same class"


for i in range(300):
    try:
        ReturnsNI() * ReturnsNI()
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
try:
    r = ReturnsNI()
    r *= 2.5
except TypeError as e:
    print("TypeError:", e)
