class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def cm(fn):
    return lambda *a: GenCM(fn(*a))
@cm
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
@cm
def suppress(exc_type):
    try:
        yield
    except exc_type as e:
        print("suppressed", type(e).__name__, e)
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
with suppress(KeyError):
    {}["missing"]
print("after suppress")
try:
    with tag("p"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
