# `seq[a:b:c]` and `seq[a:b:c] = v` (BUILD_SLICE; BINARY_SUBSCR / STORE_SUBSCR): the
# fused forms for exact lists, tuples and strs with small-int or None bounds, against
# every other container and bound -- subclasses, big ints, bools, __index__ objects, a
# zero step, values that are not lists, a value that is the list itself, an iterable
# that raises -- and where the traceback points.
import traceback


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Index({self.v})"


class Recorder:
    def __getitem__(self, key):
        return ("get", type(key).__name__, key.start, key.stop, key.step)

    def __setitem__(self, key, value):
        print("set", key, value)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", list.__getitem__(self, key))

    def __setitem__(self, key, value):
        print("MyList set", key)
        list.__setitem__(self, key, value)


class MyStr(str):
    pass


def reads(seq, a, b, c):
    return [seq[a:b], seq[a:], seq[:b], seq[:], seq[a:b:c], seq[::c], seq[b:a:-1], seq[::-1]]


BOUNDS = [
    (0, 3, 1), (1, -1, 2), (-2, 10, -1), (5, 0, -2), (-100, 100, 3), (3, 3, 1),
    (None, None, -1), (2**70, -(2**70), -1), (True, 5, 1), (Index(1), Index(4), Index(2)),
    (1, 2**63, 2**62), (-(2**63), 1, -3),
]
SEQS = [list(range(8)), tuple("abcdefgh"), "héllo wörld", "plain ascii", "\U0001f600xyz",
        MyList([1, 2, 3, 4]), MyStr("subclass"), b"bytes!", bytearray(b"array"), range(10),
        Recorder(), []]

for _ in range(3):
    for seq in SEQS:
        for a, b, c in BOUNDS:
            r = reads(seq, a, b, c)
            print(type(seq).__name__, a if not isinstance(a, Index) else "Index", r)

# the result is a new object of the exact type, even for a full slice
lst = [1, 2, 3]
tup = (1, 2, 3)
print(lst[:] is lst, lst[:] == lst, tup[:] is tup, type(MyStr("ab")[:]))

# a zero step, and bounds that are not indexes: errors where CPython raises them
for seq in ([1, 2, 3], (1, 2), "abc", MyList([1])):
    for a, b, c in ((0, 2, 0), ("x", 2, 1), (0, 1.5, 1), (None, None, [])):
        try:
            print(seq[a:b:c])
        except Exception as e:
            print(type(e).__name__, e)
try:
    print({}[1:2])
except TypeError as e:
    print("TypeError", e)

# stores
def stores(a, b, c, v):
    lst = list(range(10))
    try:
        lst[a:b:c] = v
        return lst
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for _ in range(3):
    for a, b, c in ((0, 3, 1), (2, 8, 2), (8, 2, -2), (None, None, -1), (5, 1, 1),
                    (-3, None, None), (2**70, 0, -1), (Index(1), 3, 1), (0, 10, 3)):
        for v in ([], [7, 8, 9], (7, 8), "xyz", range(5), iter([1, 2, 3]), [0] * 10, 5):
            print(a if not isinstance(a, Index) else "Index", b, c, stores(a, b, c, v))

lst = [1, 2, 3, 4]
lst[:] = lst
lst[1:3] = lst
print(lst)
lst[::-1] = lst
print(lst)
lst[::2] = lst[1::2]
print(lst)
ml = MyList([1, 2, 3])
ml[0:2] = [9]
print(ml)
rec = Recorder()
rec[1:2] = "v"
rec[::3] = "w"
try:
    tup[0:1] = [5]
except TypeError as e:
    print("TypeError", e)


def gen_raising():
    yield 1
    raise KeyError("from the iterable")


lst = [1, 2, 3]
try:
    lst[0:1] = gen_raising()
except KeyError as e:
    print("KeyError", e, lst)


# where the traceback points, fused and unfused
def bad_step(seq):
    return seq[1:2:0]


def bad_extended(lst):
    lst[::2] = [1]


def bad_iterable(lst):
    lst[0:2] = 5


for f, arg in ((bad_step, [1, 2]), (bad_step, "ab"), (bad_step, MyList()),
               (bad_extended, [1, 2, 3, 4]), (bad_iterable, [1, 2])):
    try:
        f(arg)
    except Exception:
        print("".join(traceback.format_exc().splitlines(keepends=True)[-4:]), end="")

# deletes and augmented assignments over slices are not fused and still work
lst = list(range(6))
del lst[1:5:2]
lst[1:3] += [10, 11]
print(lst)
s = "abcdef"
s = s[1:4] + s[4:] + s[:1]
print(s)
