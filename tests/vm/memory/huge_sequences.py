# Requests far beyond any machine's memory raise MemoryError (or CPython's
# OverflowError) at once, and the interpreter keeps working afterwards.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "built", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, str(e))

attempt("list * 2**62", lambda: [0] * (1 << 62))
attempt("list * 2**40", lambda: [None] * (1 << 40))
attempt("list2 * 2**61", lambda: [1, 2] * (1 << 61))
attempt("list2 * 2**62", lambda: [1, 2] * (1 << 62))
attempt("tuple * 2**62", lambda: (0,) * (1 << 62))
attempt("str * 2**62", lambda: "x" * (1 << 62))
attempt("str * 2**40", lambda: "x" * (1 << 40))
attempt("str2 * 2**62", lambda: "ab" * (1 << 62))
attempt("bytes * 2**62", lambda: b"x" * (1 << 62))
attempt("bytes * 2**40", lambda: b"x" * (1 << 40))
attempt("bytes5 * 2**62", lambda: b"abcde" * (1 << 62))
attempt("bytearray(2**62)", lambda: bytearray(1 << 62))
attempt("bytearray(2**40)", lambda: bytearray(1 << 40))
attempt("bytes(2**40)", lambda: bytes(1 << 40))
attempt("list(range(2**62))", lambda: list(range(1 << 62)))
attempt("list(range(2**40))", lambda: list(range(1 << 40)))
attempt("tuple(range(2**40))", lambda: tuple(range(1 << 40)))

def inplace_list():
    x = [0]
    x *= 1 << 62
    return x

def inplace_bytearray():
    x = bytearray(b"a")
    x *= 1 << 62
    return x

attempt("list *= 2**62", inplace_list)
attempt("bytearray *= 2**62", inplace_bytearray)
print(len(range(1 << 62)) == 1 << 62)
print(sum(range(10)), [1, 2] * 3, "ab" * 3)
