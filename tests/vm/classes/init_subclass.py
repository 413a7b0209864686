class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print("registering", key, cls.__name__)
        Plugin.registry[key] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry))
print(Plugin.registry["b"] is Beta)
class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")
        super().__init_subclass__(**kwargs)
class Ok(Strict):
    required = True
try:
    class NotOk(Strict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class BadKw(Alpha, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
