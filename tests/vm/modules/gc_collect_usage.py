import gc
class Node:
    def __init__(self):
        self.ref = self
for _ in range(1000):
    Node()
n = gc.collect()
print(type(n).__name__, n >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
a = []
a.append(a)
del a
print(type(gc.collect()).__name__)
