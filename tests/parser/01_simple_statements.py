# Simple statements of every kind.
x = 1
x = y = z = 2
a, b = 1, 2
a, *b = [1, 2, 3]
*a, b = range(3)
[a, b] = (1, 2)
(a, b), c = (1, 2), 3
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x <<= 1
x >>= 1
x &= 7
x |= 8
x ^= 1
m @= m
obj.attr = 5
obj.attr += 5
obj[0] = 1
obj[1:2] = []
obj[::2] = obj[1::2]
del x
del a, b
del obj.attr, obj[0], (c)
del [a, b], (d, e)
del x,
pass
assert x
assert x, "message"
assert (x, y)
global g1, g2
import os
import os.path
import os.path as osp, sys as system
from os import path
from os import (path, sep,)
from os import path as p, sep as s
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import name as other
from . import (a, b)
from .... import deep
from ..... import deeper
from __future__ import annotations
from os import *
raise
raise ValueError
raise ValueError("x") from None
raise E from exc
x = 1; y = 2; z = 3;
if x: pass; y = 1
print(*args, **kwargs)
print(*a, *b, c=1, **d, **e)
f(a)(b)(c)
x = yield_ = 3
lambda_ = 1
