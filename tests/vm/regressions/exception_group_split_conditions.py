def show(eg, ind=""):
    if eg is None:
        print(ind + "None"); return
    if isinstance(eg, BaseExceptionGroup):
        print(ind + f"{type(eg).__name__}({eg.message!r}) notes={getattr(eg, '__notes__', None)} cause={eg.__cause__!r} ctx={eg.__context__!r} tb={eg.__traceback__ is not None}")
        for e in eg.exceptions:
            show(e, ind + "  ")
    else:
        print(ind + repr(e if False else eg))
v1, t1, k1 = ValueError(1), TypeError(2), KeyError(3)
eg = ExceptionGroup("top", [v1, ExceptionGroup("inner", [t1, ValueError(4)]), k1])
eg.add_note("note!")
eg.__cause__ = RuntimeError("c")
show(eg)
for cond in [ValueError, (TypeError, KeyError), lambda e: isinstance(e, LookupError), OSError, Exception, lambda e: False, lambda e: e is eg]:
    m, r = eg.split(cond)
    print("split", getattr(cond, "__name__", cond if isinstance(cond, tuple) else "lambda"))
    show(m, "  m "); show(r, "  r ")
    show(eg.subgroup(cond), "  sub ")
print(eg.split(ValueError)[0].exceptions[0] is v1, eg.subgroup(lambda e: True) is eg)
for bad in [lambda: eg.split(1), lambda: eg.split(int), lambda: eg.subgroup("x"), lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("m"), lambda: BaseExceptionGroup("m", [ValueError()], 3)]:
    try:
        r = bad()
        print("ok", repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
b = BaseExceptionGroup("m", [ValueError()]); print(type(b).__name__, repr(b))
b = BaseExceptionGroup("m", [KeyboardInterrupt()]); print(type(b).__name__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("my", [ValueError(1), TypeError(2)])
m, r = meg.split(ValueError); show(m); show(r)
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError); print(type(m).__name__, type(r).__name__)
print(eg.derive([ValueError(9)]), type(eg.derive([KeyboardInterrupt()])).__name__)
print(str(eg), repr(eg), eg.args)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e))
    except* TypeError as e:
        print("caught T", repr(e))
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except* KeyError as e:
    print("rest", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped", repr(e), repr(e.exceptions[0]))
except Exception as e:
    print(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("in handler")
except Exception as e:
    print(repr(e), repr(e.__context__))
for c in [int, 1, "x", (ValueError, 1), (), (int,), callable, ValueError("inst")]:
    try:
        print(eg.split(c))
    except TypeError as e:
        print(e)
for a in [(1, [ValueError()]), ("m",), ("m", [ValueError()], 3), ("m", (ValueError(),)), ("m", {ValueError()})]:
    try:
        print(repr(ExceptionGroup(*a)))
    except TypeError as e:
        print(e)
