# ThreadPoolExecutor: argument errors, worker naming and reuse, cancel_futures, a broken
# initializer, and work still running when the interpreter exits.
import concurrent.futures as cf
import logging
import threading
import time


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("zero:", lambda: cf.ThreadPoolExecutor(0))
attempt("negative:", lambda: cf.ThreadPoolExecutor(-2))
attempt("initializer:", lambda: cf.ThreadPoolExecutor(initializer=5))


def my_name():
    return threading.current_thread().name


first = cf.ThreadPoolExecutor(3)
named = cf.ThreadPoolExecutor(2, thread_name_prefix="pfx")
second = cf.ThreadPoolExecutor(1)
# one job at a time: the idle worker is reused instead of starting another
print([first.submit(my_name).result() for _ in range(4)])
print(named.submit(my_name).result(), second.submit(my_name).result())
print(first.submit(lambda **kw: sorted(kw), fn=1, self=2).result())
attempt("no fn:", lambda: first.submit())
for ex in (first, named, second):
    ex.shutdown()
    ex.shutdown(wait=False)  # a second shutdown is harmless
attempt("after shutdown:", lambda: first.submit(print))

gate = threading.Event()
pool = cf.ThreadPoolExecutor(1)
running = pool.submit(gate.wait, 10)
queued = [pool.submit(print, "never", i) for i in range(3)]
print("cancel one:", queued[0].cancel())
threading.Timer(0.05, gate.set).start()
pool.shutdown(cancel_futures=True)
print(running.result(), [f.cancelled() for f in queued])


class Collect(logging.Handler):
    def emit(self, record):
        print("log:", record.levelname, record.getMessage(), record.exc_info[0].__name__)


log = logging.getLogger("concurrent.futures")
log.addHandler(Collect())
log.propagate = False


def bad_init(tag):
    raise ValueError(tag)


broken = cf.ThreadPoolExecutor(1, initializer=bad_init, initargs=("init failed",))
job = broken.submit(print, "not run")
attempt("broken job:", job.result)
attempt("broken submit:", lambda: broken.submit(print))
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))
broken.shutdown()

with cf.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [3, 2, 1])))
    slow = ex.map(time.sleep, [0.5], timeout=0.01)
    attempt("map timeout:", lambda: list(slow))

leftover = cf.ThreadPoolExecutor(1)


def keep_submitting():
    # Runs on while the main thread finishes; the exit hook then refuses new work.
    for _ in range(1000):
        try:
            leftover.submit(int)
        except RuntimeError as e:
            print("at exit:", e)
            return
        time.sleep(0.005)


leftover.submit(keep_submitting)
print("main done")
