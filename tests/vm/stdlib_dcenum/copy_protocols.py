# copy: copyreg dispatch, reduce recipes with list/dict items and slot state,
# memo keep-alive, recursive tuples, Error messages, classes and methods
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def reduce_point(p):
    print('reducing', p)
    return Point, (p.x, [p.y])
copyreg.pickle(Point, reduce_point)
p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p)
del copyreg.dispatch_table[Point]


class Bag:
    def __init__(self):
        self.items = []
        self.meta = {}

    def __reduce__(self):
        return (Bag, (), {'tag': ['t']}, iter([[1], [2]]), iter([('k', [3])]))

    def append(self, v):
        self.items.append(v)

    def __setitem__(self, k, v):
        self.meta[k] = v
b = copy.deepcopy(Bag())
print(b.items, b.meta, b.tag)
shallow = copy.copy(Bag())
print(shallow.items, shallow.meta, shallow.tag)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, 'b'))

memo = {}
inner = [1, 2]
outer = [inner, inner, (inner,)]
dup = copy.deepcopy(outer, memo)
print(dup[0] is dup[1], dup[2][0] is dup[0], memo[id(inner)] is dup[0])
print(id(memo) in memo, inner in memo[id(memo)], outer in memo[id(memo)])
print(copy.deepcopy(inner, memo) is dup[0])

holder = []
rec = (holder,)
holder.append(rec)
rc = copy.deepcopy(rec)
print(rc[0][0] is rc, rc is not rec, type(rc).__name__)
flat = (1, 'two', (3.0, None))
print(copy.deepcopy(flat) is flat, copy.copy(flat) is flat, copy.deepcopy((1, [2]))[1] == [2])


class Method:
    def __init__(self):
        self.data = [5]

    def get(self):
        return self.data
bound = Method().get
cb = copy.deepcopy(bound)
print(cb() == bound(), cb() is bound(), cb.__self__ is bound.__self__, copy.copy(bound) == bound)
print(copy.deepcopy(Method) is Method, copy.copy(int) is int, copy.deepcopy(slice(1, 2)) == slice(1, 2))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except copy.Error as e:
        print(type(e).__name__, e)


class Hooked:
    def __deepcopy__(self, memo):
        print('memo keys before:', len(memo))
        return 'replaced'
print(copy.deepcopy([Hooked(), Hooked()]))
print(copy.copy(bytearray(b'ab')), copy.deepcopy({'k': {1, 2}}), copy.copy({3: [4]}))
