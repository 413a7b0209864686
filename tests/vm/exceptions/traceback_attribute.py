def f():
    raise ValueError("with traceback")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    depth = 0
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    print(depth, names)
e2 = KeyError("fresh")
print(e2.__traceback__)
try:
    raise e2
except KeyError as caught:
    print(caught is e2, caught.__traceback__ is not None)
ex = RuntimeError("x")
ex2 = ex.with_traceback(None)
print(ex2 is ex)
try:
    try:
        raise IndexError("inner")
    except IndexError as inner:
        saved = inner
    print(saved.__traceback__.tb_lineno)
except Exception:
    pass
