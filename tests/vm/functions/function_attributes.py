def documented(a, b: int = 1, *args, c: str = "x", **kw) -> bool:
    """Docstring of documented."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
print(documented.__annotations__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:5], bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
documented.custom = "attached"
print(documented.custom, documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
class C:
    def method(self):
        def inner(): pass
        return inner
print(C.method.__qualname__, C().method().__qualname__)
lam = lambda: None
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
def no_doc(): pass
print(no_doc.__doc__, type(no_doc).__name__, no_doc.__globals__ is globals())
try:
    documented.__code__ = 5
except TypeError as e:
    print("TypeError", e)
