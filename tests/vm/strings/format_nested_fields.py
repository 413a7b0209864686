data = [("pi", 3.14159265, 4), ("e", 2.718281828, 2), ("phi", 1.6180339887, 6)]
for name, val, prec in data:
    print("{0:>5}: {1:{w}.{p}f}|".format(name, val, w=12, p=prec))
    print("{:>5}: {:<{}.{}e}|".format(name, val, 14, prec))
print("{0:{fill}{align}{width}}".format("x", fill="#", align="^", width=7))
print("{:{}}".format(42, "08b"), "{:{}{}}".format("z", ">", 4))
print("{0[a]} {0[b][1]} {1.real}".format({"a": 1, "b": [2, 3]}, 4 + 5j))
print("{!r:>10}".format("q"), "{0!s:*<6}".format(1.5))
print("{}|{:}|{!s:}".format("a", "b", "c"))
print("{0}{0}{1}".format(*"xy"), "{x}{y}".format(**{"x": 1, "y": 2}))
