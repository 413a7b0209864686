l = [1, 2, 3]
for op in [lambda: l.__setitem__(5, 0), lambda: l.__getitem__(-4), lambda: l.__delitem__(3),
           lambda: l.__setitem__("a", 1), lambda: l.insert("x", 1), lambda: l.pop(10), lambda: l.pop(-4)]:
    try:
        op()
        print("no error")
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
l[-1] = 30
l[0] += 10
print(l)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
