# A SimpleNamespace that contains itself prints "namespace(...)" for the inner reference.
import types

ns = types.SimpleNamespace(a=1)
ns.me = ns
print(repr(ns))
outer = types.SimpleNamespace(inner=types.SimpleNamespace(back=None))
outer.inner.back = outer
print(outer)


class Sub(types.SimpleNamespace):
    pass


s = Sub(x=[1])
s.x.append(s)
print(s)
