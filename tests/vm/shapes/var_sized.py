# Instances of subclasses of variable-size built-ins keep their __dict__ pointer at the
# end of the object: specialized loads and stores of their attributes must find it.
class T(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


class B(bytes):
    pass


def build(cls, arg, i):
    o = cls(arg)
    o.tag = i
    o.name = "n%d" % i
    return o


for cls, arg in ((T, (1, 2, 3)), (S, "abc"), (I, 12345678901234567890), (B, b"xy")):
    objs = [build(cls, arg, i) for i in range(6)]
    for o in objs:
        o.tag = o.tag * 2          # store into the existing entry
    print(cls.__name__, [o.tag for o in objs], [o.name for o in objs][-2:],
          [len(vars(o)) for o in objs][:2])
    got = []
    for i, o in enumerate(objs):
        if i == 3:
            del o.tag
        got.append(getattr(o, "tag", None))
    print(got)
