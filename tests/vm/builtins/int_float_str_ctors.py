print(int(), int("12"), int(3.9), int("z", 36), int(" -5 "), int(b"7"), int(True))
print(float(), float("1.5"), float(2), float("-inf"), float(" 3e2 "))
print(str(), str(1), str(1.0), str([1]), str(b"x"), str(None))
print(complex(), complex(1), complex(1, 2), complex("3+4j"))
print(bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 8
class Fl:
    def __float__(self): return 2.5
print(int(I()), int(X()), float(Fl()), float(X()))
try:
    int(Fl())
except TypeError as e:
    print("TypeError", e)
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
