import sys
import _counter_mod
import _counter_mod
import _counter_mod as again
print(_counter_mod is again, _counter_mod.loads)
_counter_mod.items.append("mutated")
from _counter_mod import items
print(items)
print(sys.modules["_counter_mod"] is _counter_mod)
del sys.modules["_counter_mod"]
import _counter_mod as fresh
print(fresh is again, fresh.items, again.items)
sys.modules["fake_module"] = "any object works"
import fake_module
print(fake_module)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
