prices = ["19.99", "5.01", "0.10", "100", "3.333"]
total = sum(float(p) for p in prices)
print(total, round(total, 2), f"{total:.2f}")
cents = sum(round(float(p) * 100) for p in prices)
print(cents, cents / 100)
rate = 0.0725
for p in prices:
    f = float(p)
    print(p, f, round(f * rate, 4), f"{f * (1 + rate):.2f}")
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3)
print(1e16 + 1.0 - 1e16, 1e15 + 1.0 - 1e15)
print(float("1.1") + float("2.2"), 1.1 + 2.2)
