print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = 5
    return max
print(f(), max(1, 2))
def g():
    print = None
    return print
print(g())
names = ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "classmethod", "compile", "delattr",
         "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
         "getattr", "globals", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len",
         "list", "locals", "map", "max", "min", "next", "object", "oct", "ord", "pow", "print", "property",
         "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
         "super", "tuple", "type", "vars", "zip", "input", "open", "bytes", "bytearray", "memoryview", "complex",
         "aiter", "anext", "breakpoint", "__import__", "__build_class__"]
missing = [n for n in names if not hasattr(__builtins__, n)]
print("missing:", missing)
print(type(__builtins__).__name__, __builtins__.__name__)
print(sorted(n for n in ["ValueError", "KeyError", "StopIteration", "None", "True", "Ellipsis", "NotImplemented"]
             if hasattr(__builtins__, n)))
