# ast.unparse corner cases (quotes, f-strings, infinities, precedence, type comments,
# docstrings) and the ast helpers' less travelled paths.
import ast
import warnings

SOURCES = [
    r'''f"{x!r}" f'{y:>{w}.{p}}' "plain"''', r"""f'{"a" + "b"}' """, r"""f"{x}\n{y}\t" """,
    r"""f'{ {1: 2}[1] }'""", r"""f'{x:{"a"}}'""", r"""f'{x}' "'''\"\"\"" """, "f'{a=}' f'{b!a:^{w}}'",
    'def f():\n    """He said "hi\\""""', "def f():\n    '\\x00 back\\\\slash \\t'", "class C:\n    u'doc'",
    "x = '\\u2028\\x7f'; y = b'\\xff\"\\''", "x = 1e400 + 2.5e-400 - 1e400j",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> 'r': pass", "lambda a=1, /, *, b: a",
    "x = -a ** -b; y = a | b ^ c & d << e + f * g ** h; z = not (a == b)",
    "x = a and b or (c and d) or e; y = (a if b else c) if d else e",
    "yield (-x); yield from (a + b); await (x ** 2)", "x = 0 .bit_length(); y = (-1).real; z = True .real",
    "x = a[1:2,]; y = a[*b]; z = a[(b := 1)]; w = a[b, *c]",
    "match x:\n    case (1 | 2) as z:\n        pass\n    case {**rest}:\n        pass\n    case C(a=(b as c) | d):\n        pass",
    "x = 1 # type: List[int]", "def f(a): # type: (int) -> None\n    pass", "for x in y: # type: ignore\n    pass",
    "import os\n@a\n@b(c)\ndef f(): pass\nclass D:\n    def m(self): pass\n    x = 1",
    "'''\\''''", "''", "def f():\n    '\"\"\"'",
]
for src in SOURCES:
    tree = ast.parse(src, type_comments=True)
    print(ast.unparse(tree))
    print("--")
nan = float("nan")
inf = float("inf")
for node in [ast.Constant(nan), ast.Constant(complex(1, nan)), ast.Constant((inf, -inf)),
             ast.Interactive([ast.Pass(), ast.Break()]), ast.FormattedValue(ast.Name("x"), 115, None),
             ast.JoinedStr([ast.JoinedStr([ast.Constant("a")])]), ast.Set([]), ast.Constant(...)]:
    print(repr(ast.unparse(node)))
for node in [ast.Raise(exc=None, cause=ast.Name("x")), ast.JoinedStr([ast.Name("x")]),
             ast.JoinedStr([ast.FormattedValue(ast.Constant("\n"), -1, None)])]:
    try:
        ast.unparse(node)
    except ValueError as e:
        print("ValueError:", str(e).split(", <")[0])

print(ast.dump(ast.parse("f(a, *b, k=1)\nx: int"), indent=1))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False), ast.dump(ast.alias("a")))
try:
    ast.dump("x")
except TypeError as e:
    print("TypeError:", e)
for src in ["{**x}", "-(1+2j)", "1+-2j", "+1.5+2j", "set(x)", "(1, {2: [3]})", "\n\n[1, x]"]:
    try:
        print(repr(ast.literal_eval(src)))
    except ValueError as e:
        print("ValueError:", str(e).split(": <")[0])

text = "x = 'é' + f(\n    ß,\n  y)\n"
call = ast.parse(text).body[0].value.right
print(repr(ast.get_source_segment(text, call)), repr(ast.get_source_segment(text, call, padded=True)))
odd = "a = 1  # \x0c b\r\nc = (2,\r3)"
print(repr(ast.get_source_segment(odd, ast.parse(odd).body[-1].value, padded=True)))
print(isinstance(ast.Constant(1.5), ast.Num), isinstance(ast.Constant(False), ast.Num),
      isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Name("x"), ast.Str), ast.dump(ast.Ellipsis()), ast.dump(ast.Bytes(b"x")))
try:
    ast.Num(1, n=2)
except TypeError as e:
    print("TypeError:", e)
t = ast.ExtSlice([ast.Name("a")])
print(type(t).__name__, [e.id for e in t.dims], ast.Constant(3).n, ast.Constant("s").s)


class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print("visit_Num", node.value)

    def visit_Str(self, node):
        print("visit_Str", node.value)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Old().visit(ast.parse("f(1, 's', b'x', True)"))
print(sorted({str(w.message) for w in caught}), {w.category.__name__ for w in caught})


class Split(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Pass()]


print(ast.unparse(Split().visit(ast.parse("a\nb"))))
tree = ast.parse("if x:\n    y = 1\n", type_comments=True)
ast.increment_lineno(tree, 10)
print([(n.lineno, n.end_lineno) for n in ast.walk(tree) if hasattr(n, "lineno")])
print(ast.dump(ast.parse("x = 1  # type: ignore[tag]", type_comments=True)))
for sig in ["(int, *str, **Any) -> None", "() -> Tuple[int, ...]", "(a,) -> b", "a -> b"]:
    try:
        tree = ast.parse(sig, mode="func_type")
        print(ast.dump(tree, include_attributes=True))
        print(ast.unparse(tree))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
