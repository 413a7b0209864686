import pkg_basic.mod_a as ma
import math
print(ma.__name__, ma.__package__, ma.__doc__, type(ma.__dict__).__name__)
print(sorted(k for k in vars(ma) if not k.startswith("__")))
print(ma.__spec__.name, ma.__spec__.parent, ma.__loader__ is not None)
print(math.__name__, math.__doc__ is not None, type(math).__name__)
print(repr(math).startswith("<module 'math'"))
print(__name__, __doc__, __package__)
mod_type = type(math)
new = mod_type("made_up", "a doc")
new.x = 1
print(new.__name__, new.__doc__, new.x, repr(new))
