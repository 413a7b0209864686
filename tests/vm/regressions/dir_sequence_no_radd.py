# Sequences have __add__ (concatenation) but no __radd__, as in CPython; + still works
# both ways, and a right operand's own __radd__ still runs.
import array
import collections

for tp in [list, tuple, str, bytes, bytearray, collections.deque, array.array, int, float, complex]:
    names = [n for n in dir(tp) if n in ("__add__", "__radd__", "__mul__", "__rmul__", "__rmod__")]
    print(tp.__name__, names, hasattr(tp, "__radd__"))


class Tail:
    def __radd__(self, other):
        return ("radd", other)


class MyList(list):
    pass


print([1] + [2], (1,) + (2,), "a" + "b", [1] + Tail(), MyList([1]) + [2])
for a, b in [(1, [2]), ([1], (2,)), ("a", b"b")]:
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)
