# Text results that cannot fit raise MemoryError (or OverflowError as CPython
# decides), and work continues.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "built", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, str(e))

big = "x" * (1 << 20)
attempt("join", lambda: "".join([big] * (1 << 22)))
attempt("join sep", lambda: big.join(["a"] * (1 << 22)))
attempt("replace", lambda: big.replace("x", "y" * (1 << 22)))
attempt("bytes replace", lambda: (b"x" * (1 << 20)).replace(b"x", b"y" * (1 << 22)))
attempt("ljust", lambda: "x".ljust(1 << 40))
attempt("rjust", lambda: "x".rjust(1 << 62))
attempt("center", lambda: "x".center(1 << 62))
attempt("zfill", lambda: "1".zfill(1 << 62))
attempt("bytes ljust", lambda: b"x".ljust(1 << 62))
attempt("expandtabs", lambda: "a\tb".expandtabs(1 << 62))
attempt("format width", lambda: "{:{}}".format(1, 1 << 62))
attempt("format str width", lambda: "{:>{}}".format("a", 1 << 62))
attempt("format spec", lambda: format(1, "1000000000000000000d"))
attempt("percent width", lambda: "%*d" % (1 << 62, 1))
attempt("percent width neg", lambda: "%-*d" % (-(1 << 62), 1))
attempt("percent width 2**63", lambda: "%*d" % (1 << 63, 1))
attempt("percent prec", lambda: "%.*f" % (1 << 40, 1.0))
attempt("percent prec 2**31", lambda: "%.*f" % (1 << 31, 1.0))
attempt("bytes percent width", lambda: b"%*d" % (1 << 62, 1))
attempt("bytes percent prec", lambda: b"%.*f" % (1 << 40, 1.0))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("{:>{}}".format("ok", 6), "x".center(7, "*"))
