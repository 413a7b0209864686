def raiser():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    raiser()
except* ValueError as eg:
    print("ValueError group:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeError group:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("top", [KeyError("k"), ExceptionGroup("nested", [IndexError("i"), KeyError("k2")])])
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(KeyError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, IndexError))))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), OSError("unhandled")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", type(eg).__name__, repr(eg.exceptions))
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
