rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("thingamajig", 1, 199.999)]
print(f"{'item':<12}{'qty':>5}{'price':>10}{'total':>12}")
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{qty * price:>12,.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<27}{total:>12,.2f}")
print("{:>6.1%}|{:<+8.3f}|{:^10.2e}|".format(0.256, 2.0, 12345.6789))
print("%-10s|%8.3f|%+5d|%x" % ("left", 2.0 / 3, 17, 3054))
for v in [0, 1, -1, 1234567.891, -0.001234, 1e21]:
    print(f"{v:g}|{v:.3g}|{v:,.1f}|{v:e}")
