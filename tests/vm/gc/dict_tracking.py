# Dicts are tracked by the cycle collector only once they hold something that could close
# a cycle (as in CPython): literals, dict(), copies, updates, setdefault, keyword-argument
# dicts, subclasses, and self-referencing dicts that a collection must still find.
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": (1, 2)}), gc.is_tracked({"a": []}))
print(gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[1])), gc.is_tracked({1: "x"}.copy()))
d = {"a": 1}
d["b"] = [1]
print(gc.is_tracked(d))
e = {"x": 1}
e.setdefault("y", {})
print(gc.is_tracked(e))
f = {"k": 1}
f.update({"z": (1, [])})
print(gc.is_tracked(f))
g = {("a", 1): 2}
print(gc.is_tracked(g), gc.is_tracked({(1, frozenset()): 1}))
def kw(**k): return k
print(gc.is_tracked(kw(a=1, b="s")), gc.is_tracked(kw(a=[])))
class O: pass
print(gc.is_tracked({"o": O()}), gc.is_tracked(O().__dict__))
gc.collect()
h = {}
h["self"] = h
del h
print(gc.collect())
j = {"v": 1}
j["v"] = j
del j
print(gc.collect())
class Sub(dict): pass
print(gc.is_tracked(Sub()), gc.is_tracked({**{"a": 1}}), gc.is_tracked(dict.fromkeys("ab")))
