class V:
    def __repr__(self): return "V<repr>"
    def __str__(self): return "V<str>"
    def __format__(self, spec): return f"V<format {spec!r}>"
v = V()
print(f"{v}")
print(f"{v!s}")
print(f"{v!r}")
print(f"{v!a}")
print(f"{v:spec}")
print(f"{v!s:>10}|")
print(f"{v!r:^12}|")
print(f"{'ü'!a} {'ü'!r} {'ü'!s}")
print(f"{v=}")
print(f"{v=!s}")
print(f"{v=:xyz}")
x = [1, "two"]
print(f"{x!r} {x!s} {x}")
print(f"{None!r} {True!s:>6} {3.0!r}")
