# A polymorphic attribute site keeps its inline entries per shape: one entry serves a
# base class and every subclass that keeps its layout (richards' tasks), next to another
# shape's classes. Each way such an entry can go stale must be seen: a property or a
# class attribute of the name added to one member (or to the base) later, a new subclass
# with a property joining the shape, the attribute deleted from one instance, __class__
# moved to a class of another shape and back, an instance turned into a dict of its own.


class Task:
    def __init__(self, v):
        self.link = v
        self.ident = v * 10


class T1(Task):
    pass


class T2(Task):
    pass


class T3(Task):
    def extra(self):
        return 3


class Packet:
    def __init__(self, v):
        self.ident = -v
        self.link = "p%d" % v


def links(objs):
    out = []
    for o in objs:
        try:
            out.append(o.link)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


def idents(objs):
    return [o.ident for o in objs]


tasks = [Task(0), T1(1), T2(2), T3(3)]
objs = (tasks + [Packet(4)]) * 20
for _ in range(3):
    print(links(objs)[:5], sum(idents(objs)))

T2.link = property(lambda self: "T2-prop")
print(links(objs)[:5])
del T2.link
print(links(objs)[:5])

Task.link = property(lambda self: "base-prop")
print(links(objs)[:5])
del Task.link
print(links(objs)[:5])

T1.link = "class-level"      # an instance attribute still wins over it
print(links(objs)[:5])
del T1.link
print(links(objs)[:5])


class T4(Task):
    link = property(lambda self: "T4-prop", lambda self, v: None)


later = objs + [T4(5)] * 3
print(links(later)[:5], links(later)[-1])

del tasks[2].link
print(links(objs)[:5])
tasks[2].link = 22

tasks[1].__class__ = Packet
print(links(objs)[:5], idents(objs)[:5])
tasks[1].__class__ = T1
print(links(objs)[:5], idents(objs)[:5])

for i in range(40):
    setattr(tasks[3], "more%d" % i, i)
tasks[3].link = "dict-mode"
print(links(objs)[:5], tasks[3].more39)
