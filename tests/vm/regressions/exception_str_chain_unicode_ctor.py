class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2); print(repr(e), str(e), e.args)
class KE(KeyError):
    pass
print(str(KE("x")), repr(KE("x")), str(KeyError("a", "b")), str(KeyError(("a",))), str(KeyError([])))
class WithStr(ValueError):
    def __str__(self): return "ws"
print(repr(WithStr(1)), str(WithStr()), f"{WithStr()}", "%s" % WithStr())
print(str(ValueError(None)), repr(ValueError(None)), str(ValueError([1])), str(Exception(1, (2,))), repr(Exception("a'b")), str(Exception("é")), repr(Exception(b"x")))
print(str(StopIteration(1)), repr(StopAsyncIteration()), repr(GeneratorExit()), str(UnicodeError("x")), repr(UnicodeError()), str(UnicodeDecodeError("a", b"", 0, 0, "r")))
e = UnicodeDecodeError("utf-8", b"\xff\xfe\xfd", 0, 2, "bad"); print(str(e))
e = UnicodeEncodeError("ascii", "\U0001F600x", 0, 1, "bad"); print(str(e))
e = UnicodeEncodeError("ascii", "\x7fx", 0, 1, "bad"); print(str(e))
e = UnicodeEncodeError("ascii", "\u0100", 0, 1, "bad"); print(str(e))
e = UnicodeDecodeError("utf-8", b"\x41", 5, 9, "bad"); print(str(e))
for bad in [lambda: UnicodeDecodeError("a", "s", 0, 1, "r"), lambda: UnicodeDecodeError("a"), lambda: UnicodeEncodeError(1, "s", 0, 1, "r"), lambda: UnicodeTranslateError("s", 0, 1)]:
    try:
        print(repr(bad()))
    except TypeError as x:
        print("TypeError", x)
e = ValueError("x")
e.args = ("y", "z")
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e = Exception()
e.__traceback__ = None
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)
try:
    raise ValueError("v")
except ValueError as x:
    tb = x.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
    e2 = TypeError("t").with_traceback(tb)
    print(e2.__traceback__ is tb)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
def chain(n):
    try:
        if n == 0:
            raise ValueError(0)
        chain(n - 1)
    except ValueError as e:
        raise ValueError(n) from e
try:
    chain(5)
except ValueError as e:
    c, depth = e, 0
    while c is not None:
        c, depth = c.__cause__, depth + 1
    print("chain depth", depth)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError), issubclass(EncodingWarning, Warning), issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, Exception), ExceptionGroup.__bases__, RecursionError.__base__, NotImplementedError.__base__, IndentationError.__mro__[1:3], TabError.__base__, UnicodeDecodeError.__base__, FloatingPointError.__base__, KeyboardInterrupt.__base__, ResourceWarning.__base__)
import builtins
print(sorted(n for n in dir(builtins) if n.endswith(("Error", "Warning", "Exception", "Group", "Exit", "Interrupt", "Iteration"))))
for a in [("a", "s", 0, 1, "r"), ("a", b"s", "x", 1, "r"), ("a", b"s", 0, 1, 2), (1, b"s", 0, 1, "r"), ("a", bytearray(b"s"), 0, 1, "r"), ("a", b"s", 0, 1, "r", 6), ("a", b"s", True, 1, None)]:
    try:
        e = UnicodeDecodeError(*a); print(repr(e), type(e.object).__name__, e.start, str(e))
    except TypeError as x:
        print(x)
for a in [(1, "s", 0, 1, "r"), ("a", b"s", 0, 1, "r"), ("a", "s", 1.0, 1, "r"), ("a", "s", 0, 1, None)]:
    try:
        print(repr(UnicodeEncodeError(*a)))
    except TypeError as x:
        print(x)
for a in [(b"s", 0, 1, "r"), ("s", 0, 1, 3), ("s", 0, 1, "r")]:
    try:
        print(repr(UnicodeTranslateError(*a)))
    except TypeError as x:
        print(x)
