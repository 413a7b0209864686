def f(x: "SomeUndefinedType", y: "List[int]" = None) -> "Result":
    return x
print(f.__annotations__)
print(f(5))
def g(a: int, b: 1 + 2, c: [1, 2] = []) -> print:
    pass
print(g.__annotations__)
count = 0
def side_effect():
    global count
    count += 1
    return "evaluated"
def h(p: side_effect()): pass
print(count, h.__annotations__)
class C:
    attr: side_effect()
print(count, C.__annotations__)
def local_ann():
    z: side_effect() = 1
    return z
print(local_ann(), count)
