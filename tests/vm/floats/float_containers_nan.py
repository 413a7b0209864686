nan = float("nan")
lst = [1.0, nan, 2.0]
print(lst.count(nan), lst.index(nan), nan in lst)
other = float("nan")
print(lst.count(other), other in lst)
d = {nan: "first"}
d[nan] = "same object"
d[other] = "other nan"
print(len(d), d[nan], d.get(other))
s = {nan, nan, other}
print(len(s))
print(sorted([3.0, 1.0, 2.0]), max([1.0, 5.5, -2.0]), min(0.5, 0.25))
t = (nan,)
print(t == t, t == (nan,), t == (other,))
print([0.0] == [-0.0], {0.0: 'z'}[-0.0])
