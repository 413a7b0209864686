print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
class A: pass
print(type(A()), type(A) is type, type(A()) is A)
B = type("B", (A,), {"x": 5, "hello": lambda self: "hi from B"})
b = B()
print(B.__name__, B.__bases__, b.x, b.hello(), isinstance(b, A), B.__mro__)
C = type("C", (), {})
print(C.__name__, C.__bases__, C.__module__ if hasattr(C, "__module__") else None)
try:
    type("D", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
print(type.__name__, type(int).__name__, int.__class__.__name__)
print(type(1) == int, type(True) == int, type(True) == bool)
