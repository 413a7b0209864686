"""Producer/consumer through queue.Queue: two producers and two consumers pass small work
items through a bounded queue; the lock hand-off, Condition waits and wake-ups dominate.

Usage: threads_queue.py [items]   (default 60000)
"""
import queue
import sys
import threading

ITEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
PRODUCERS = 2
CONSUMERS = 2


def produce(q, start, count):
    for i in range(start, start + count):
        q.put((i, i * 7 % 13))


def consume(q, totals, slot):
    total = 0
    n = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        i, w = item
        total += i * w
        n += 1
        q.task_done()
    totals[slot] = (total, n)


def main():
    q = queue.Queue(maxsize=256)
    totals = [None] * CONSUMERS
    per = ITEMS // PRODUCERS
    consumers = [threading.Thread(target=consume, args=(q, totals, k)) for k in range(CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(q, k * per, per)) for k in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    q.join()
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()
    total = sum(t for t, n in totals)
    count = sum(n for t, n in totals)
    print(f"checksum: {count} {total}")


main()
