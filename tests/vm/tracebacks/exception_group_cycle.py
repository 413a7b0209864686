a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
eg = ExceptionGroup("cyc", [a, b])
try:
    raise eg
except ExceptionGroup as g:
    raise RuntimeError("after group")
