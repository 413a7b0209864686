for v in [0, 42, -42, 2 ** 64, -(2 ** 64)]:
    print(f"[{v:10}] [{v:<10}] [{v:^10}] [{v:+}] [{v: }] [{v:=+12}] [{v:012}]")
    print(f"[{v:x}] [{v:#X}] [{v:#o}] [{v:#b}] [{v:,}] [{v:_x}]")
print(f"{1234567:,d} {1234567:_d} {0:,} {-1000:,}")
print(f"{255:#010x} {255:#10x} {-255:#010x}")
print(f"{65:c} {9731:c}")
print(f"{12:%} {1:.2%} {3:e} {3:.1f} {10**20:g} {7:G}")
print(format(123, "*^9"), format(-123, "0=8"), format(123, "x<6"))
try:
    format(3, ".2d")
except ValueError as e:
    print("ValueError", e)
try:
    format(3, ",x")
except ValueError as e:
    print("ValueError", e)
