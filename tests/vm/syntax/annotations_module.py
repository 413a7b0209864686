x: int = 5
y: "str"
z: list[int] = [1, 2]
print(__annotations__)
print(x, z)
print('y' in globals())

def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(f.__annotations__)

def g(): pass
print(g.__annotations__)

class C:
    attr: int
    other: float = 1.5
    def m(self) -> "C":
        return self
print(C.__annotations__)
print(C.m.__annotations__)
print(hasattr(C, 'attr'), C.other)

def local():
    v: int = 3
    w: str
    return v
print(local())
