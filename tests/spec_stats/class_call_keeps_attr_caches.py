# A class instantiated from many call sites while its instances' attributes are read in
# a hot loop: specializing a call to the class must not give the class a new version tag
# (which would throw away every attribute cache guarding on the old one).
# expect: LOAD_ATTR deopt == 0
# expect: STORE_ATTR deopt == 0
# expect: LOAD_ATTR as:LOAD_ATTR_SLOT >= 3
class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)


def walk(n):
    p = Vec(0, 0, 0)
    step = Vec(1, 2, 3)
    for i in range(n):
        p = p.add(step).sub(Vec(1, 1, 1)).scale(1)
    return p


p = walk(5000)
print(p.x, p.y, p.z)
