# Modules of the standard library (frozen into Spry, loaded from prepared code images)
# keep their source: traceback line numbers point at the right lines of the text their
# loader returns, linecache agrees with the traceback, and the code's positions equal
# those of the code compiled afresh from that text. (inspect.getsource has no file to
# read for a frozen module, in Spry as for CPython's own frozen modules.)
import json
import linecache
import textwrap
import traceback

try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    tb = e.__traceback__
    checked = 0
    while tb is not None:
        g = tb.tb_frame.f_globals
        name = g["__name__"]
        if name.startswith("json"):
            source = g["__loader__"].get_source(name)
            line = source.splitlines()[tb.tb_lineno - 1]
            print(name, tb.tb_frame.f_code.co_name, "raise" in line or "return" in line or "obj" in line)
            checked += 1
        tb = tb.tb_next
    print("library frames:", checked > 0)
    for f in traceback.extract_tb(e.__traceback__):
        print("  linecache agrees:", f.line == linecache.getline(f.filename, f.lineno).strip())

module_source = textwrap.__loader__.get_source("textwrap")
print("def dedent(" in module_source)


def find_code(co, name):
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            if c.co_name == name:
                return c
            found = find_code(c, name)
            if found:
                return found
    return None


def values(consts):
    return [c for c in consts if not hasattr(c, "co_code")]


fresh = compile(module_source, "textwrap", "exec")
for name in ("dedent", "indent", "shorten"):
    loaded = getattr(textwrap, name).__code__
    again = find_code(fresh, name)
    print(name, loaded.co_firstlineno == again.co_firstlineno,
          list(loaded.co_lines()) == list(again.co_lines()),
          list(loaded.co_positions()) == list(again.co_positions()),
          values(loaded.co_consts) == values(again.co_consts), loaded.co_names == again.co_names,
          loaded.co_varnames == again.co_varnames, loaded.co_code == again.co_code,
          loaded.co_exceptiontable == again.co_exceptiontable)
