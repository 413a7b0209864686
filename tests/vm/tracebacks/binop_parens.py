a, b = 1, "x"
r = (a) + (b)
