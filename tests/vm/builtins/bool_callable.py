print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(0j), bool(-1))
class T:
    def __bool__(self): return True
class F:
    def __bool__(self): return False
class L0:
    def __len__(self): return 0
class Plain:
    pass
print(bool(T()), bool(F()), bool(L0()), bool(Plain()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
def f(): pass
class K:
    def __call__(self): pass
class NotCall:
    pass
print(callable(f), callable(len), callable(K), callable(K()), callable(NotCall()), callable(1), callable(lambda: 0))
print(callable(str.upper), callable("x".upper), callable(print), callable(None), callable(type))
