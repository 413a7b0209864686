import sys
def show(src):
    try:
        compile(src, "snippet.py", "exec")
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)
show("def f():\n  x = 1\n    y = 2\n")
show("if x:\n\tpass\n        pass\n")
show("x = 1\n  y = 2\n")
show("for i in range(3):\nbreak\n")
show("x = (1,\n     2\n")
show("x = 'abc\n")
show("f(**x, *y)\n")
raise SyntaxError("last", ("t.py", 1, 20, "short\n", 1, 30))
