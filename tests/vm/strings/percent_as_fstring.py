# `'...%s...' % (a, b)` with only %s/%r/%a conversions and a tuple display compiles as
# an f-string (CPython 3.11's optimizer does this): results for every flag, width and
# precision form, the order items are evaluated and formatted in, str subclasses with
# their own __format__, where tracebacks point, line events, very long formats, and the
# forms left to the `%` operator.
import dis
import sys
import traceback


class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print("  str", self.name)
        return "S" + self.name

    def __repr__(self):
        print("  repr", self.name)
        return "R" + self.name


def item(name):
    print("  eval", name)
    return Loud(name)


class Fancy(str):
    def __format__(self, spec):
        return "<fancy %r>" % spec


class MakesFancy:
    def __str__(self):
        return Fancy("f")


x, y, z = "héllo", 42, [1, "two"]
print("%s" % (x,))
print("%r|%a|%s" % (x, x, z))
print("%5s|%-5s|%.2s|%5.1s|%-7.3s|%.s|%05s|%+s|% s|%#s|%-0s|%00s|%99s|" %
      (y, y, x, x, x, x, y, y, y, y, y, y, ""))
print("a%%b%sc%%%%d%s%%" % (x, y))
print("€ %s ✓ %r" % (x, y))
print("%s%s%s" % (1, 2.5, None))
print("[%s]" % (MakesFancy(),), "[%5s]" % (MakesFancy(),))

print("order:")
print("<%s|%r|%s>" % (item("a"), item("b"), item("c")))

# more than 30 pieces
many = ("%s," * 20) % tuple(range(20))
print(many)
fmt_many = "%s-" * 18
print("%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s-%s" %
      (y, x, y, x, y, x, y, x, y, x, y, x, y, x, y, x, y, x, y, x))

# forms the `%` operator keeps
for f in (lambda: "%d|%5.2f" % (y, 2.5), lambda: "%s" % x, lambda: "%(k)s" % {"k": 1},
          lambda: "%*s" % (4, "a"), lambda: "%s %s" % (x,), lambda: "%s" % (x, y),
          lambda: "%100s" % ("a",), lambda: "%.100s" % (x,), lambda: "%s" % ((1, 2),),
          lambda: "%s%" % (x,), lambda: b"%s" % (b"b",), lambda: "%c" % (65,)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __str__(self):
        raise ValueError("bad str")

    def __repr__(self):
        raise KeyError("bad repr")


def two_lines(a, b):
    return "value: %s and %r!" % (a,
                                  b)


def padded(a):
    return "v=%5s" % (a,)


for fn, args in ((two_lines, (Bad(), 1)), (two_lines, (1, Bad())), (padded, (Bad(),))):
    try:
        fn(*args)
    except Exception:
        print("".join(traceback.format_exc().splitlines(keepends=True)[-6:]), end="")


def spread(a, b):
    s = ("%s and %s" %
         (a,
          b))
    return s


def tracer(frame, event, arg):
    if frame.f_code is spread.__code__:
        print("  ", event, frame.f_lineno - spread.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
print(spread(1, 2))
sys.settrace(None)


def simple(a):
    return "<%s>" % (a,)


print([i.opname for i in dis.get_instructions(simple)
       if i.opname in ("FORMAT_VALUE", "BUILD_STRING", "BINARY_OP")])

# precision truncating a str whose length equals the width
print([format(s, spec) for s in ("héllo", "hello", "abc") for spec in (">5.1", "5.2", "^3.1", "3.3")])
