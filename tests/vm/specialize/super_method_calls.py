# super().name(...) at hot sites: methods found after the class, other attributes
# (properties, classmethods, staticmethods, plain values), missing names, metaclasses,
# a base method replaced mid-loop, and the errors of zero-argument super().
import traceback


class Base:
    greeting = "hi"

    def hello(self, n):
        return ("Base.hello", type(self).__name__, n)

    @property
    def prop(self):
        return "Base.prop of " + type(self).__name__

    @classmethod
    def make(cls, n):
        return (cls.__name__, n)

    @staticmethod
    def static(n):
        return n * 10


class Middle(Base):
    def hello(self, n):
        return ("Middle",) + super().hello(n + 1)


class Leaf(Middle):
    def hello(self, n):
        return ("Leaf",) + super().hello(n + 1)

    def others(self):
        return (super().prop, super().make(3), super().static(4), super().greeting,
                super().__class__.__name__)

    def missing(self):
        return super().nope()


class Shadow(Base):
    def __init__(self):
        self.hello = "instance attribute, not seen by super()"

    def call(self):
        return super().hello(7)


results = []
leaf = Leaf()
for i in range(300):
    results.append(leaf.hello(i))
print(results[0], results[-1], len(results))

print([leaf.others() for _ in range(200)][-1])
print(Shadow().call())

# the base method replaced while the site is hot
for i in range(200):
    if i == 100:
        Base.hello = lambda self, n: ("patched", n)
    r = leaf.hello(i)
print(r)
del Base.hello
try:
    leaf.hello(1)
except AttributeError as e:
    print("AttributeError:", e)

# a plain value under the method's name
Base.hello = 42
try:
    leaf.hello(1)
except TypeError as e:
    print("TypeError:", e)
del Base.hello

for i in range(200):
    try:
        leaf.missing()
    except AttributeError as e:
        msg = str(e)
print(msg)
try:
    leaf.missing()
except AttributeError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(tb[-3:]))


class Meta(type):
    calls = 0

    def __call__(cls, *args):
        Meta.calls += 1
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(sum(Made(i).v for i in range(300)), Meta.calls)


class WithClassMethod(Base):
    @classmethod
    def make(cls, n):
        return ("sub",) + super().make(n)


print([WithClassMethod.make(i) for i in range(200)][-1])


def no_args():
    return super().hello()


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)


class Deleted(Base):
    def hello(self, n):
        del self
        return super().hello(n)


try:
    Deleted().hello(1)
except RuntimeError as e:
    print("RuntimeError:", e)


class NotAnInstance(Base):
    def hello(self, n):
        return super().hello(n)


try:
    NotAnInstance.hello(5, 1)
except TypeError as e:
    print("TypeError:", e)
