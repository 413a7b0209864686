def tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            yield ("NUM", text[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            yield ("KW" if word in ("if", "else", "while", "def") else "NAME", word)
            i = j
        elif c in "\"'":
            j = text.index(c, i + 1)
            yield ("STR", text[i + 1:j])
            i = j + 1
        elif text[i:i + 2] in ("==", "<=", ">=", "!="):
            yield ("OP", text[i:i + 2])
            i += 2
        else:
            yield ("OP", c)
            i += 1
src = 'def f(x_1): if x_1 >= 3.5 else "str val" != name_2'
for tok in tokens(src):
    print(tok)
print(sum(1 for t in tokens(src) if t[0] == "OP"))
