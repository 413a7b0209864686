# Subclasses that keep their base's layout share its shape: attributes stored by
# different subclasses leave holes in each other's values. Attribute order, __dict__,
# deletion and re-adding must still behave exactly as CPython's dicts.
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2


class Left(Base):
    def __init__(self):
        super().__init__()
        self.left = "L"


class Right(Base):
    def __init__(self):
        super().__init__()
        self.right = "R"          # index after Left's name: a hole at `left`


def show(o):
    print(type(o).__name__, vars(o), sorted(dir(o))[-3:])


for _ in range(3):                # warm the sites so specialized forms run too
    left, right = Left(), Right()
    show(left)
    show(right)

# Reading through one site over all the family.
def total(objs):
    return [o.a + o.b for o in objs]

objs = [Left(), Right(), Base()] * 50
print(sum(total(objs)))

# Deleting a middle attribute keeps the others' order; adding it back puts it last.
r = Right()
del r.b
print(vars(r))
r.b = 20
print(vars(r), list(r.__dict__))

# Filling a hole below a set value must not reorder: `left` stored on a Right.
r2 = Right()
r2.left = "late"
print(list(vars(r2)))

# A name deleted and stored again in a loop (specialized store after deletion).
class Counter(Base):
    pass

cs = [Counter() for _ in range(40)]
for c in cs:
    del c.a
for c in cs:
    c.a = 5
print(list(vars(cs[0])), cs[-1].a, cs[-1].b)

# Instances of sibling classes stay independent.
l2 = Left()
l2.right = "not mine"
print(vars(l2), hasattr(Right(), "left"))
