try:
    raise ValueError("scoped")
except ValueError as err:
    kept = err
    print("inside:", err)
print("err defined after except?", "err" in dir())
print("kept:", kept)
def f():
    err = "local before"
    try:
        raise KeyError
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())
x = "unchanged"
try:
    1 / 0
except ZeroDivisionError:
    pass
print(x)
def g():
    try:
        raise IndexError("in g")
    except IndexError as exc:
        return lambda: exc
try:
    g()()
except NameError as e:
    print("NameError", e)
