def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c="C"), f(a=0, b=0, c=0))
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
def safe_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_default(1), safe_default(2))
counter = 10
def captured(x=counter):
    return x
counter = 20
print(captured())
print(f.__defaults__, mutable_default.__defaults__)
f.__defaults__ = (100, 200)
print(f(1))
f.__defaults__ = (0, 100, 200)
print(f())
def g(a, b=1, *, c, d=4):
    return a, b, c, d
print(g(0, c=3), g.__kwdefaults__)
g.__kwdefaults__ = {"c": "new c", "d": "new d"}
print(g(0))
