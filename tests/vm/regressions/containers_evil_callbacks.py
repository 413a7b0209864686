# evil callbacks mutating containers mid-operation: must not crash
class E:
    def __init__(self, target, h=1): self.target, self.h = target, h
    def __eq__(self, o):
        self.target.clear()
        return False
    def __hash__(self): return self.h
    def __lt__(self, o):
        self.target.clear()
        return False
    def __index__(self):
        self.target.clear()
        return 0
def tryit(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, (list, dict, set)) else len(r))
    except Exception as e:
        print(label, "->", type(e).__name__)
l = []; l.extend([E(l), E(l), 1, 2]); tryit("list.index", lambda: l.index(5))
l = []; l.extend([E(l), E(l), 1, 2]); tryit("list.count", lambda: l.count(5))
l = []; l.extend([E(l), E(l), 1, 2]); tryit("list in", lambda: 5 in l)
l = []; l.extend([E(l), E(l), 1, 2]); tryit("list.remove", lambda: l.remove(5))
l = []; l.extend([E(l), E(l)]); m = [E(l), E(l)]; tryit("list ==", lambda: l == m)
l = []; l.extend([E(l), E(l)]); tryit("list <", lambda: l < [E(l), E(l)])
l = []; l.extend([E(l), E(l), E(l)]); tryit("sorted", lambda: sorted(l))
l = []; l.extend([E(l), E(l), E(l)]); tryit("list.sort", lambda: l.sort())
l = []; l.extend([1, 2, 3]); tryit("list[E]", lambda: l[E(l)])
l = []; l.extend([1, 2, 3]); tryit("list[E]=", lambda: l.__setitem__(E(l), 5))
l = []; l.extend([1, 2, 3]); tryit("list.pop(E)", lambda: l.pop(E(l)))
l = []; l.extend([1, 2, 3]); tryit("list.insert(E)", lambda: l.insert(E(l), 9))
l = []; l.extend([1, 2, 3]); tryit("list slice E", lambda: l[E(l):E(l)])
l = []; l.extend([1, 2, 3]); tryit("list.index E", lambda: l.index(3, E(l)))
d = {}; d.update({E(d): 1, E(d, 2): 2}); tryit("dict get", lambda: d.get(E(d)))
d = {}; d.update({E(d): 1, E(d, 2): 2}); tryit("dict eq", lambda: d == {E(d): 1, E(d, 2): 2})
s = set(); s.update([E(s), E(s, 2)]); tryit("set in", lambda: E(s) in s)
s = set(); s.update([E(s), E(s, 2)]); tryit("set ==", lambda: s == {E(s), E(s, 2)})
s = set(); s.update([E(s), E(s, 2)]); tryit("set &", lambda: s & {E(s), E(s, 2)})
s = set(); s.update([E(s), E(s, 2)]); tryit("set remove", lambda: s.remove(E(s)))
b = bytearray(b"abcdef"); tryit("ba[E]", lambda: b[E(b)])
b = bytearray(b"abcdef"); tryit("ba[E]=", lambda: b.__setitem__(E(b), 1))
b = bytearray(b"abcdef"); tryit("ba.insert E", lambda: b.insert(E(b), 1))
b = bytearray(b"abcdef"); tryit("ba.pop E", lambda: b.pop(E(b)))
b = bytearray(b"abcdef"); tryit("ba slice E", lambda: b[E(b):5])
b = bytearray(b"abcdef"); tryit("ba[::E]=", lambda: b.__setitem__(slice(0, 6, E(b)), b"")) 
b = bytearray(b"abcdef"); tryit("ba.join", lambda: b.join([b, b]))
b = bytearray(b"abcdef"); tryit("ba extend self-iter", lambda: b.extend(x for x in b if len(b) < 100))
l = [1, 2, 3]; tryit("list extend gen", lambda: l.extend(x for x in l if len(l) < 50))
l = [1, 2, 3]; tryit("str.join mutating", lambda: ",".join(str(l.clear() or x) for x in [1, 2]))
s = set(); s.add(Evil2(s) if False else 1); tryit("ok", lambda: 1)
l = [1, 2, 3]
class K:
    def __lt__(self, o):
        l.append(1)
        return True
tryit("max mutate", lambda: type(max([K(), K(), K()])).__name__)
it_list = [1, 2, 3]
def g():
    for x in it_list:
        it_list.append(x)
        if len(it_list) > 20: return
        yield x
tryit("tuple(gen)", lambda: tuple(g()))
t = [3, 2, 1]
tryit("list(reversed) mutate", lambda: [t.clear() or x for x in reversed(t)])
print("done")
