# The gc module's interface.
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
default = gc.get_threshold()  # not printed: stress builds change it
print(len(default))
gc.set_threshold(500, 5, 5); print(gc.get_threshold())
gc.set_threshold(700); print(gc.get_threshold())
gc.set_threshold(*default)
print(type(gc.get_count()), len(gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({"k": []}))
class C: pass
print(gc.is_tracked(C()))
x = []
y = [x]
print(any(r is y for r in gc.get_referrers(x)))
print(any(r is x for r in gc.get_referents([1, "a", x])))
print(any(o is y for o in gc.get_objects()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
print(gc.DEBUG_SAVEALL, gc.get_debug())
print(gc.garbage)

# DEBUG_SAVEALL keeps the garbage in gc.garbage
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]; l.append(l)
del l
gc.collect()
print(any(type(o) is list and len(o) == 2 and o[1] is o for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()

# callbacks
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)

# freeze
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
