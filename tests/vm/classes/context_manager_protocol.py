class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None, tb is not None)
        return isinstance(exc, KeyError)
with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("suppressed")
try:
    with Resource("c"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except OSError as e:
    print("OSError", e, "context:", repr(e.__context__))
