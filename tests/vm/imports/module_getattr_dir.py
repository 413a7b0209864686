import _lazy_mod
print(_lazy_mod.LOADED, _lazy_mod.dyn_thing)
from _lazy_mod import dyn_imported
print(dyn_imported)
try:
    _lazy_mod.missing
except AttributeError as e:
    print("AttributeError", e)
print(dir(_lazy_mod))
print(getattr(_lazy_mod, "dyn_x"), hasattr(_lazy_mod, "nothing"))
