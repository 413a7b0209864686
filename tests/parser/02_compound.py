if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    x -= 1
    if x == 5:
        break
    else:
        continue
else:
    done()

for i in range(10):
    print(i)
else:
    print("done")

for i, (j, k) in enumerate(pairs):
    pass

for x, in items: pass
for *a, b in c: pass
for a.b in c: pass
for a[0] in c: pass
for [a, b] in c: pass
for x in *a, *b: pass
for x in a, b,: pass

try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    handle(e)
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass

with open(f) as fh:
    data = fh.read()
with a as b, c as d:
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield_x) as y: pass
with a, b: pass
with (open(x)) as f, g: pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c, d as e[0]: pass
with (
    open("a") as a,
    open("b") as b,
):
    pass

class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    """Docstring."""

class D(): pass
class E(*bases): pass
