# runpy.run_module: globals of the run, packages, alter_sys, warnings and errors
import runpy
import sys
import warnings

print(runpy.__all__)
before = sorted(sys.modules)
g = runpy.run_module("runpy_data.plain", init_globals={"given": 1, "value": 2, "__name__": "no"})
print(g["value"], g["given"], g["__name__"], g["__package__"], g["__spec__"].name)
print(g["__doc__"], g["__file__"].rpartition("/")[2], g["__loader__"] is g["__spec__"].loader)
print("__builtins__" in g, "__cached__" in g, type(g).__name__)
print("plain imported?", "runpy_data.plain" in sys.modules)
print([k for k in g if k.startswith("__") and k != "__builtins__"])

argv0 = sys.argv[0]
g = runpy.run_module("runpy_data.plain", run_name="renamed", alter_sys=True)
print(g["__name__"], g["__package__"], g["__spec__"].name, g["value"])
print(sys.argv[0] == argv0, "renamed" in sys.modules, "runpy_data.plain" in sys.modules)
sys.modules["renamed"] = "keep me"
runpy.run_module("runpy_data.plain", run_name="renamed", alter_sys=True)
print("restored:", sys.modules.pop("renamed"))

g = runpy.run_module("runpy_data.app")
print(sorted(k for k in g if k != "__builtins__"))
g = runpy.run_module("runpy_data.app", run_name="__main__")
print(g["__name__"], g["__spec__"].name)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    runpy.run_module("runpy_data.eager.child")
    runpy.run_module("runpy_data.plain")
for w in caught:
    print(w.category.__name__, w.message)

for name in ["runpy_data.nosuch", "no_such_top", "no_such_top.sub", ".relative",
             "runpy_data.plain.sub", "runpy_data.nomain", "runpy_data.mainpkg",
             "runpy_data.nosuch.py", "math", "runpy_data.app.__main__.x"]:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)
        print("   cause:", type(e.__cause__).__name__ if e.__cause__ else None)
try:
    runpy.run_module(5)
except AttributeError as e:
    print("AttributeError", e)
g = runpy.run_module("string", run_name="strung")
print(g["__name__"], g["__spec__"].name, callable(g["capwords"]), g["capwords"]("a b"))
