class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return Vec(self.x + other.x)
v = Vec(1) + Vec(2)
print(v.x)
w = Vec(1) + 5
