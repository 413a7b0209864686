import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    for args in [(), ("msg",), ("a", 2)]:
        try:
            e = cls(*args)
        except Exception as x:
            print(n, args, "ctor", type(x).__name__, x)
            continue
        print(n, len(args), repr(e), "|", str(e), "|", e.args)
for n in ["OSError", "FileNotFoundError", "PermissionError"]:
    cls = getattr(builtins, n)
    for args in [(2, "No such"), (2, "No such", "f.txt"), (2, "x", "a", 0, "b"), (1, 2, 3, 4, 5, 6)]:
        e = cls(*args)
        print(n, repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(11, "x")).__name__, type(OSError(17, "x")).__name__)
print(EnvironmentError is OSError, IOError is OSError)
e = KeyError("k"); print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"); print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range"); print(str(e), e.args)
e = UnicodeTranslateError("é", 0, 1, "bad"); print(str(e), e.args)
e = SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 4)); print(str(e), repr(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.msg)
e = StopIteration(5); print(e.value, StopIteration().value, StopIteration(1, 2).value)
e = SystemExit(3); print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = ImportError("m", name="n", path="p"); print(str(e), repr(e), e.name, e.path, e.msg)
e = NameError("x", name="y"); print(e.name, repr(e))
e = AttributeError("x", name="y", obj=3); print(e.name, e.obj, repr(e))
try:
    ImportError(foo=1)
except TypeError as x:
    print(x)
try:
    ValueError(x=1)
except TypeError as x:
    print(x)
e = ValueError(1); e.args = [1, 2]; print(e.args, str(e))
e = ValueError(); e.__notes__ = []; e.add_note("n1"); print(e.__notes__)
try:
    e.add_note(1)
except TypeError as x:
    print(x)
e = Exception("x"); print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError(); print(e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as x:
    print(x)
try:
    e.__context__ = 1
except TypeError as x:
    print(x)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as x:
    print(repr(x.__cause__), x.__suppress_context__, repr(x.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as x:
    print(repr(x.__cause__), x.__suppress_context__, repr(x.__context__))
try:
    raise ValueError from 1
except TypeError as x:
    print(x)
try:
    raise ValueError from KeyError
except ValueError as x:
    print(repr(x.__cause__))
try:
    raise 5
except TypeError as x:
    print(x)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
e = ValueError(1, 2); print(e.__reduce__(), e.with_traceback(None) is e)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyErr(1, 2); print(repr(e), str(e), e.args, e.b, e.__dict__)
class E2(Exception):
    def __str__(self): return "custom"
print(repr(E2(1)), str(E2(1)))
class E3(ValueError): pass
print(repr(E3()), repr(E3("x", 1)), E3.__mro__)
print(repr(BaseExceptionGroup("m", [ValueError(1)])), str(ExceptionGroup("m", [ValueError(1), TypeError(2)])))
print(str(OSError()), str(OSError(5)), repr(OSError(None, None)))
print(repr(BlockingIOError(11, "x", 5)), BlockingIOError(11, "x", 5).characters_written)
