class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object), isinstance(b, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (float, (str, int))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(A, A), isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance({}, dict))
print(isinstance(1, int | str), issubclass(bool, int | None))
