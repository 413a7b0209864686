print(str(), str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print(str(bytearray(b"xy"), "latin-1"), str(memoryview(b"mv"), "ascii"))
class A:
    def __str__(self): return "A.__str__"
    def __repr__(self): return "A.__repr__"
class B:
    def __repr__(self): return "B.__repr__"
print(str(A()), repr(A()), str(B()), [A()], f"{A()}", "%s %r" % (A(), A()))
print(str(str), str(int), str(len).startswith("<built-in function len"))
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
try:
    str("already str", "utf-8")
except TypeError as e:
    print("TypeError", e)
print(type(str("x")).__name__, str("x") == "x")
