def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul}
for sym in "+-*":
    print(sym, ops[sym](7, 3))
print(sorted(ops.values(), key=lambda f: f.__name__)[0].__name__)
table = [(f.__name__, f(6, 2)) for f in (add, sub, mul)]
print(table)
print(add == add, add != sub, add is ops["+"], hash(add) == hash(add))
print(add.__call__(2, 3), type(add.__call__).__name__)
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(len, "four"), apply(max, 3, 9, 2), apply(lambda: "noargs"))
funcs = [len, str.upper, abs, sorted]
print([f.__name__ for f in funcs])
print(len.__self__.__name__ if hasattr(len, "__self__") else None, type(len).__name__)
print("abc".upper.__self__, [].append.__name__, str.upper.__qualname__, type(str.upper).__name__)
