# The current context as the arithmetic fast paths see it: per thread, per contextvars
# Context (copy_context().run, asyncio tasks), inside localcontext, and after a context's
# fields or traps change in place.
import asyncio
import contextvars
import threading
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, Inexact,
                     Rounded, DivisionByZero, ROUND_DOWN, ROUND_UP)

one, three = D(1), D(3)
getcontext().prec = 5
print('main', one / three, three * D('1.234567'), -D('1.234567'), abs(D('-9.87654321')))

seen = {}
def worker(name, prec):
    if prec:
        getcontext().prec = prec
    seen[name] = (str(one / three), str(D('2.5') + D('0.0000001')), str(+D('1.23456789')))
threads = [threading.Thread(target=worker, args=(n, p)) for n, p in (('t0', 0), ('t3', 3), ('t9', 9))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print('main again', one / three, getcontext().prec)

def in_copy():
    setcontext(Context(prec=2, rounding=ROUND_UP))
    return str(one / three), str(D('1.01') * 1)
print('copied', contextvars.copy_context().run(in_copy), one / three)

async def task(name, prec, log):
    with localcontext() as c:
        c.prec = prec
        for _ in range(3):
            log.append((name, str(one / three)))
            await asyncio.sleep(0)
async def main():
    log = []
    await asyncio.gather(task('a', 2, log), task('b', 7, log))
    return log
print('tasks', asyncio.run(main()), one / three)

with localcontext() as c:
    c.prec = 8
    x = one / three
    c.prec = 3
    print('in place', x, one / three, x + 0, x.quantize(D('0.01')))
    c.rounding = ROUND_DOWN
    print('rounding', D(2) / 3, -D(2) / 3)
    with localcontext(prec=12) as inner:
        print('nested', one / three, inner.prec)
    print('back', one / three)
    c.traps[Inexact] = True
    try:
        one / three
    except Inexact as e:
        print('trapped', type(e).__name__)
    print('exact still', D(1) / 4, c.flags[Inexact], c.flags[Rounded])
    c.traps[DivisionByZero] = False
    print('div by zero', one / 0, c.flags[DivisionByZero])
print('outside', one / three, getcontext().flags[Inexact])

class Sub(D):
    pass
with localcontext(prec=4):
    r = Sub(1) / 3
    print('subclass', type(r).__name__, r, Sub(2) + Sub('0.00001'))
