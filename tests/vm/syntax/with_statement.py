class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as v:
    print("body got", v)

with CM("outer") as o, CM("inner") as i:
    print("both", o, i)

with CM("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("not suppressing"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with (CM("p1") as a,
      CM("p2") as b):
    print("parenthesized", a, b)

def early():
    with CM("ret"):
        return "returned value"
print(early())

for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
