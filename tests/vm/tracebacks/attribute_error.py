class Point:
    pass

p = Point()
print(p.x)
