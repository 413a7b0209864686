# Import, module-file, frame and old call helpers, C function accessors
# (ext_examples/legacy/importapi.c).
import sys

import importapi as m

print(m.import_level("os.path", ["join"]), m.import_level("os.path", None))
try:
    m.import_level("no_such_mod_xyz", None)
except ImportError as e:
    print(type(e).__name__, e)
print(m.get_module("sys") is sys, m.get_module("never_imported_xyz"))
ok, mod, file = m.add_and_exec("importapi_made", "x = 6 * 7\ndef f(): return x\n")
print(ok, mod.__name__, mod.x, mod.f(), file, sys.modules["importapi_made"] is mod, "importapi_added" in sys.modules)
try:
    m.add_and_exec("importapi_bad", "raise ValueError('in module')")
except ValueError as e:
    print("ValueError", e, "importapi_bad" in sys.modules)
try:
    m.no_file(sys)
except SystemError as e:
    print("SystemError", e)


def py_func(a=0, b=0, c=0):
    return a + b + c


print(m.func_info(py_func), m.func_info(len), m.func_info(m.func_info), m.func_info(5), m.func_info(str))
print(m.old_calls(py_func, "abc"))
owner, flags = m.self_of(m.self_of)
print(owner.__name__, flags)
r, same, called = m.make_function("bound")
print(r, same, called)
print(m.magic()[1])
