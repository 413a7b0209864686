class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
class MetaProto(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)
class Sized(metaclass=MetaProto):
    required = ("__len__",)
class Iterable(metaclass=MetaProto):
    required = ("__iter__",)
for obj in [Duck(), [], "s", 5, {}, object()]:
    print(type(obj).__name__, isinstance(obj, Sized), isinstance(obj, Iterable))
print(issubclass(list, Sized), issubclass(int, Iterable), issubclass(Duck, (Sized, Iterable)))
print(isinstance(3, (str, (bytes, (int,)))), isinstance(3, ()))
