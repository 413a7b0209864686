class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "small circle"
        case int(n):
            return f"int {n}"
        case str() | bytes():
            return "text"
        case _:
            return "unknown"

for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(4, 5), 20), Circle(Point(1, 1), 1), 7, "s", b"b", 2.0]:
    print(where(o))
