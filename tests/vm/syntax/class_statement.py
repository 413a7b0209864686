class Base:
    x = 1
    def hello(self):
        return "hello from " + type(self).__name__

class Derived(Base):
    y = x + 1 if False else 2
    print("class body executes", y)
    def hello(self):
        return super().hello() + "!"

d = Derived()
print(d.hello(), d.x, d.y)
print(Derived.__bases__[0].__name__, Derived.__name__, Derived.__qualname__)

def factory():
    class Local:
        def m(self): pass
    return Local
L = factory()
print(L.__qualname__, L.m.__qualname__)

class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__)

class Kw(Base, metaclass=type):
    pass
print(type(Kw).__name__, Kw.__mro__[1].__name__)
count = 0
class Counter:
    global count
    count = 10
print(count)
print(Base.__module__)
