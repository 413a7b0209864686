# compile() of trees: parsed, transformed and hand-built; CPython's errors for bad trees.
import ast

src = "def f(x):\n    return x * 2\nprint(f(21), [i * i for i in range(4)])\n"
exec(compile(ast.parse(src), "<t>", "exec"))
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
print(type(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)).__name__)
tree = ast.parse("y")
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Double().visit(ast.parse("print(1 + 2, 'x', [5, 6])"))
exec(compile(t, "<double>", "exec"))

# constants the parser never produces
for value in [-5, -2.5, 1 + 2j, (1, (2, -3)), "s", b"b", None, ..., True, 10 ** 30]:
    e = ast.Expression(ast.Constant(value, lineno=1, col_offset=0))
    print(repr(eval(compile(e, "<c>", "eval"))))

# tracebacks point at the tree's line numbers
bad = ast.parse("x = 1\n\n\n1 / 0\n")
try:
    exec(compile(bad, "<lines>", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

def attempt(tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])

C = lambda v: ast.Constant(v, lineno=1, col_offset=0)
def S(stmt):
    return ast.Module([stmt], [])
def E(expr):
    return S(ast.Expr(expr, lineno=1, col_offset=0))
attempt(S(ast.Expr(C(1), lineno=1, col_offset=0)))
attempt(E(ast.BinOp(C(1), ast.Add(), None, lineno=1, col_offset=0)))
attempt(E(ast.BinOp(C(1), ast.Add(), lineno=1, col_offset=0)))
attempt(ast.Module([ast.Expr(C(1))], []))
attempt(ast.Module([ast.Pass(lineno=1, col_offset=0)]))
attempt(ast.Module(ast.Pass(lineno=1, col_offset=0), []))
attempt(E(ast.Name(1, ast.Load(), lineno=1, col_offset=0)))
attempt(E(ast.Name('x', ast.Store(), lineno=1, col_offset=0)))
attempt(E(ast.Name('None', ast.Load(), lineno=1, col_offset=0)))
attempt(E(ast.BinOp(C(1), ast.Load(), C(2), lineno=1, col_offset=0)))
attempt(E(C([1])))
attempt(S(ast.Assign([C(1)], C(2), lineno=1, col_offset=0)))
attempt(S(ast.If(C(1), [], [], lineno=1, col_offset=0)))
attempt(S(ast.ImportFrom('x', [ast.alias('y', lineno=1, col_offset=0)], -1, lineno=1, col_offset=0)))
attempt(ast.Expression(C(1)), "exec")
attempt(ast.Module([], []), "eval")
attempt(E(ast.FormattedValue(C(1), 'x', None, lineno=1, col_offset=0)))
attempt(E(ast.Compare(C(1), [], [], lineno=1, col_offset=0)))
attempt(E(ast.Compare(C(1), [ast.Lt()], [C(1), C(2)], lineno=1, col_offset=0)))
attempt(E(ast.Dict([C(1)], [], lineno=1, col_offset=0)))
attempt(E(ast.BoolOp(ast.And(), [C(1)], lineno=1, col_offset=0)))
attempt(E(ast.Constant(1, lineno='a', col_offset=0)))
attempt(S(ast.Try([ast.Pass(lineno=1, col_offset=0)], [], [], [], lineno=1, col_offset=0)))
attempt(S(ast.Delete([], lineno=1, col_offset=0)))
attempt(S(ast.Raise(None, C(1), lineno=1, col_offset=0)))
attempt(ast.Module([None], []))
attempt(E(ast.List([None], ast.Load(), lineno=1, col_offset=0)))
attempt(E(ast.Call(C(1), C(2), [], lineno=1, col_offset=0)))
attempt(ast.Module([ast.Expr(ast.Pass(lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
attempt(42)
