# walk, iter_fields, iter_child_nodes, visitors, locations, docstrings, source segments.
import ast

SRC = '''"""Module doc."""
def f(a, b):
    """  Function doc.

        indented line
    """
    return a + b  # sum

class K:
    x = f(1,
          2)
    y = "é" + 'ü'
'''
tree = ast.parse(SRC)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print(list(ast.iter_fields(ast.parse("x = 1").body[0]))[1][0])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[1])])
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]))
try:
    ast.get_docstring(tree.body[0])
except TypeError as e:
    print("TypeError:", e)
for node in ast.walk(tree):
    if isinstance(node, (ast.Call, ast.BinOp, ast.Return, ast.Assign)):
        print(type(node).__name__, repr(ast.get_source_segment(SRC, node)))
cls = tree.body[2]
print(repr(ast.get_source_segment(SRC, cls.body[0], padded=True)))
print(ast.get_source_segment(SRC, ast.Name('x')))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
    def visit_FunctionDef(self, node):
        self.seen.append("def " + node.name)
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'a':
            return ast.copy_location(ast.Name('alpha', node.ctx), node)
        return node
    def visit_arg(self, node):
        node.arg = 'alpha' if node.arg == 'a' else node.arg
        return node
    def visit_Expr(self, node):
        return None  # drop docstrings and bare expressions
t2 = Rename().visit(ast.parse(SRC))
print(ast.unparse(t2))

fresh = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))],
                   type_ignores=[])
ast.fix_missing_locations(fresh)
print(ast.dump(fresh, include_attributes=True))
ast.increment_lineno(fresh, 3)
print(fresh.body[0].lineno, fresh.body[0].end_lineno, fresh.body[0].value.args[0].lineno)
exec(compile(fresh, "<fresh>", "exec"))
new = ast.copy_location(ast.Pass(), tree.body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
