src = "def f():\n    return 1 +\n"
compile(src, "mod.py", "exec")
