# pickle: plain classes, __slots__, __reduce__/__reduce_ex__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, copyreg.dispatch_table, Pickler/Unpickler objects,
# persistent ids, and the errors.
import io
import pickle
import copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Slotted:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1
        self.__b = 2
    def __repr__(self):
        return 'Slotted(%r, %r)' % (self.a, self._Slotted__b)

class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 2,))

class Stateful:
    def __init__(self):
        self.secret = 'hidden'
        self.shown = 1
    def __getstate__(self):
        return {'shown': self.shown}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True

class WithNew(int):
    def __new__(cls, v, *, tag='t'):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs_ex__(self):
        return (int(self),), {'tag': self.tag}

for proto in range(6):
    p = Point(1, [2, 3])
    data = pickle.dumps(p, proto)
    print(proto, data)
    print(' ', pickle.loads(data) == p, pickle.loads(pickle.dumps(Slotted(), proto)) if proto >= 2 else '-')
    print(' ', pickle.loads(pickle.dumps(Custom(3), proto)).v, vars(pickle.loads(pickle.dumps(Stateful(), proto))))
    if proto >= 2:
        w = pickle.loads(pickle.dumps(WithNew(5, tag='x'), proto))
        print(' ', type(w).__name__, w, w.tag)
print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[1:3])
print(Point(1, 2).__reduce_ex__(0)[:2][1], copyreg.__newobj__(Point, ).__class__.__name__)

class Temp:
    def __init__(self, c):
        self.c = c
copyreg.pickle(Temp, lambda t: (Temp, (t.c + 100,)))
print(pickle.loads(pickle.dumps(Temp(1))).c)
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dispatch_table = {Temp: lambda t: (Temp, (-t.c,))}
pk.dump(Temp(5))
pk.dump([1, 2])
buf.seek(0)
up = pickle.Unpickler(buf)
print(up.load().c, up.load())

class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID%d' % obj.c if isinstance(obj, Temp) else None
class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded ' + pid
for proto in (0, 2):
    buf = io.BytesIO()
    PersPickler(buf, proto).dump([Temp(7), 1])
    print(buf.getvalue(), PersUnpickler(io.BytesIO(buf.getvalue())).load())

for bad in [lambda: pickle.loads(b''), lambda: pickle.loads(b'\x80\x04zzz'),
            lambda: pickle.loads(b'(.'), lambda: pickle.dumps(1, 6), lambda: pickle.loads('x'),
            lambda: pickle.loads(b'\x80\x02Q.'), lambda: pickle.loads(b'\x80\x02K'),
            lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps((x for x in ()))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__mro__[1].__name__)
