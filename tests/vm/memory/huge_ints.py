# Big ints whose size is out of reach raise MemoryError before any work is
# done; ordinary big-int arithmetic is unaffected.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "built", r.bit_length())
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, str(e))

attempt("1 << 2**45", lambda: 1 << (1 << 45))
attempt("1 << 2**62", lambda: 1 << (1 << 62))
attempt("-1 << 2**50", lambda: -1 << (1 << 50))
attempt("1 << 2**64", lambda: 1 << (1 << 64))
attempt("to_bytes 2**40", lambda: (5).to_bytes(1 << 40, "big"))
x = (1 << 200) + 12345
print((x * x).bit_length(), (x ** 5).bit_length(), (x << 1000).bit_length())
print(pow(3, 1000, 1 << 61), 7 ** 77 % 1000003, (1 << 100) >> 95)
print(str(2 ** 300)[:20], hex(3 ** 50))
