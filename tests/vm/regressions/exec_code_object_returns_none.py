# exec() returns None even when the code object it runs returns a value; eval() returns it.
def f():
    return 42
g = {}
print(exec(f.__code__, g), eval(f.__code__, g))
print(exec(compile("1 + 1", "<s>", "eval")), eval(compile("1 + 1", "<s>", "eval")))
