funcs = {}
for name in ["a", "b", "c"]:
    funcs[name] = lambda name=name: name.upper()
print({k: f() for k, f in funcs.items()})
acts = []
for i in range(3):
    def act(i=i):
        return i * 10
    acts.append(act)
print([a() for a in acts])
def make(n):
    return lambda: n
print([make(i)() for i in range(3)])
gens = [(lambda: j) for j in range(3)]
print([g() for g in gens])
def counters():
    out = []
    for k in range(3):
        def c(k=k):
            nonlocal_val = k
            return nonlocal_val + 100
        out.append(c)
    return out
print([c() for c in counters()])
