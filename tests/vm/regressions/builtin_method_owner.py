# Built-in functions and method descriptors: the class of a static method names it
# (str.maketrans), reprs use the full type name (collections.deque), bound built-in
# methods pickle by getattr(owner, name), and class method descriptors check their
# argument with CPython's messages.
import collections
import pickle

f = str.maketrans
print(repr(f).startswith("<built-in method maketrans of type object at "), f.__qualname__, f.__self__)
print(f.__reduce__(), pickle.loads(pickle.dumps(f)) is f, f("ab", "cd"))
print(repr(bytes.maketrans).split(" at ")[0], bytes.maketrans.__qualname__)

d = collections.deque([1])
print(repr(d.append).split(" at ")[0], d.append.__qualname__)
print(repr(collections.deque.append), collections.deque.append.__qualname__)
print(collections.deque.append.__reduce__(), str.join.__reduce__())
for meth in (collections.deque.append, str.join, dict.fromkeys, [].append):
    g = pickle.loads(pickle.dumps(meth))
    print(meth.__qualname__, g == meth, type(g).__name__)
g = pickle.loads(pickle.dumps([3, 4].append))
print(g.__self__, g == [3, 4].append)

fk = dict.__dict__["fromkeys"]
print(repr(fk), fk(dict, "ab"))
for call in (lambda: fk(1), lambda: fk(), lambda: fk(int), lambda: fk.__get__(1, 2),
             lambda: fk.__get__(1, None), lambda: collections.deque.append(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
