d = {}
for i in range(10000):
    d[i] = i * 2
print(len(d), d[9999], sum(d.values()))
for i in range(0, 10000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(10000, 10010):
    d[i] = -i
print(len(d), list(d.items())[-2:])
for k in list(d):
    if k < 9990:
        del d[k]
print(d)
d.clear()
d["fresh"] = 1
print(d)
s = {}
for i in range(200):
    s["key%d" % i] = i
    if i % 3 == 0:
        del s["key%d" % (i // 2)]
print(len(s), list(s)[:6])
