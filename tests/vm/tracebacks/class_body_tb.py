class K:
    y = 1
    z = y + "q"
