# signal: Python handlers run in the main thread, for os.kill, alarm, setitimer and
# raise_signal; SIG_IGN/SIG_DFL; the enums; errors.
import os
import signal
import threading
import time

print(signal.SIGINT, repr(signal.SIGUSR1), signal.Signals(14).name, signal.SIG_DFL, signal.SIG_IGN)
print(repr(signal.SIG_IGN), signal.Handlers.SIG_DFL is signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1))
print(signal.NSIG, signal.SIGRTMIN > 31, signal.ITIMER_REAL)

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame is not None,
                threading.current_thread() is threading.main_thread()))


old = signal.signal(signal.SIGUSR1, handler)
print("old handler", old)
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)

# alarm interrupts a sleep; the handler runs and the sleep goes on
signal.signal(signal.SIGALRM, handler)
print("alarm", signal.alarm(1))
t0 = time.monotonic()
time.sleep(1.5)
print(got[-1], time.monotonic() - t0 >= 1.4)

# setitimer / getitimer
signal.setitimer(signal.ITIMER_REAL, 0.5)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 0.5, interval)
time.sleep(1.0)
print(len(got), got[-1][0])

# raise_signal runs the handler right away; a handler's exception propagates
class Stop(Exception):
    pass


def raiser(signum, frame):
    raise Stop(signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
except Stop as e:
    print("Stop", e)

# a signal sent from another thread is handled by the main thread
t = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGUSR1))
t.start()
t.join()
for _ in range(100):
    pass
print(got[-1])

# SIG_IGN drops it; restore SIG_DFL
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), len(got))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# KeyboardInterrupt from the default SIGINT handler
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
vs = signal.valid_signals()
print(signal.SIGKILL in vs, signal.SIGUSR1 in vs, 0 in vs)
for bad in [(0, handler), (signal.NSIG, handler), (signal.SIGUSR1, 5), (signal.SIGKILL, handler)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)


def from_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print("ValueError:", e)


t = threading.Thread(target=from_thread)
t.start()
t.join()
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError:", e.args[0].replace(str(w), "W"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(-1) == w)
