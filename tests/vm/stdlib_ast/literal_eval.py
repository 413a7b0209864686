# ast.literal_eval: accepted literals and CPython's errors.
import ast

GOOD = ["1", "-2.5", "+3", "1+2j", "-1-2j", "'s' 't'", "b'x'", "(1, [2, {3: 4}])",
        "{1, 2}", "set()", "None", "True", "...", "  \t{'a': -1}", "[]", "()", "{}",
        "0x10", "1e400", "-0.0"]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), "->", repr(v), type(v).__name__)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=7)))

BAD = ["a", "f(1)", "1 + 2", "2j + 1", "-'s'", "x.y", "[1, a]", "{1: b}", "1 if 2 else 3",
       "lambda: 1", "set([1])", "+(1,)"]
for src in BAD:
    try:
        ast.literal_eval(src)
    except ValueError as e:
        print(repr(src), "ValueError:", str(e).split(": <")[0])
for src in ["1 +", " 1", "(1,"]:
    try:
        print(repr(src), ast.literal_eval(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])
