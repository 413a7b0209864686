# threading.Barrier: arrival indexes, the action, timeouts, abort and reset, reprs;
# threading.local subclasses; settrace; excepthook output and a failing hook.
import re
import sys
import threading
import time


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


def attempt(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


actions = []
bar = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(clean(repr(bar)), bar.parties, bar.n_waiting, bar.broken)
indexes = []
workers = [threading.Thread(target=lambda: indexes.append(bar.wait())) for _ in range(2)]
for w in workers:
    w.start()
while bar.n_waiting < 2:
    time.sleep(0.001)
print(clean(repr(bar)))
indexes.append(bar.wait())
for w in workers:
    w.join()
print(sorted(indexes), actions, clean(repr(bar)))

short = threading.Barrier(2, timeout=0.02)
attempt("timeout:", short.wait)
print(clean(repr(short)), short.broken)
attempt("broken:", short.wait)
short.reset()
print(clean(repr(short)), short.broken)
short.abort()
attempt("aborted:", lambda: short.wait(1))
one = threading.Barrier(1, action=lambda: 1 / 0)
attempt("action fails:", one.wait)
print(one.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

outcome = []
pair = threading.Barrier(2)
waiter = threading.Thread(target=lambda: outcome.append(attempt("reset while waiting:", pair.wait)))
waiter.start()
while pair.n_waiting < 1:
    time.sleep(0.001)
pair.reset()
waiter.join()
print(pair.broken, pair.n_waiting)


class Counter(threading.local):
    def __init__(self, start, step=1):
        self.value = start
        self.step = step


ctr = Counter(10, step=5)
ctr.value += ctr.step
seen = []
t = threading.Thread(target=lambda: seen.append((ctr.value, ctr.step)))
t.start()
t.join()
print(ctr.value, seen)
attempt("plain local args:", lambda: threading.local(1))

calls = []
def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_filename.endswith("threading_barrier.py"):
        calls.append(frame.f_code.co_name)
    return None
def traced_work():
    return 1
threading.settrace(tracer)
print(threading.gettrace() is tracer)
t = threading.Thread(target=traced_work)
t.start()
t.join()
threading.settrace(None)
print(calls)

def fail():
    raise ValueError("boom in thread")
args_seen = []
threading.excepthook = lambda a: args_seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
t = threading.Thread(target=fail, name="hooked")
t.start()
t.join()
print(args_seen)
a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a, a.exc_type, a.thread, len(a))
attempt("short args:", lambda: threading.ExceptHookArgs([1]))


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def report_without_threading_frames(run):
    # The frames inside threading.py itself differ between implementations; everything
    # else of the report must match exactly.
    cap, saved = Capture(), sys.stderr
    sys.stderr = cap
    try:
        run()
    finally:
        sys.stderr = saved
    lines = "".join(cap.parts).splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("  File") and "threading" in line and "threading_barrier" not in line:
            i += 1
            if i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        print("|", line)
        i += 1


def run_thread(name):
    t = threading.Thread(target=fail, name=name)
    t.start()
    t.join()


def bad_hook(a):
    raise RuntimeError("hook broke")


threading.excepthook = bad_hook
report_without_threading_frames(lambda: run_thread("hook-fails"))
threading.excepthook = threading.__excepthook__
report_without_threading_frames(lambda: run_thread("plain"))
t = threading.Thread(target=sys.exit, args=(2,), name="exits")
t.start()
t.join()
print("done")
