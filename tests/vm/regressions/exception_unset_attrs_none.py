cases = [(StopIteration, ["value"]), (SystemExit, ["code"]), (ImportError, ["msg", "name", "path"]),
         (ModuleNotFoundError, ["msg", "name", "path"]),
         (NameError, ["name"]), (AttributeError, ["name", "obj"]), (OSError, ["errno", "strerror", "filename", "filename2"]),
         (BlockingIOError, ["characters_written"]),
         (SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
         (IndentationError, ["msg", "filename", "lineno"]),
         (UnicodeDecodeError, ["encoding", "object", "start", "end", "reason"])]
for cls, attrs in cases:
    for args in [(), ("x",), ("x", 1), (1, "x", "f")]:
        try:
            e = cls(*args)
        except Exception as x:
            print(cls.__name__, args, type(x).__name__, x)
            continue
        out = []
        for a in attrs:
            try:
                out.append(repr(getattr(e, a)))
            except Exception as x:
                out.append(type(x).__name__)
        print(cls.__name__, args, " ".join(out), "|", str(e), "|", repr(e))
e = OSError(1, "x", "f")
del e.filename
print(e.filename, str(e))
e.strerror = None
print(str(e))
e = StopIteration(1)
del e.value
print(e.value)
e = SyntaxError("m", ("f", 1, 2, "t"))
print(e.end_lineno, e.end_offset, str(e))
e = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
print(e.end_lineno, e.end_offset, str(e), e.args)
e = SyntaxError("m", (None, None, None, None))
print(str(e), repr(e))
for bad in [("m", (1, 2)), ("m", 5), ("m", ("f", 1, 2, "t", 5)), ("m", ("f", 1, 2, "t", 5, 6, 7))]:
    try:
        e = SyntaxError(*bad)
        print("ok", str(e), e.args)
    except Exception as x:
        print(type(x).__name__, x)
