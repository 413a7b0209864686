width, prec = 12, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:<{width}.{prec + 1}f}]")
items = {"apple": 1.5, "banana": 0.25, "cherry": 10.0}
for name, price in items.items():
    print(f"{name:<10}{price:>8.2f}")
print(f"{'-' * 18}")
print(f"{sum(items.values()):>18.2f}")
rows = [(1, "one"), (22, "twenty-two"), (333, "three hundred")]
for n, w in rows:
    print(f"{n:>4} | {w:^15} | {w!r:<20}|")
def fmt(v, spec):
    return f"{v:{spec}}"
print(fmt(255, "#06x"), fmt("s", "^5"), fmt(1e6, ",.0f"))
nested = f"outer {f'inner {1 + 1}'}"
print(nested)
print(f"{'quote'!r} {'{'} {'}'}")
print(f"{3 + 4 = }", f"{val = :.2f}", f"{items['apple']=}")
