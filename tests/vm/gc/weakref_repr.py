# repr of weak references and proxies (addresses masked).
import weakref, re
def f(): pass
class C: pass
c = C()
for o in (f, C, c):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(weakref.ref(o))))
p = weakref.proxy(c)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(p)))
del c, o
print(re.sub("0x[0-9a-f]+", "ADDR", repr(p)))
