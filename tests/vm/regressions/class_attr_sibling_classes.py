# A class attribute read at one site on sibling classes (which share their base's
# instance layout) must give each class's own value, also once the site is specialized.
class Base:
    tag = "base"


class A(Base):
    tag = "a"


class B(Base):
    tag = "b"


class C(Base):
    pass


made = [type("T%d" % i, (Base,), {"tag": "t%d" % i}) for i in range(5)]
for cls in [A, B, C, A, B, C, Base] + made + made:
    print(cls.__name__, cls.tag)
for i in range(6):
    cls = (A, B, C)[i % 3]
    cls.tag = cls.__name__ + str(i)
    print([k.tag for k in (A, B, C)])
