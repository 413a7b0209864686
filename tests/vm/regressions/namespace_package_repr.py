# A directory without __init__.py imports as a namespace package (PEP 420); a regular
# module of the same name elsewhere on the path would win.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, "_nsrepr_scratch")
for sub in ("a", "b"):
    os.makedirs(os.path.join(base, sub, "nsr"), exist_ok=True)
with open(os.path.join(base, "a", "nsr", "one.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(base, "b", "nsr", "two.py"), "w") as f:
    f.write("Y = 2\n")
sys.path[:0] = [os.path.join(base, "a"), os.path.join(base, "b")]
import nsr.one, nsr.two
print(nsr.one.X, nsr.two.Y, nsr.__file__, nsr.__spec__.origin)
print([os.path.relpath(p, here) for p in nsr.__path__])
print(repr(nsr).startswith("<module 'nsr' (<_frozen_importlib_external.NamespaceLoader object at "))
import shutil
shutil.rmtree(base)
