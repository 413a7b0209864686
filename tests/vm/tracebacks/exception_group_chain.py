try:
    raise KeyError("first")
except KeyError:
    raise ExceptionGroup("eg", [ValueError("x")])
