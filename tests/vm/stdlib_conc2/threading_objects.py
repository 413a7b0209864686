# threading: Thread lifecycle and reprs, errors, names, locks, Condition, semaphores,
# Event, Barrier, Timer, local subclasses, hooks, excepthook output.
import re
import sys
import threading
import time


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"\b\d{3,}\b", "N", s))


def attempt(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


main = threading.main_thread()
print(clean(repr(main)), main is threading.current_thread(), main.daemon, main.is_alive())
t = threading.Thread()
print(clean(repr(t)), t.ident, t.native_id, t.is_alive(), t.daemon)
attempt("join unstarted:", t.join)
attempt("daemon of running:", lambda: setattr(main, "daemon", True))
attempt("join self:", main.join)
attempt("group:", lambda: threading.Thread(group=1))
print(threading.Thread(name=7).name, threading.Thread(target=len).name,
      threading.Thread(target=lambda: 0).name, threading.Thread(target=object()).name)
gate = threading.Event()
sleeper = threading.Thread(target=gate.wait, name="sleeper", daemon=True)
sleeper.start()
print(clean(repr(sleeper)), sleeper.is_alive(), sleeper in threading.enumerate())
attempt("start twice:", sleeper.start)
attempt("join timeout:", lambda: sleeper.join(0.01))
print(sleeper.is_alive(), threading.active_count())
gate.set()
sleeper.join()
print(clean(repr(sleeper)), sleeper.is_alive(), sleeper in threading.enumerate())
attempt("target after run:", lambda: sleeper._target)

l, r = threading.Lock(), threading.RLock()
attempt("release unlocked:", l.release)
attempt("release unowned rlock:", r.release)
attempt("nonblocking timeout:", lambda: l.acquire(False, 1))
with r, r:
    print(clean(repr(r)), l.acquire(), clean(repr(l)), l.acquire(timeout=0.01))
l.release()

c = threading.Condition(threading.Lock())
print(clean(repr(c)))
attempt("wait unowned:", c.wait)
attempt("notify unowned:", c.notify)
box = []
def consumer():
    with c:
        print("  wait_for got", c.wait_for(lambda: box and box[-1]))
w = threading.Thread(target=consumer)
w.start()
with c:
    print(" ", c.wait_for(lambda: 0, 0.02), c.wait(0))
    box.append(0)
    c.notify_all()
time.sleep(0.05)
with c:
    box.append("item")
    c.notify()
w.join()

attempt("semaphore -1:", lambda: threading.Semaphore(-1))
s = threading.Semaphore(2)
print([s.acquire(), s.acquire(False), s.acquire(False), s.acquire(timeout=0.01)], clean(repr(s)))
attempt("release 0:", lambda: s.release(0))
attempt("nonblocking timeout:", lambda: s.acquire(False, 2))
s.release(3)
print(clean(repr(s)))
b = threading.BoundedSemaphore(2)
with b:
    print(clean(repr(b)))
attempt("bounded over:", b.release)

e = threading.Event()
print(clean(repr(e)), e.wait(0.01), e.is_set())
threading.Timer(0.02, e.set).start()
print(e.wait(10), clean(repr(e)))
e.clear()
print(e.is_set())
tm = threading.Timer(30, print, args=["never"])
tm.start()
tm.cancel()
tm.join()
print("cancelled:", tm.finished.is_set(), tm.interval, tm.args, tm.kwargs, tm.name.startswith("Thread-"))
