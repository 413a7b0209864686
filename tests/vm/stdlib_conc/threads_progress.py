# A CPU-bound thread and a sleeping thread both make progress: the interpreter lock is
# handed over at the switch interval and released while sleeping.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

stop = threading.Event()
spins = [0]
ticks = []


def spin():
    n = 0
    while not stop.is_set():
        n += 1
    spins[0] = n


def sleeper():
    for i in range(5):
        time.sleep(0.01)
        ticks.append(i)


a = threading.Thread(target=spin)
b = threading.Thread(target=sleeper)
a.start()
b.start()
b.join()
stop.set()
a.join()
print("sleeper ticks:", ticks)
print("spinner progressed:", spins[0] > 0)

# Two CPU-bound threads both get to run before either finishes.
order = []


def count(tag):
    for i in range(200000):
        if i % 50000 == 0:
            order.append(tag)


ts = [threading.Thread(target=count, args=(tag,)) for tag in "xy"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order))
print("interleaved:", order != sorted(order) or order == ["x"] * 4 + ["y"] * 4)

# The main thread keeps running while a thread sleeps.
t = threading.Thread(target=time.sleep, args=(0.05,))
t.start()
loops = 0
while t.is_alive():
    loops += 1
t.join()
print("main ran while the thread slept:", loops > 0)
