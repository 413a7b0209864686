# os.environ: type errors, comparisons, merging, builtin module names.
import os, sys
print(sorted(sys.builtin_module_names)[:0], 'posix' in sys.builtin_module_names, 'errno' in sys.builtin_module_names)
for expr in ["1 in os.environ", "os.getenv(1)", "os.environ[b'x']", "os.environb['x']", "os.putenv('A', 1)", "os.unsetenv(None)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
os.environ.clear() if False else None
e = dict(os.environ)
print(type(e), e == os.environ, os.environ == e, os.environ != {})
print(repr(os.environ)[:9])
print(type(os.environ | {'a': 'b'}), type({'a': 'b'} | os.environ))
print(os.path.join(os.curdir, 'x'), os.sep.join(['a', 'b']))
