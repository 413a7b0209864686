def f():
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
excs = []
try:
    f()
except ValueError as e:
    excs.append(e)
try:
    raise TypeError("ctx")
except TypeError as e:
    excs.append(e)
inner = BaseExceptionGroup("inner", [KeyboardInterrupt(), BaseExceptionGroup("deep", [SystemExit(2)])])
excs.append(inner)
excs.extend(OSError(i) for i in range(14))
raise BaseExceptionGroup("top", excs)
