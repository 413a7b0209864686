import _globals_a
from _globals_a import shared, get_shared, set_shared
shared = "main's rebinding"
print(get_shared(), _globals_a.shared)
set_shared("changed via function")
print(shared, get_shared(), _globals_a.shared)
_globals_a.shared = "changed via attribute"
print(get_shared())
print(get_shared.__globals__ is vars(_globals_a), get_shared.__module__)
