def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    return f"{name} finished"
def run(tasks):
    results = []
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("A", 3), task("B", 1), task("C", 2)]))
def ping_pong(n):
    def player(name, other_name):
        while True:
            msg = yield
            if msg >= n:
                return
            print(f"{name} -> {other_name}: {msg}")
    return player
p = ping_pong(4)
a, b = p("ping", "pong"), p("pong", "ping")
next(a); next(b)
cur, nxt = a, b
v = 0
try:
    while True:
        cur.send(v)
        v += 1
        cur, nxt = nxt, cur
except StopIteration:
    print("game over at", v)
