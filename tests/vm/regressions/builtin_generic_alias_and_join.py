# __class_getitem__ of the built-in generic containers (dict is tested in classes/class_getitem.py)
for tp in [list, tuple, set, frozenset, enumerate, type, BaseExceptionGroup, ExceptionGroup]:
    a = tp[int]
    print(a, type(a).__name__, a.__origin__ is tp, a.__args__, a == tp[int], a != tp[str])
print(tuple[int, ...], tuple[()], list[list[int]], set[int | None], list["X"])
print(list[int]("ab"), tuple[int]([1]), isinstance([], list), hash(list[int]) == hash(list[int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class MyList(list):
    pass
print(MyList[int], MyList[int]().__class__.__name__)
print(list(enumerate("ab", True)), list(enumerate("ab", start=False)), type(next(enumerate("a", True))[0]).__name__)
class S(str):
    def __str__(self):
        return "S!"
s = S("x")
print(f"{s}", f"{s:>3}", format(s), format(s, ""), "{}".format(s), "%s" % s, str(s))
for sep in ["", b"", bytearray()]:
    for arg in [5, None, [1]]:
        try:
            sep.join(arg)
        except TypeError as e:
            print(type(sep).__name__, e)
def gen():
    yield "a"
    raise TypeError("inside")
try:
    "".join(gen())
except TypeError as e:
    print(e)
