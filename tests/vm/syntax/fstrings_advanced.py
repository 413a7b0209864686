class P:
    def __init__(self, x): self.x = x
    def __format__(self, spec):
        return f"P<{self.x}:{spec}>"
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return "P-str"
p = P(3)
print(f"{p}|{p:abc}|{p!r}|{p!s}")
print(f"{p!r:>10}|")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{len(items) if items else 0}")
print(f"{(lambda x: x * 2)(4)}")
x = 10
print(f"{x:{'>' if x > 5 else '<'}6}|")
print(f"{3.0:.0f} {2.5:.0f} {-0.0:+.1f}")
print(f"{12345.678:,.2f} {-42:+d} {42:+d} {42: d}")
print(f"{'abc':.2} {'abc':*<6} {'abc':*>6}")
import math
print(f"{math.pi:.10f} {math.inf} {math.nan}")
print(f"{x!r:^8}|")
print(f"{x}" f"{x}" "plain" f"{x}")
