class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print([c.__name__ for c in Z.mro()])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print("TypeError", e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Conflict(P1, P2): pass
except TypeError as e:
    print("TypeError", e)
class Diamond_A:
    def hi(self): return "A"
class Diamond_B(Diamond_A):
    def hi(self): return "B" + super().hi()
class Diamond_C(Diamond_A):
    def hi(self): return "C" + super().hi()
class Diamond_D(Diamond_B, Diamond_C):
    def hi(self): return "D" + super().hi()
print(Diamond_D().hi(), [c.__name__ for c in Diamond_D.__mro__])
