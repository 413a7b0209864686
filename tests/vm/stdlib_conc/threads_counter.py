# Eight threads increment a shared counter under a Lock: the total must be exact.
import threading

counter = 0
lock = threading.Lock()
seen = []


def work(n, tag):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    with lock:
        seen.append(tag)


threads = [threading.Thread(target=work, args=(5000, i), name=f"w{i}") for i in range(8)]
print([t.name for t in threads])
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(sorted(seen))
print([t.is_alive() for t in threads])
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread() is threading.main_thread())
print(all(isinstance(t.ident, int) and isinstance(t.native_id, int) for t in threads))
print(len({t.ident for t in threads}) >= 1, threads[0].ident != threading.get_ident())

# default names carry the target's name
def target():
    pass


t = threading.Thread(target=target)
print(t.name.endswith("(target)"), t.daemon)
t.start()
t.join()
print(repr(t).startswith("<Thread(") and "stopped" in repr(t))

# errors
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=target)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
u.daemon = True
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
u.join()

# results through a list, in thread order
results = [None] * 4


def square(i):
    results[i] = i * i


ts = [threading.Thread(target=square, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=10)
print(results)
