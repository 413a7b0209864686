import sys
if sys.maxsize > 2 ** 32:
    def platform():
        return "64-bit"
else:
    def platform():
        return "32-bit"
print(platform())
def f():
    return "first"
first = f
def f():
    return "second"
print(f(), first(), first.__name__, f is first)
for i in range(3):
    def per_iter():
        return i
print(per_iter())
def outer(flag):
    if flag:
        def helper(): return "flag on"
    else:
        def helper(): return "flag off"
    return helper()
print(outer(True), outer(False))
try:
    def broken():
        return undefined_thing
    broken()
except NameError as e:
    print("NameError", e)
