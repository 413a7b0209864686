print(format(42), format(42, "d"), format(42, ">6"), format(3.14159, ".2f"), format("s", "^5"))
print(format(255, "#x"), format(0.5, "%"), format(1234567, ","), format(True), format(None))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class NoFormat:
    def __str__(self): return "NoFormat-str"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
