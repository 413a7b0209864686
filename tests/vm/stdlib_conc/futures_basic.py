# concurrent.futures: ThreadPoolExecutor submit/map/shutdown, Future, wait, as_completed.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in cf.as_completed(futs)))
    print(repr(futs[0]).split(" state=")[1])

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# FIRST_COMPLETED returns before the slow one finishes
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    slow = ex.submit(gate.wait, 10)
    quick = ex.submit(square, 3)
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    done, not_done = cf.wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError")
    gate.set()
    print(slow.result())

# a Future by hand
f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.done(), f.result(), calls)
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")

# worker thread names and initializer
names = set()
init_calls = []
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool",
                           initializer=init_calls.append, initargs=("init",)) as ex:
    for f in [ex.submit(lambda: names.add(threading.current_thread().name)) for _ in range(4)]:
        f.result()
print(sorted(names)[0].startswith("pool_"), init_calls[:1])
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

# cancel_futures drops the queued work
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    blocker = threading.Event()
    first = ex.submit(blocker.wait, 10)
    queued = [ex.submit(square, i) for i in range(3)]
    time.sleep(0.01)
    blocker.set()
    ex.shutdown(cancel_futures=True)
    print(first.result(), all(q.done() for q in queued))
