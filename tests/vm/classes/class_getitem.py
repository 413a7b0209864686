class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["str"], Box[1, 2])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(f"{cls.__name__}Of{len(params)}", (cls,), {"params": params})
T = Typed[int, str]
print(T.__name__, T.params == (int, str), issubclass(T, Typed))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int])
try:
    object[int]
except TypeError as e:
    print("TypeError", e)
class Sub(Box):
    pass
print(Sub[3])
