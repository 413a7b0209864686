def a():
    raise ValueError("first failure")
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("second failure") from e
def c():
    try:
        b()
    except TypeError:
        raise KeyError("third failure")
c()
