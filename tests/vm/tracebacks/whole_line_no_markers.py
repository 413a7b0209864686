def g():
    undefined_name

g()
