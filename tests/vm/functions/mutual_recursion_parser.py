def parse_expr(tokens, i):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, i
def parse_term(tokens, i):
    val, i = parse_factor(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = parse_factor(tokens, i + 1)
        val = val * rhs if op == "*" else val / rhs
    return val, i
def parse_factor(tokens, i):
    tok = tokens[i]
    if tok == "(":
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    if tok == "-":
        val, i = parse_factor(tokens, i + 1)
        return -val, i
    return int(tok), i + 1
def tokenize(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
            continue
        if num:
            out.append(num)
            num = ""
        if c in "+-*/()":
            out.append(c)
    if num:
        out.append(num)
    return out
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * -2", "((((7))))", "2 * (3 + 4) * (5 - 1)"]:
    print(e, "=", parse_expr(tokenize(e), 0)[0])
deep = "(" * 200 + "1" + ")" * 200
print(parse_expr(tokenize(deep), 0)[0])
