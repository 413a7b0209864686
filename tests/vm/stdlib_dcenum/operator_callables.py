# operator: reduce round trips of the getters, in-place forms on mutable vs immutable
# operands, dunder aliases, length_hint and index corner cases
import operator as op

m = op.methodcaller('split', sep=',')
func, args = m.__reduce__()
print(type(func).__name__, args, func(*args)('x,y'), m('p,q'))
plain = op.methodcaller('center', 7, '*')
print(plain.__reduce__()[1], plain('ab'), repr(op.methodcaller('f', 1, 'two', k=[3])))
rebuilt = op.itemgetter(*op.itemgetter(0, 'k').__reduce__()[1])
print(rebuilt({0: 'zero', 'k': 'kay'}), repr(rebuilt))
ag = op.attrgetter('real', 'imag', 'real.denominator')
print(ag(7), repr(ag), op.attrgetter('__class__.__name__')([]))

lst = [1]
print(op.iadd(lst, [2]) is lst, op.imul(lst, 2), op.iconcat(lst, 'ab'), lst)
s = {1, 2}
print(op.ior(s, {3}) is s, op.iand(s, {1, 3}), op.isub(s, {1}), op.ixor(s, {9}), s)
print(op.iadd('a', 'b'), op.ifloordiv(9, 2), op.itruediv(9, 2), op.ilshift(1, 3), op.irshift(16, 2))
print(op.imatmul.__name__, op.__inv__ is op.inv, op.__invert__ is op.invert, op.inv is op.invert)
print(op.__concat__ is op.concat, op.__index__ is op.index, hasattr(op, '__truth__'))


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class Idx:
    def __index__(self):
        return 42


print(op.countOf(Seq(4), 20), op.indexOf(Seq(5), 30), op.contains(Seq(3), 10), op.index(Idx()))
print(op.length_hint(Seq(3), 5), op.length_hint(iter([1, 2]), 0), op.length_hint(x for x in 'ab'))
print(op.getitem('hello', slice(1, 4)), op.getitem([1, 2, 3], -1), op.truth(Seq(0)), op.not_(0))
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.pos(True), op.neg(False), op.abs(-0.0), op.pow(2, -1), op.mod('%s!', 'x'))
for bad in (lambda: op.index('3'), lambda: op.getitem(1, 0), lambda: op.neg('x'),
            lambda: op.indexOf(5, 1), lambda: op.matmul(1, 2), lambda: op.lt(1, 'a')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
