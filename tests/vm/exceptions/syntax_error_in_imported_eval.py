src = "def broken(:\n    pass\n"
try:
    compile(src, "snippet.py", "exec")
except SyntaxError as e:
    print("SyntaxError caught:", e.msg)
    print("filename:", e.filename, "line:", e.lineno, "offset:", e.offset)
    print("text:", repr(e.text))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("eval SyntaxError:", e.msg, e.lineno, e.offset)
try:
    exec("x = (1,\n2,\n")
except SyntaxError as e:
    print("exec SyntaxError:", e.msg, e.lineno)
try:
    compile("  indented = 1", "<s>", "exec")
except IndentationError as e:
    print("IndentationError:", e.msg, type(e).__name__)
print(str(SyntaxError("custom msg", ("f.py", 3, 5, "bad code here\n"))))
