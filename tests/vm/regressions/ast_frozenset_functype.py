# compile() of trees holding frozenset constants; ast.parse(mode='func_type') keeps the
# expressions of '*' and '**' argument types (dropping the stars) and rejects what 3.11's
# func_type grammar rejects
import ast

def run(value):
    tree = ast.Expression(ast.Constant(value))
    ast.fix_missing_locations(tree)
    try:
        result = eval(compile(tree, "f", "eval"))
        print(type(result).__name__, sorted(result, key=repr))
    except TypeError as e:
        print("TypeError", e)

run(frozenset({1, 2, 3}))
run(frozenset())
run(frozenset({-1, (1, -2.5), frozenset({"a"}), 1 + 2j, b"x", None, ...}))
run(frozenset({object()}))
run((1, (2, object())))
run(frozenset({(1, frozenset({object()}))}))
body = ast.Compare(ast.Name("x", ast.Load()), [ast.In()], [ast.Constant(frozenset({5, 6}))])
tree = ast.fix_missing_locations(ast.Expression(body))
print([eval(compile(tree, "f", "eval"), {"x": x}) for x in (4, 5, 6)])
print(ast.dump(ast.Constant(frozenset({1}))))

for src in ["(*int) -> x", "(int, *str, **dict) -> None", "(*a, **b) -> x", "(**a) -> b",
            "() -> x", "(a) -> b\n", "( a , b ) ->  [c]", "(lambda: 1) -> x", "(a) -> (yield)",
            "(a,\n b) -> c", "(List[int], Dict[str, int]) -> Tuple[int, ...]", "(a) -> b  # c",
            "int -> x", "(int,) -> x", "(*a, b) -> c", "(a, b) -> c, d", "(a)\n-> b",
            "(a) -> ", "(a, **b, *c) -> d", "(a) -> yield"]:
    try:
        print(repr(src), ast.dump(ast.parse(src, mode="func_type"), include_attributes=True))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
