def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
del lst[-2:]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
assert True
assert 1 == 1, "fine"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty args:", e.args)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
