class Outer:
    class Inner:
        def method(self):
            class Local:
                pass
            return Local
        class Deeper:
            pass
    def make(self):
        return lambda: None
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deeper.__qualname__)
print(Outer.Inner().method().__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer.make.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__module__)
print(repr(Outer.Inner.Deeper))
def func():
    class InFunc:
        class Nested:
            pass
    return InFunc.Nested
print(func().__qualname__)
