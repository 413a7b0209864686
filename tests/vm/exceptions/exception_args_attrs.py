e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("only")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "No such file")))
oe = OSError(2, "No such file or directory", "missing.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe).__name__)
print(type(OSError(2, "x")).__name__, type(FileNotFoundError()).__name__, issubclass(FileNotFoundError, OSError))
si = StopIteration(7)
print(si.value, si.args)
se = SystemExit(3)
print(se.code, se.args)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ne = NameError("n", name="n")
print(ne.name)
ae = AttributeError("a", name="attr", obj=None)
print(ae.name, ae.obj)
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = Custom(404, "not found")
print(c.code, c.args, str(c), repr(c))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
print(repr(NoSuper(1)), NoSuper(1).args)
print(BaseException("b").args, Exception().args == ())
