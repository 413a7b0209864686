# Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer, RLock and local.
import threading
import time

# Condition: a consumer waits for items a producer appends.
cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        for _ in range(3):
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
    time.sleep(0.005)
c.join()
print("consumed", consumed)
with cond:
    print("wait timeout", cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore bounds concurrency.
sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with guard:
            active[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0])
print(sem.acquire(timeout=0.01), sem.acquire(False), sem.acquire(False), sem.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Thread(target=ev.set).start()
print(ev.wait(10), ev.is_set())
ev.clear()
print(ev.is_set())

# Barrier: the action runs once, each waiter gets a distinct index.
calls = []
bar = threading.Barrier(3, action=lambda: calls.append("action"))
indexes = []


def arrive():
    i = bar.wait()
    with guard:
        indexes.append(i)


ts = [threading.Thread(target=arrive) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indexes), calls, bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print("after reset", b2.broken)

# Timer: cancelled timers never fire.
fired = []
t1 = threading.Timer(0.01, fired.append, args=("a",))
t2 = threading.Timer(0.01, fired.append, args=("b",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print("fired", fired)

# RLock: re-entrant for its owner only.
rl = threading.RLock()
rl.acquire()
rl.acquire()
other = []
t = threading.Thread(target=lambda: other.append(rl.acquire(False)))
t.start()
t.join()
rl.release()
rl.release()
print("other thread got it:", other)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# local: each thread sees its own attributes; subclasses get __init__ per thread.
class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start
        self.tid = threading.current_thread().name


loc = MyLocal(5)
loc.value = 6
seen = []


def use_local():
    seen.append((loc.value, loc.tid, hasattr(loc, "extra")))
    loc.extra = 1


t = threading.Thread(target=use_local, name="L")
t.start()
t.join()
print(seen, loc.value, loc.tid, hasattr(loc, "extra"))
plain = threading.local()
plain.a = 1
print(sorted(plain.__dict__.items()))
del plain.a
try:
    plain.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
