# An exception in a thread goes to threading.excepthook; the default hook prints
# "Exception in thread NAME:" and the traceback to sys.stderr.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def fail():
    raise ValueError("boom in thread")


cap = Capture()
saved = sys.stderr
sys.stderr = cap
t = threading.Thread(target=fail, name="failer")
t.start()
t.join()
sys.stderr = saved
lines = "".join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-2].strip())
print(lines[-1])
print("main continues", t.is_alive())

# A custom hook receives the arguments.
got = []


def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fail, name="second")
t.start()
t.join()
print(got)

# SystemExit in a thread is silent.
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("after SystemExit", t.is_alive())

# A Thread subclass overriding run() reports the same way.
class Run(threading.Thread):
    def run(self):
        raise KeyError("k")


cap = Capture()
sys.stderr = cap
r = Run(name="runner")
r.start()
r.join()
sys.stderr = saved
lines = "".join(cap.parts).splitlines()
print(lines[0], "|", lines[-1])
