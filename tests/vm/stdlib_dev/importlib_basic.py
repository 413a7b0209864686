# importlib, importlib.util, importlib.machinery, sysconfig basics
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig

json = importlib.import_module("json")
print(json.__name__, importlib.import_module(".decoder", "json").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

with open("_importlib_scratch.py", "w") as f:
    f.write("VALUE = 1\n")
import _importlib_scratch
print(_importlib_scratch.VALUE)
with open("_importlib_scratch.py", "w") as f:
    f.write("VALUE = 2\nEXTRA = 'x'\n")
importlib.invalidate_caches()
mod = importlib.reload(_importlib_scratch)
print(mod is _importlib_scratch, mod.VALUE, mod.EXTRA)

spec = importlib.util.find_spec("_importlib_scratch")
print(spec.name, os.path.basename(spec.origin), spec.parent == "")
print(importlib.util.find_spec("definitely_missing_mod"))
print(importlib.util.find_spec("math") is not None, importlib.util.find_spec("json.decoder").name)
print(importlib.util.resolve_name(".b", "a.c"))

spec = importlib.util.spec_from_file_location("scratch2", "_importlib_scratch.py")
m = importlib.util.module_from_spec(spec)
print(m.__name__, "VALUE" in vars(m))
spec.loader.exec_module(m)
print(m.VALUE, os.path.basename(m.__file__), m.__spec__ is spec)
os.remove("_importlib_scratch.py")
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)

print(".py" in importlib.machinery.SOURCE_SUFFIXES, ".so" in importlib.machinery.EXTENSION_SUFFIXES)
print(isinstance(json.__spec__, importlib.machinery.ModuleSpec))
print(sysconfig.get_python_version(), sysconfig.get_platform().startswith("linux"))
ext = sysconfig.get_config_var("EXT_SUFFIX")
soabi = sysconfig.get_config_var("SOABI")
print(ext == "." + soabi + ".so", ext.endswith("-311-x86_64-linux-gnu.so"))
print(ext in importlib.machinery.EXTENSION_SUFFIXES)
paths = sysconfig.get_paths()
print(sorted(paths), paths["purelib"].endswith("site-packages"))
print(sysconfig.get_config_vars("py_version_short", "NOPE"), sysconfig.get_default_scheme())
