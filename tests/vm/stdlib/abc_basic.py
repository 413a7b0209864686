import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def m(self): ...
    @abstractmethod
    def n(self): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def m(self): return 1
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def n(self): return 2
    p = 3
print(Full().m(), Full().n(), Full().p, Full.__abstractmethods__)
class Iface(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Iface), issubclass(int, Iface))
class Seq(ABC): pass
t0 = abc.get_cache_token()
print(Seq.register(tuple) is tuple, isinstance((), Seq), issubclass(tuple, Seq), issubclass(list, Seq))
print(abc.get_cache_token() != t0)
class MyT(tuple): pass
print(issubclass(MyT, Seq), isinstance(MyT(), Seq))
@Seq.register
class Foo: pass
print(issubclass(Foo, Seq), Seq in Foo.__mro__)
try: Seq.register(3)
except TypeError as e: print(e)
try: issubclass(3, Seq)
except TypeError as e: print(e)
print(type(ABC), ABC.__abstractmethods__)
class Sub(Seq): pass
print(issubclass(Sub, Seq), isinstance(Sub(), Seq))
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
try: CM()
except TypeError as e: print(e)
class Only(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try: Only()
except TypeError as e: print(e)
def f(): pass
abc.abstractmethod(f); print(f.__isabstractmethod__)
class UA(ABC):
    @abstractmethod
    def g(self): ...
UA.g = lambda self: 5
abc.update_abstractmethods(UA); print(UA().g())
