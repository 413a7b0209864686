class LoggingList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
ll = LoggingList([1, 2])
ll.append(3)
ll[0] = 10
ll.extend([4])
print(ll, len(ll), type(ll).__name__, type(ll + [5]).__name__, ll[1:], type(ll[1:]).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, dict(ad))
try:
    ad.zzz
except AttributeError as e:
    print("AttributeError", e)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
class Name(str):
    def greet(self):
        return "Hi " + self
print(Name("bob").greet(), Name("x").upper(), type(Name("x").upper()).__name__)
class ISet(set):
    pass
print(sorted(ISet([3, 1]) | {2}), type(ISet([1]) | {2}).__name__)
