def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "java"]:
    g.send(line)
g.close()
def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def collector(name, out):
    while True:
        out.append((name, (yield)))
out = []
c1, c2 = collector("c1", out), collector("c2", out)
next(c1); next(c2)
b = broadcaster([c1, c2])
next(b)
for i in range(3):
    b.send(i)
print(out)
