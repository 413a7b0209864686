# ast.parse(type_comments=True): type comments fill the type_comment fields where 3.11's
# grammar allows them (assignments, for, with, def and its parameters) and "# type: ignore"
# comments become TypeIgnore nodes; anywhere else a type comment is a syntax error
import ast

sources = [
    "x = 1  # type: int",
    "a = b = 1 # type: int",
    "x = 1  #type:int",
    "x = 1  # type:  List[int]  ",
    "x = 1  # type: int # comment",
    "x = 1 # type: ignored",
    "def f(a, b):  # type: (int, str) -> None\n    pass",
    "def f(a,  # type: int\n      b  # type: str\n      ):\n    # type: (...) -> None\n    pass",
    "def f():\n\n    # type: () -> None\n    pass",
    "async def f():  # type: () -> int\n    pass",
    "def f(a, # type: int\n):\n  pass",
    "def f(*a, # type: int\n **k # type: str\n): pass",
    "def f(a=1, # type: int\n   ): pass",
    "def f(a: int  # type: int\n   ): pass",
    "def f(a, *, b, # type: int\n c): pass",
    "def f(a, # type: int\n /, b): pass",
    "for x in y:  # type: int\n    pass",
    "with a as b:  # type: int\n    pass",
    "with (a, b):  # type: int\n    pass",
    "with (a, b):\n    pass",
    "async def f():\n    async for x in y:  # type: int\n        pass\n    async with a as b:  # type: int\n        pass",
    "x = 1  # type: ignore",
    "import x  # type: ignore[attr-defined]",
    "# type: ignore\nx=1",
    "x=1 # type: ignore # foo",
    "def f():  # type: ignore\n    pass",
    "def f():\n    # type: ignore\n    pass",
    "x = (1  # type: ignore\n)",
    "x = 1  # type: ignore\n# type: ignore[x]\n",
    "x=1\n# type: ignore",
    "x = 1 # type: ignore2",
    "x = 1  # typo: int",
    "x = 1 # type:",
    "x + 1  # type: int",
    "x: int = 1  # type: int",
    "x = [1,  # type: int\n 2]",
    "x = 1\n# type: int\ny = 2",
    "if x:\n    # type: int\n    pass",
    "class A:  # type: int\n    pass",
    "lambda x: 1 # type: int",
    "def f(a, *, # type: int\n b): pass",
]
for src in sources:
    try:
        print(repr(src), ast.dump(ast.parse(src, type_comments=True), include_attributes=True))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
try:
    ast.parse("def f():  # type: () -> None\n    # type: int\n    pass", type_comments=True)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("x = 1  # type: int\n# type: ignore")))
print(compile("x = 1  # type: int", "f", "exec", ast.PyCF_TYPE_COMMENTS).co_names)
try:
    compile("x + 1  # type: int", "f", "exec", ast.PyCF_TYPE_COMMENTS)
except SyntaxError as e:
    print("SyntaxError", e)
tree = ast.parse("def f(a,  # type: int\n      ):\n    # type: (int) -> str\n    return a  # type: ignore", type_comments=True)
print(tree.body[0].type_comment, tree.body[0].args.args[0].type_comment, tree.type_ignores[0].lineno)
ns = {}
exec(compile(tree, "f", "exec"), ns)
print(ns["f"](5))
