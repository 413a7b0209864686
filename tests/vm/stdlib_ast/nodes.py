# The node classes: fields, attributes, defaults, constructors, pickling, docs.
import ast
import pickle

for name in ["Module", "Name", "BinOp", "arguments", "arg", "keyword", "Load", "Add",
             "ExceptHandler", "MatchAs", "comprehension", "TypeIgnore", "FunctionType"]:
    cls = getattr(ast, name)
    print(name, cls.__mro__[1].__name__, cls._fields, cls._attributes, cls.__match_args__)
print(ast.expr._attributes, ast.excepthandler._attributes, ast.arguments._attributes)
print(ast.Return().value, ast.Name().end_lineno, ast.arg().annotation, ast.Constant(1).kind)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(ast.Name(), "lineno"))
for args in [(1, 2, 3), ()]:
    try:
        ast.Name(*args)
        print("made", len(args))
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print("TypeError:", e)
n = ast.Name('x', ast.Load(), lineno=3, col_offset=4)
print(ast.dump(n, include_attributes=True))
print(n.__reduce__()[1], sorted(n.__reduce__()[2]), n.__reduce__()[0].__name__)
tree = ast.parse("a = [1, 'two', None]")
print(ast.dump(pickle.loads(pickle.dumps(tree))) == ast.dump(tree))
print(ast.Name.__doc__)
print(ast.Constant.__doc__)
print(ast.expr_context.__doc__)
print(ast.mod.__doc__)
print(ast.Name.__module__, ast.AST.__module__, ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
ops = [type(node.op).__name__ for node in ast.walk(ast.parse("a + b - c * d")) if isinstance(node, ast.BinOp)]
print(ops)
print(isinstance(ast.Constant(3), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant('s'), ast.Str), type(ast.Num(5)).__name__, ast.Num(5).n)
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('a')])))
match ast.parse("f(1)", mode="eval").body:
    case ast.Call(ast.Name(fname), [ast.Constant(v)]):
        print("matched", fname, v)
