raise SyntaxError("custom", ("file.py", 3, 5, "  a b c\n", 3, 8))
