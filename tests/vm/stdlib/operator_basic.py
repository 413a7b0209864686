import operator as op

print(sorted(op.__all__) == op.__all__, len(op.__all__))
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), type(op.index(True)).__name__)
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.countOf([1, 2, 1, 1.0], 1))
print(op.indexOf('abc', 'c'), op.getitem({'k': 3}, 'k'))
d = {}
op.setitem(d, 'x', 1); op.setitem(d, 'y', 2); op.delitem(d, 'x')
print(d)
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(5, 9))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
l = [1]; r = op.iadd(l, [2]); print(r, r is l)
t = (1,); r = op.iadd(t, (2,)); print(r, r is t)
print(op.isub(5, 2), op.imul(3, 4), op.ipow(2, 5), op.imod(9, 4), op.ixor(6, 3), op.iconcat([0], (1,)))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__call__ is op.call)
g = op.itemgetter(1); print(g, g([5, 6, 7]), g('xyz'))
g = op.itemgetter(0, -1, 'a' == 'a'); print(g, g([5, 6, 7]))
print(op.itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, name, child=None): self.name = name; self.child = child
    def greet(self, who, punct='!'): return 'hi %s from %s%s' % (who, self.name, punct)
p = P('outer', P('inner'))
a = op.attrgetter('name'); print(a, a(p))
a = op.attrgetter('name', 'child.name'); print(a, a(p))
m = op.methodcaller('greet', 'bob', punct='?'); print(m, m(p))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',', 1)('a,b,c'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(op.itemgetter(2).__reduce__()[1], op.attrgetter('a.b').__reduce__()[1])
tests = [lambda: op.index(1.5), lambda: op.indexOf([1], 2), lambda: op.concat(1, 2),
         lambda: op.concat([1], 'a'), lambda: op.itemgetter(), lambda: op.attrgetter(1),
         lambda: op.attrgetter(), lambda: op.methodcaller(), lambda: op.methodcaller(1),
         lambda: op.itemgetter(1)(1, 2), lambda: op.itemgetter(1)(x=1),
         lambda: op.attrgetter('a')(1), lambda: op.iconcat(1, 2), lambda: op.countOf(1, 1),
         lambda: op.itemgetter(1)(), lambda: op.methodcaller('x')(),
         lambda: op.length_hint([], 1.5), lambda: op.add(1, 'a'), lambda: op.truediv(1, 0)]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
print(op.length_hint(H(4)), op.length_hint(H(NotImplemented), 7))
for v in (-1, 'x'):
    try:
        op.length_hint(H(v))
    except Exception as e:
        print(type(e).__name__, e)
