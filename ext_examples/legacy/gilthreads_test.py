# The GIL released around blocking C code, and C threads calling back into Python through
# PyGILState_Ensure (ext_examples/legacy/gilthreads.c).
import threading

import gilthreads

print("main thread:", gilthreads.gil_state())


def ticks_during(sleep, seconds):
    """How often a Python thread got to run while the main thread was in `sleep`."""
    started = threading.Event()
    stop = threading.Event()
    ticks = []

    def spin():
        started.set()
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    th = threading.Thread(target=spin)
    th.start()
    started.wait()
    before = len(ticks)
    sleep(seconds)
    during = len(ticks) - before
    stop.set()
    th.join()
    return during


print("progress while released:", ticks_during(gilthreads.sleep_released, 0.3) >= 10)
print("progress while blocked:", ticks_during(gilthreads.sleep_blocked, 0.3) < 5)

results = []
names = set()
local = threading.local()


def callback(k, i):
    local.value = (k, i)
    results.append(local.value)
    names.add(threading.current_thread().name.split("-")[0])
    if i == 2:
        return gilthreads.gil_state()
    return None


print("threads:", gilthreads.call_from_threads(callback, 4, 50))
print("calls:", len(results))
print("per thread:", [sum(1 for r in results if r[0] == k) for k in range(4)])
print("in order per thread:", all([i for kk, i in results if kk == k] == list(range(50)) for k in range(4)))
print("thread names:", sorted(names))
print("local untouched here:", hasattr(local, "value"))


def boom(k, i):
    if i == 1:
        raise ValueError("from thread %d" % k)
    results.append((k, i))


results.clear()
print("with failures:", gilthreads.call_from_threads(boom, 3, 3), len(results))

# Many short-lived C threads: each Ensure creates a thread state, each Release deletes it.
total = []
for _ in range(20):
    gilthreads.call_from_threads(lambda k, i: total.append(k), 8, 2)
print("many threads:", len(total), sorted(set(total)))

try:
    gilthreads.call_from_threads(callback, 0, 1)
except ValueError as e:
    print("ValueError:", e)
