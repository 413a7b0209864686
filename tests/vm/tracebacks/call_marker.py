def h(x):
    return int(x)

result = h("abc") + 5
