# ast.unparse output for representative constructs (CPython's exact text).
import ast

SOURCES = [
    "x = (1, 2)",
    "a, b = b, a",
    "for (i, j) in pairs: pass",
    "print(-x ** 2, (-x) ** 2, 2 ** -1, (a + b) * c, a - (b - c), not (a and b))",
    "x = a if b else (c if d else e)",
    "lambda: (yield)",
    "def g():\n    x = yield 1\n    y = await z\n    return (yield from w)",
    "f'{x!r:>10} {y:{w}.{p}} {{literal}} {\"q\"}'",
    "f'{x}\\n' + 'a\\tb' + \"it's\" + '\"' + '''both ' \"'''",
    "s = 'é\\x00\\u2028'",
    "assert (x := 5), 'm'",
    "@property\ndef f(a, /, b=1, *, c, d=2, **k) -> 'r':\n    '''doc'''\n    pass",
    "class A(B, metaclass=M):\n    x: int = 1\n    (y): int",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass",
    "try:\n    pass\nexcept* E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "with a as (b, c), d: pass",
    "match p:\n    case [1, *r] | {'k': _, **kw}:\n        pass\n    case C(1, a=(2 | 3) as z) if z:\n        pass\n    case -1 | 1.5 | -2j | None:\n        pass",
    "x = {**a, 'b': 1}; y = {*s}; z = {*()}; w = ()",
    "a[1:2, ::3]; a[b, c]; a[(b, c)]; a[()]",
    "3 .real; 3.0.real; (1).bit_length()",
    "x = 1e400; y = -1e400j; z = float('nan')",
    "del a, b[0]; global q; import a.b as c; from ..m import (x as y, z)",
    "print(*a, *b, sep='', **k)",
    "[x async for x in y if x if not x]",
    "u'x'",
    "'''\\n'''",
    "x = not a == b",
    "(a := 1)",
    "f(a for a in b)",
    "raise E from None",
]
for src in SOURCES:
    print(ast.unparse(ast.parse(src)))
    print("--")
print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Name('c')))))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.unparse(ast.parse("1 + 1", mode="eval")))
