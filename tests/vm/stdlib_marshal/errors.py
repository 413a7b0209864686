# marshal's errors: unmarshallable values, bad and short data, arguments.
import marshal

def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)

attempt("object", marshal.dumps, object())
attempt("function", marshal.dumps, lambda: 0)
attempt("nested", marshal.dumps, [object()])
deep = []
for _ in range(3000):
    deep = [deep]
attempt("deep", marshal.dumps, deep)
attempt("deep data", marshal.loads, b"[\x01\x00\x00\x00" * 3000 + b"N")
attempt("deep enough", lambda d: len(marshal.loads(d)), b"[\x01\x00\x00\x00" * 1990 + b"N")
attempt("empty", marshal.loads, b"")
attempt("unknown", marshal.loads, b"\x01")
attempt("short int", marshal.loads, b"i\x01\x00")
attempt("short str", marshal.loads, b"z\x05ab")
attempt("null", marshal.loads, b"0")
attempt("null in tuple", marshal.loads, b")\x020N")
attempt("null in list", marshal.loads, b"[\x01\x00\x00\x000")
attempt("bad ref", marshal.loads, b"r\x05\x00\x00\x00")
attempt("neg size", marshal.loads, b"(\xff\xff\xff\xff")
attempt("neg bytes", marshal.loads, b"s\xff\xff\xff\xff")
attempt("long digit", marshal.loads, b"l\x01\x00\x00\x00\xff\xff")
attempt("long unnormalized", marshal.loads, b"l\x02\x00\x00\x00\x01\x00\x00\x00")
attempt("huge list", marshal.loads, b"[\xff\xff\xff\x7f")
attempt("trailing ok", marshal.loads, b"N extra")
attempt("str arg", marshal.loads, "N")
attempt("no args", marshal.dumps)
attempt("bad version", marshal.dumps, 1, "x")
attempt("too many", marshal.dumps, 1, 2, 3)
attempt("dict stops at null", marshal.loads, b"{i\x01\x00\x00\x000")
attempt("set of ints", marshal.loads, b"<\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00")
attempt("frozen empty", marshal.loads, b">\x00\x00\x00\x00")
attempt("float text", marshal.loads, b"f\x041.25")
attempt("bad float text", marshal.loads, b"f\x03abc")
