def risky():
    try:
        raise KeyError("original")
    except KeyError:
        return int("bad")
try:
    risky()
except ValueError as e:
    print(type(e).__name__, e)
    print("context is", repr(e.__context__))
    print("cause is", e.__cause__)
try:
    try:
        raise ValueError("A")
    except ValueError:
        try:
            raise TypeError("B")
        except TypeError:
            raise IndexError("C")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handled")
except KeyError as e:
    print("context after handled block:", e.__context__)
def reraise():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
try:
    reraise()
except ValueError as e:
    print("self context?", e.__context__)
