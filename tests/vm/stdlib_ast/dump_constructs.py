# ast.parse + ast.dump over many constructs, with and without positions.
import ast

SOURCES = [
    "x = 1 + 2 * y ** -z",
    "f'{a!r:>{width}} and {b=}' 'tail'",
    "@dec(1)\n@other\nclass C(Base, metaclass=M):\n    'doc'\n    def m(self, a, /, b=2, *args, c, d=4, **kw) -> int:\n        return a",
    "async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass\n    return [i async for i in z]",
    "if (n := len(a)) > 10:\n    print(n)\nelif n:\n    pass\nelse:\n    del a[0], b.c",
    "match cmd:\n    case [x, *rest] if x > 0:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(1, y=2) | None:\n        pass\n    case (1 | 2) as z:\n        pass\n    case _:\n        pass",
    "first, *middle, last = items",
    "lam = lambda a, b=3, *c, d=4, **e: (a, b)",
    "r = [x for x in y if x if not x] + {k: v for k, v in d} + {s for s in t}",
    "g = (i for i in range(3))",
    "try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nfinally:\n    pass",
    "try:\n    import a.b as c\nexcept ImportError:\n    from .. import d, e as f\nelse:\n    from m import *",
    "global g; nonlocal_ok = 1; assert x, 'msg'",
    "a[1:2, ::3] = b[...]",
    "s = u'unicode' + b'bytes' + 'é'",
    "x: int = 5\n(y): str\nz.w: float",
    "print(*args, sep='', **kw)",
    "while True:\n    break\nelse:\n    continue",
    "with open(f) as (a, b):\n    yield from g",
    "x = not a and b or c if d else e",
    "n = 0xff + 1_000 + 1.5e3 + 2j + 0o17",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
print(ast.dump(ast.parse(SOURCES[1]), include_attributes=True))
print(ast.dump(ast.parse(SOURCES[5]), include_attributes=True))
print(ast.dump(ast.parse("x = 'é' + f'{ü}'"), include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1", mode="single"), annotate_fields=False))
print(ast.dump(ast.parse("def f(a): pass"), indent='..', annotate_fields=False))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type"), include_attributes=True))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=False)))
