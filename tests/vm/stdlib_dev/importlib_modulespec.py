# importlib.machinery.ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)
from importlib.machinery import ModuleSpec
import importlib.util

s = ModuleSpec("x", None)
print(s)
print(s.name, s.loader, s.origin, s.loader_state, s.submodule_search_locations)
print(repr(s.parent), s.has_location, s.cached)

s = ModuleSpec("a.b", "L", origin="/o.py", loader_state=3, is_package=1)
print(s)
print(s.loader_state, s.parent, s.has_location)
s = ModuleSpec(name="p.q", loader=None, is_package=False)
print(s, repr(s.parent))


class Falsy:
    def __bool__(self):
        raise ValueError("no truth")


try:
    ModuleSpec("x", None, is_package=Falsy())
except ValueError as e:
    print("ValueError:", e)

for args, kwargs in [((), {}), (("x",), {}), ((), {"name": "x"}), ((), {"loader": None}),
                     (("x", None, "o"), {}), (("x", None, 1, 2), {}),
                     (("x", None), {"foo": 1}), ((), {"foo": 1}),
                     (("x", None), {"name": "y"}), (("x", None, "o"), {"name": 1}),
                     (("x", None, "o"), {"origin": 1}),
                     (("x", None, "o", 4), {"origin": 1, "is_package": 2})]:
    try:
        ModuleSpec(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# the importlib.util helpers build specs through the same constructor
s = importlib.util.spec_from_loader("m", None, origin="here")
print(s, s.has_location)
s = importlib.util.spec_from_file_location("m", "/nowhere/m.py")
print(s.name, s.origin, s.has_location, s.submodule_search_locations)
