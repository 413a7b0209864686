# The small script bench/startup.py starts: a function, a loop, a class, argv.
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def total(n):
    return sum(Point(i, -i).norm1() for i in range(n))


print(total(int(sys.argv[1])))
