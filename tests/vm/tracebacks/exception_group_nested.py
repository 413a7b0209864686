def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ValueError("v")])

try:
    inner()
except ExceptionGroup as eg:
    raise ExceptionGroup("outer", [eg, RuntimeError("r")])
