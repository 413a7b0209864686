def g():
    try:
        yield 1
        raise ValueError("inside generator")
    except ValueError as e:
        yield f"caught {e}"
    yield 3
print(list(g()))
def propagate():
    yield 1
    raise KeyError("escapes")
it = propagate()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("KeyError", e)
print(list(it))
def finally_yield():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(finally_yield()))
def context_preserved():
    try:
        raise IndexError("outer")
    except IndexError:
        yield "in except"
        try:
            raise TypeError("inner")
        except TypeError as e:
            yield repr(e.__context__)
print(list(context_preserved()))
