# queue.Queue put/get on each path: free, blocked then woken, non-blocking, timeouts
# (checked even when the call would not block, as CPython does), task_done/join; and
# Condition.notify order and its checks with and without waiters.
import queue
import threading
import time


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


bounded = queue.Queue(maxsize=2)
unbounded = queue.Queue()
attempt('bounded put timeout=-1', bounded.put, 1, True, -1)
attempt('bounded put nowait timeout=-1', bounded.put, 1, False, -1)
attempt('unbounded put timeout=-1', unbounded.put, 1, True, -1)
attempt('get timeout=-1 with item', unbounded.get, True, -1)
attempt('get nowait timeout=-1 empty', unbounded.get, False, -1)
attempt('put timeout=0.5 free', bounded.put, 2, True, 0.5)
attempt('put nowait full', bounded.put_nowait, 3)
attempt('put timeout=0 full', bounded.put, 3, True, 0)
print('size', bounded.qsize(), bounded.full(), bounded.unfinished_tasks)

# Blocked producers and consumers wake in turn; join waits for every task_done.
q = queue.Queue(maxsize=1)
got = []


def consume(n):
    for _ in range(n):
        item = q.get()
        got.append(item)
        time.sleep(0.001)
        q.task_done()


consumer = threading.Thread(target=consume, args=(6,))
consumer.start()
for i in range(6):
    q.put(i)
q.join()
consumer.join()
print('consumed', got, q.unfinished_tasks, q.empty())
attempt('task_done extra', q.task_done)

# notify wakes waiters in the order they waited; notify without waiters is a no-op,
# and without the lock an error.
cond = threading.Condition(threading.Lock())
order = []
ready = threading.Semaphore(0)


def wait_turn(name):
    with cond:
        ready.release()
        cond.wait()
        order.append(name)


threads = []
for name in 'abc':
    th = threading.Thread(target=wait_turn, args=(name,))
    th.start()
    ready.acquire()
    threads.append(th)
    with cond:       # the waiter has released the lock: it is in wait()
        pass
for _ in 'abc':
    with cond:
        cond.notify()
    time.sleep(0.02)
for th in threads:
    th.join()
print('notify order', order)
with cond:
    cond.notify()
    cond.notify_all()
print('no waiters ok')
attempt('notify unowned', cond.notify)
