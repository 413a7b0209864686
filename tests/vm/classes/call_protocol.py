class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [0, 10])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class Meta(type):
    def __call__(cls, *a):
        return f"intercepted {cls.__name__}{a}"
class Weird(metaclass=Meta): pass
print(Weird(1, 2))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
inst = Adder(1)
inst.__call__ = lambda x: "instance attr ignored"
print(inst(1))
