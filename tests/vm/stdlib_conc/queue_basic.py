# queue: FIFO/LIFO/priority order, bounds, timeouts, task_done/join, SimpleQueue.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(8)])
print([pq.get()[1] for _ in range(8)])

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put_nowait("b")
print(bounded.full(), bounded.qsize())
try:
    bounded.put("c", block=False)
except queue.Full:
    print("Full (nowait)")
try:
    bounded.put("c", timeout=0.01)
except queue.Full:
    print("Full (timeout)")
print(bounded.get(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty (nowait)")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty (timeout)")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# producer/consumer with task_done and join: every item processed exactly once
work = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            results.append(item * item)
        work.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    work.put(i)
work.join()
print(len(results), sum(results), sorted(results)[:5])
for _ in workers:
    work.put(None)
for w in workers:
    w.join()
print(work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# a blocked get wakes up when an item arrives
q2 = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q2.get(timeout=10)))
t.start()
q2.put("late")
t.join()
print(got)

sq = queue.SimpleQueue()
for c in "abc":
    sq.put(c)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
print(queue.Queue[int])
