def f(a, b):
    return a + b

value = f(1, "2") * 2
