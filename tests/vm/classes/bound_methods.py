class K:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def add(self, k): return self.n + k
k = K(10)
m = k.get
print(m(), m.__self__ is k, m.__func__ is K.get, m.__name__, m.__qualname__)
print(K.get(k), K.add(k, 5), type(m).__name__, type(K.get).__name__)
print(k.get == k.get, k.get is k.get, K(1).get == K(1).get)
methods = [K(i).get for i in range(3)]
print([f() for f in methods])
unbound = K.add
print(unbound(K(7), 3))
k.n = 20
print(m())
fn = K.__dict__["get"]
print(fn.__get__(k)(), fn.__get__(None, K) is fn)
print(list(map(K.get, [K(1), K(2)])))
class Callback:
    def __init__(self): self.events = []
    def on(self, e): self.events.append(e)
cb = Callback()
handlers = [cb.on, cb.on]
for h, e in zip(handlers, ["x", "y"]):
    h(e)
print(cb.events)
