# queue: timeout validation on each path, maxsize edge cases, storage hooks, task counting.
import queue
import threading


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, queue.Empty, queue.Full) as e:
        print(label, type(e).__name__, e)


q = queue.Queue()
q.put("x", timeout=-5)          # unbounded: the timeout is never looked at
attempt("get ready, timeout -1:", lambda: q.get(timeout=-1))
attempt("get ready, no block:", lambda: q.get(False, -1))
attempt("get empty, timeout 0:", lambda: q.get(True, 0))
b = queue.Queue(3)
attempt("bounded put, timeout -1:", lambda: b.put(1, timeout=-1))
attempt("bounded put, no block:", lambda: b.put(1, False, -1))
print("unfinished", q.unfinished_tasks, b.unfinished_tasks, b.qsize())

half = queue.Queue(0.5)
print("maxsize 0.5:", half.full(), end=" ")
half.put(1)
print(half.full())
neg = queue.Queue(-3)
for i in range(4):
    neg.put(i)
print("maxsize -3:", neg.full(), neg.qsize(), neg.maxsize)

lq, pq = queue.LifoQueue(), queue.PriorityQueue()
for v in [5, 2, 8, 2]:
    lq.put(v)
    pq.put(v)
print(type(lq.queue).__name__, lq.queue, type(pq.queue).__name__, sorted(pq.queue))
print(type(q.queue).__name__, [lq.get() for _ in range(4)], [pq.get() for _ in range(4)])


class Logged(queue.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


lg = Logged(2)
lg.put("a")
lg.put_nowait("b")
attempt("logged full:", lambda: lg.put_nowait("c"))
print(lg.get(), lg.get_nowait(), lg.empty())

done = queue.Queue()
for i in range(3):
    done.put(i)
for _ in range(3):
    done.get()
    done.task_done()
done.join()
attempt("extra task_done:", done.task_done)
print("unfinished", done.unfinished_tasks)

sq = queue.SimpleQueue()
attempt("simple timeout -1:", lambda: sq.get(timeout=-1))
attempt("simple no block:", lambda: sq.get(False, -1))
attempt("simple timeout:", lambda: sq.get(timeout=0.01))
t = threading.Thread(target=lambda: [sq.put(i * i) for i in range(5)])
t.start()
print([sq.get(timeout=10) for _ in range(5)], sq.empty(), sq.qsize())
t.join()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
