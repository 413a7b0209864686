tokens = "12 -7 3.5 1e3 0x1f 0b101 abc 1_000 +4 .5 nan inf -0".split()
for t in tokens:
    kinds = []
    try:
        kinds.append(("int", int(t)))
    except ValueError:
        pass
    try:
        kinds.append(("int0", int(t, 0)))
    except ValueError:
        pass
    try:
        kinds.append(("float", float(t)))
    except ValueError:
        pass
    print(repr(t), kinds)
def tokenize(expr):
    out, num = [], ""
    for c in expr:
        if c.isdigit() or c == ".":
            num += c
        else:
            if num:
                out.append(float(num) if "." in num else int(num))
                num = ""
            if not c.isspace():
                out.append(c)
    if num:
        out.append(float(num) if "." in num else int(num))
    return out
print(tokenize("12 + 3.5*(40-2)/ 7"))
