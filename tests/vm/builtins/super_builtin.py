class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), D.cm(), B.cm())
print(super(B, D()).who(), super(C, D()).who())
s = super(D, D())
print(type(s).__name__, s.who())
class E(A):
    def explicit(self):
        return super(E, self).who()
print(E().explicit())
class NoArgs:
    def m(self):
        def inner():
            return super().__repr__
        try:
            inner()
        except RuntimeError as e:
            print("RuntimeError", e)
NoArgs().m()
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
