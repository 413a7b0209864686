def return_in_finally():
    try:
        raise ValueError("discarded")
    finally:
        return "finally wins"
print(return_in_finally())
def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    raise_in_finally()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def finally_sees_exception():
    import sys
    try:
        raise TypeError("pending")
    finally:
        print("exc_info in finally:", sys.exc_info()[0])
try:
    finally_sees_exception()
except TypeError:
    print("still propagates")
