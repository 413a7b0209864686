ws = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
      "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\ufeff"]
for c in ws:
    print(hex(ord(c)), c.isspace(), ("a" + c + "b").split(), len(("x" + c + "y").splitlines()))
print(repr("\u3000 padded \xa0".strip()))
print("a\u2028b\u2029c\x85d".splitlines())
