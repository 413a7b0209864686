# A coroutine object dropped without being awaited warns "coroutine '...' was never
# awaited" (RuntimeWarning) at the line where it is dropped; an awaited, closed or
# started coroutine does not.
import warnings


async def job():
    return 1


class Holder:
    async def method(self):
        pass


def drop_one():
    job()


drop_one()
c = job()
del c
print('printed warnings above on stderr')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    job()
    Holder().method()
    closed = job()
    closed.close()
    del closed
    started = job()
    try:
        started.send(None)
    except StopIteration as e:
        print('returned', e.value)
    del started
for w in caught:
    print(w.category.__name__, w.message, w.lineno, type(w.source).__name__)

import sys


def hook(unraisable):
    print('unraisable:', type(unraisable.exc_value).__name__, unraisable.exc_value,
          type(unraisable.object).__name__)


sys.unraisablehook = hook
warnings.simplefilter('error')
job()
print('an error filter does not raise into the code that dropped it')
