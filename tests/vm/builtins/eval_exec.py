print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x + z", None, {"z": 5}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1))
exec("print('printed from exec')")
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError", e)
print(eval("  42  "), eval(compile("3 ** 2", "<s>", "eval")))
loc = {}
exec("for i in range(3):\n    total = i * 10", {}, loc)
print(loc)
print(exec("1 + 1"), eval("None"))
