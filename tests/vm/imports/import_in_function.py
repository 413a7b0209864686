def use_math():
    import math
    return math.sqrt(81)
print(use_math())
print("math" in globals())
def from_import_local():
    from math import factorial as f
    return f(6)
print(from_import_local())
def conditional(flag):
    if flag:
        import sys as chosen
    else:
        import math as chosen
    return chosen.__name__
print(conditional(True), conditional(False))
class Holder:
    import math
    value = math.pi
print(Holder.value, Holder.math.__name__)
try:
    import nonexistent_mod_12345
except ImportError:
    nonexistent_mod_12345 = None
print(nonexistent_mod_12345)
