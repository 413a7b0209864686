def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("caught again:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def nested_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except KeyError as e:
    print("re-raised outer:", e)
def in_finally():
    try:
        raise ValueError("from try")
    finally:
        print("finally executing while exception pending")
try:
    in_finally()
except ValueError as e:
    print("propagated:", e)
e = None
try:
    raise IndexError("bound")
except IndexError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
