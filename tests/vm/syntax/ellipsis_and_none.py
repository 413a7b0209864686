def stub(): ...
print(stub())
print(..., repr(...), str(Ellipsis))
print(type(...).__name__, type(None).__name__)
print(bool(None), bool(...))
x = [1, 2, 3]
print(x[...] if hasattr(x, 'shape') else "no ellipsis indexing for list")
class Sub:
    def __getitem__(self, k):
        return k
s = Sub()
print(s[...], s[1:2, ...], s[..., 0])
print(None == None, None != 0, None is not ...)
def returns_none():
    return
print(returns_none())
