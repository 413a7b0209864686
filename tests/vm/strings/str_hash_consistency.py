a = "hello world"
b = "hello " + "world"
c = "".join(["hel", "lo wor", "ld"])
print(a == b == c, hash(a) == hash(b) == hash(c))
print(hash("") == hash(""), hash("é") == hash("\xe9"), hash("日本") == hash("日" + "本"))
d = {a: 1}
print(d[b], d[c], c in d)
keys = ["k%d" % i for i in range(100)]
m = {k: i for i, k in enumerate(keys)}
print(all(m["k" + str(i)] == i for i in range(100)), list(m)[:5], len(m))
s = set(keys)
print(len(s), "k42" in s, "k100" in s, sorted(s)[:3])
print(type(hash("x")).__name__)
