class C:
    x = None

obj = C()
obj.x.y.z
