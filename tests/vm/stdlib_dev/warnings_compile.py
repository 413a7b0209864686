# Compile-time warnings: invalid escapes (DeprecationWarning), "is" with a literal,
# always-true asserts and calling a literal (SyntaxWarning); as errors they are SyntaxErrors.
import warnings

x = 1
print(x is 1, x is not (), x is None)

sources = [
    'a = "\\d"',
    "b = b'\\q\\w'",
    "c = f'\\w{1}'",
    'd = "\\400"',
    'e = r"\\d" "ok\\n"',
    "y = 1\nif y is 'a': pass",
    "assert (y, 'msg')",
    "assert ()",
    "z = [1, 2] (3)",
    "z = None()",
    "z = x is ...",
]
for src in sources:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        compile(src, "mod.py", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "mod.py", "exec")
            print("  compiled")
        except SyntaxError as e:
            print("  SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        compile("'\\%'", "<string>", "eval")
print(len(log), [str(w.message) for w in log])
