# s += t grows s in place when the next instruction stores to s, also when that store is
# the first half of a superinstruction (STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST):
# the result must be the same as a fresh concatenation, and aliases must never change.
def grow(n):
    s = ""
    for i in range(n):
        s += "abc"[i % 3]
        if i % 7 == 6:
            s += "\n"
    return s


def aliased(n):
    s = "x"
    seen = []
    for i in range(n):
        s += str(i)
        seen.append(s)
        t = s
        s = s + "-"
    return s, seen[:3], t


def unpack(n):
    a = b = ""
    for i in range(n):
        a += "ab"
        b, c = a, i
    return a, b, c


g = grow(5000)
print(len(g), g.count("\n"), g[:12], g[-8:], hash(g) == hash("".join(g)))
print(aliased(4))
print(unpack(5))
