class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "p"
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret(), self.__balance
a = Account()
print(a.reveal(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
print(a._Account__balance, a._Account__secret())
print(sorted(k for k in vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
print(sorted(vars(Sub())))
class _Lead:
    def m(self):
        self.__x = 1
        return sorted(vars(self))
print(_Lead().m())
class Dunder:
    def __init__(self):
        self.__ok__ = "not mangled"
print(vars(Dunder()))
