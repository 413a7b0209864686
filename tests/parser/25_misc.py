# Leading and trailing docstring, __future__, ellipsis bodies.
"""Module docstring."""

def stub(): ...
class Proto:
    def method(self) -> int: ...
    attr: int
x = ...
print(...)
if __debug__:
    pass
assert isinstance(x, type(...))
try: pass
except Exception: pass
with a: pass
while 1: break
for _ in (): continue
def f(): return
def g(): return None
def h(): yield
async def i(): return
lambda: ...
x = [*()]
x = {**{}}
x = (*(),)
print(*(), **{})
