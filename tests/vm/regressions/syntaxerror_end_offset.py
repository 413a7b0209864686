# SyntaxError.end_offset of parser errors is an int even when it is 0 (an unclosed
# bracket) or -1 (an unexpected indent, two type comments on a def), as CPython's
import ast

for src in ["return 1", "x = $", "nonlocal x", "a = 1 +", "(", "[1,\n2", "x = 1\n  y = 2",
            "for x in range(3):\npass", "\tif x:\n        a\n\tb\n", "def f(:\n pass",
            "f(x for x in y, 1)", "'abc"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    ast.parse("def f():  # type: () -> None\n    # type: int\n    pass", type_comments=True)
except SyntaxError as e:
    print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
