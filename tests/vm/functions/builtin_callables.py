print(len.__name__, len.__qualname__, abs.__doc__ is not None, type(print).__name__)
print(callable(len), len.__module__, str.join.__name__, type(str.join).__name__)
m = [].append
print(type(m).__name__, m.__name__, m.__self__ == [])
print(dict.fromkeys.__name__, type(dict.__dict__["fromkeys"]).__name__)
print(int.__add__.__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(object.__init__.__name__, type(object.__init__).__name__)
f = str.upper
print(f("abc"), list(map(str.lower, ["A", "B"])))
try:
    len.__name__ = "x"
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
try:
    len.custom = 1
except AttributeError as e:
    print("AttributeError", e)
