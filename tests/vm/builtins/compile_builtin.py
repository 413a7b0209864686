code = compile("x * 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"x": 21}))
code2 = compile("y = 3\nz = y + 1", "<exec>", "exec")
ns = {}
exec(code2, ns)
print(ns["y"], ns["z"])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
try:
    compile("def f(:", "bad.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno, e.msg)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print("ValueError", e)
fn_code = compile("def g(a, b=2):\n    return a * b\n", "<fn>", "exec")
env = {}
exec(fn_code, env)
print(env["g"](5), env["g"].__code__.co_argcount, env["g"].__code__.co_name)
print(eval(compile("[i for i in range(3)]", "<c>", "eval")))
