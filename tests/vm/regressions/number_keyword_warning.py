# A number glued to a keyword (1if x else 2) is a SyntaxWarning "invalid ... literal" in
# 3.11; with the warning made an error it is a SyntaxError at the same place
import warnings

sources = ["1if x else 2", "0x1for x in y", "1_000if x else 2", "0o7and x", "0b1or x",
           "1.5if x else 2", "1e5if x else 2", "1jif x else 2", "1in x", "1not in x",
           "1is x", "1.or 2", "[0x1for x in y]", "x = (1,\n  2else 3)", "1 if x else 2",
           "0x1fand 2", "1abc", "0or 1"]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "w.py", "exec")
            result = "ok"
        except SyntaxError as e:
            result = f"SyntaxError {e.msg} {e.lineno} {e.offset}"
    print(repr(src), result, [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    for src in ["1if x else 2", "y = 0x1for", "x = (1,\n  2else 3)", "1jif 1 else 2", "0b1or 1"]:
        try:
            compile(src, "w.py", "exec")
        except SyntaxError as e:
            print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
x = 0
print(1if x else 2, [0x1for x in range(2)])
