def mutate(lst, d, n, s):
    lst.append(99)
    d["new"] = True
    n += 1
    s += "!"
    return n, s
L, D, N, S = [1], {}, 10, "str"
print(mutate(L, D, N, S), L, D, N, S)
def rebind(lst):
    lst = [0]
    return lst
orig = [5]
print(rebind(orig), orig)
def mutate_tuple_content(t):
    t[0].append("x")
t = ([],)
mutate_tuple_content(t)
print(t)
def kw_identity(**kw):
    return kw
d = {"a": 1}
r = kw_identity(**d)
print(r == d, r is d)
def args_identity(*a):
    return a
tup = (1, 2)
print(args_identity(*tup) == tup)
