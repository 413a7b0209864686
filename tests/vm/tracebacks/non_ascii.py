def f():
    return "héllo" + 1

f()
