for args in [(11, "x", 5), (11, "x"), (11, "x", "f"), (11, "x", 2.5), (11, "x", None), (11, "x", 5, None, "g")]:
    try:
        e = BlockingIOError(*args)
    except Exception as x:
        print(args, type(x).__name__, x); continue
    try:
        w = e.characters_written
    except AttributeError as x:
        w = "AttributeError %s" % x
    print(args, repr(e), str(e), e.args, e.filename, e.filename2, w)
e = BlockingIOError(11, "x")
e.characters_written = 7
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print("AE", x)
print(OSError(1, "x", None, None, "b").filename2, OSError(1, "x", "a", None, None).filename2)
