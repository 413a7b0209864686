# A thread that freed big ints (ints past 63 bits, kept on a per-thread free list) used
# to crash the process when it exited: the list was released with the objects' type
# fields still chaining the list.
import threading

results = []


def work(n):
    total = 0
    for i in range(n):
        total += (i << 70) * 3      # every step makes and drops heap ints
    results.append(total)


threads = [threading.Thread(target=work, args=(2000 + k,)) for k in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
