if (n := len([])) == 0:
    raise LookupError(n)
