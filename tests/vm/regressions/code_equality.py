# code objects compare by value (code, constants, names, positions), as CPython's do
def pair(src, mode="eval", a="a.py", b="a.py"):
    return compile(src, a, mode), compile(src, b, mode)

c1, c2 = pair("1")
print(c1 == c2, c1 != c2, hash(c1) == hash(c2), c1 is c2, len({c1, c2}))
print(pair("x + y * 2", b="other.py")[0] == pair("x + y * 2", b="other.py")[1])
print(compile("1", "a", "eval") == compile("1.0", "a", "eval"))
print(compile("0.0", "a", "eval") == compile("-0.0", "a", "eval"),
      compile("-0.0", "a", "eval") == compile("-0.0", "a", "eval"))
print(compile("True", "a", "eval") == compile("1", "a", "eval"))
print(compile("(1, 2.0)", "a", "eval") == compile("(1, 2.0)", "a", "eval"),
      compile("(1, 2.0)", "a", "eval") == compile("(1, 2)", "a", "eval"))
print(compile("x", "a", "eval") == compile("y", "a", "eval"))
print(compile("x", "a", "eval") == compile("\nx", "a", "eval"))
print(compile("x in {1, 2}", "a", "eval") == compile("x in {2, 1}", "a", "eval"))
print(compile("b'x'", "a", "eval") == compile("'x'", "a", "eval"))
print(compile("1j", "a", "eval") == compile("1j", "a", "eval"), compile("1j", "a", "eval") == compile("-0j", "a", "eval"))

src = "def f(a, *, b=2):\n    return [a + i for i in range(b)]\n"
m1, m2 = pair(src, "exec")
print(m1 == m2, hash(m1) == hash(m2))
inner1 = [c for c in m1.co_consts if hasattr(c, "co_code")][0]
inner2 = [c for c in m2.co_consts if hasattr(c, "co_code")][0]
print(inner1 == inner2, inner1.co_name)
def run(code):
    ns = {}
    exec(code, ns)
    for _ in range(50):
        ns["f"](3)
    return ns["f"].__code__
print(run(m1) == run(m2), "runs do not change equality")
print(m1 == compile(src.replace("2", "3"), "a.py", "exec"))
print(c1 == 1, c1.__eq__(1), c1.__ne__("x"))
print(c1.replace(co_name="z") == c1, c1.replace() == c1)
d = {c1: "first"}
d[c2] = "second"
print(len(d), d[c1])
