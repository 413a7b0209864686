# Decimals and instances of Decimal subclasses (with a dict, slots, a finalizer,
# cycles) are created and freed in bulk; values, classes and finalizers stay right.
import gc
from decimal import Decimal, getcontext

class WithDict(Decimal):
    def __repr__(self):
        return 'WithDict(%s)' % self

class WithSlots(Decimal):
    __slots__ = ('tag',)

class Plain(Decimal):
    __slots__ = ()

class Noisy(Decimal):
    freed = 0
    def __del__(self):
        Noisy.freed += 1

total = Decimal(0)
for i in range(300):
    a = Decimal(i) / 7
    b = WithDict(i)
    b.me = b            # a cycle through the dict
    c = WithSlots(i)
    c.tag = [c, i]
    d = Plain(i) + a
    total += a + d - c
print(total, type(total).__name__)
gc.collect()

for i in range(50):
    Noisy(i)
gc.collect()
print('finalized', Noisy.freed)

p = Plain('2.50')
print(type(p).__name__, p, -p, abs(-p), p * 2, type(p * 2).__name__)
x = [Decimal(k) for k in range(200)]
y = [v * v for v in x]
del x
print(sum(y), y[-1], len(y))
try:
    p.__class__ = WithDict
except TypeError as e:
    print('TypeError:', e)
q = WithSlots(7)
q.__class__ = WithSlots
print(type(p).__name__, p)
getcontext().prec = 5
print([str(Decimal(1) / n) for n in (3, 7, 9)])
