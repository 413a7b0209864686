class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class NonDataDesc:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attr"
c = C()
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
c.__dict__["plain"] = "instance dict plain"
print(c.d)
print(c.n)
print(c.plain)
c.d = "assign"
print(c.__dict__["d"])
c.n = "assign n"
print(c.n, c.__dict__["n"])
print(C.d, C.n)
del c.__dict__["n"]
print(c.n)
class GetOnly:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class H:
    g = GetOnly()
print(H.g, H().g)
class DelDesc:
    def __get__(self, obj, owner): return "x"
    def __delete__(self, obj): print("DelDesc.__delete__")
class J:
    dd = DelDesc()
j = J()
del j.dd
try:
    j.dd = 1
except AttributeError:
    print("AttributeError raised: no __set__")
