# The low-level _thread module.
import _thread
import time

print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(type(_thread.allocate_lock()) is _thread.LockType)
lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(1, 0.01))
lock.release()
print(repr(lock).startswith("<unlocked _thread.lock object at"))
for bad in [dict(blocking=False, timeout=1), dict(timeout=-2), dict(timeout=1e20)]:
    try:
        lock.acquire(**bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

# start_new_thread: a lock signals completion.
done = _thread.allocate_lock()
done.acquire()
out = []


def worker(a, b, c=0):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
print(isinstance(ident, int))
done.acquire()
print(out)
for args in [(1, ()), (worker, [1]), (worker, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# RLock
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# interrupt_main raises KeyboardInterrupt in the main thread at its next eval break.
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

# a timed acquire waits about as long as asked
lk = _thread.allocate_lock()
lk.acquire()
t0 = time.monotonic()
print(lk.acquire(True, 0.05), 0.04 < time.monotonic() - t0 < 2)
