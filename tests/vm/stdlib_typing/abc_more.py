# abc: abstract method bookkeeping through inheritance, the deprecated decorators,
# register() rules, caches invalidated by registration, __subclasshook__ verdicts.
import abc
from abc import ABC, ABCMeta, abstractmethod

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abc.abstractclassmethod
    def unit(cls): ...
    @abc.abstractstaticmethod
    def kind(): ...
    @abc.abstractproperty
    def label(self): ...
print(sorted(Shape.__abstractmethods__), Shape.unit.__isabstractmethod__ if hasattr(Shape.unit, '__isabstractmethod__') else None)
class Square(Shape):
    def area(self): return 4
    @classmethod
    def unit(cls): return 'm'
    @staticmethod
    def kind(): return 'square'
    label = 'sq'
print(Square.__abstractmethods__, Square().area(), Square.unit(), Square.kind(), Square().label)
attempt('abstract', lambda: Shape())
class Partial(Shape):
    def area(self): return 1
attempt('partial', lambda: Partial())
print(sorted(Partial.__abstractmethods__))
class Reabstract(Square):
    @abstractmethod
    def area(self): ...
print(sorted(Reabstract.__abstractmethods__))

class Proto(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            if any('ping' in B.__dict__ for B in C.__mro__):
                return True
            if any('never' in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented
class Pinger:
    def ping(self): pass
class Never(Proto):
    never = 1
print(issubclass(Pinger, Proto), isinstance(Pinger(), Proto), issubclass(Never, Proto), issubclass(int, Proto))

class Bad(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
attempt('bad hook', lambda: issubclass(int, Bad))

class Reg(ABC): pass
class Child(Reg): pass
token = abc.get_cache_token()
print(issubclass(float, Reg), issubclass(float, Child))
Child.register(float)
print(abc.get_cache_token() == token, issubclass(float, Reg), issubclass(float, Child), isinstance(1.5, Reg))
attempt('register again', lambda: Reg.register(float) is float)
attempt('register subclass', lambda: Reg.register(Child) is Child)
attempt('cycle', lambda: Child.register(Reg))
attempt('register non-class', lambda: Reg.register(1))
attempt('issubclass non-class', lambda: issubclass(1, Reg))
class Claims:
    __class__ = float
print(isinstance(Claims(), Reg), isinstance(Claims(), Child))
class Lazy(ABC):
    @abstractmethod
    def go(self): ...
Lazy.go = lambda self: 'went'
print(sorted(Lazy.__abstractmethods__))
print(abc.update_abstractmethods(Lazy) is Lazy, Lazy.__abstractmethods__, Lazy().go())
class NotAbc: pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))
print(type(ABC), ABC.__slots__, ABC.__abstractmethods__)
class WithKw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Flagged(WithKw, flag='yes'): pass
print(Flagged.flag)
