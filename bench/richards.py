"""Richards-style operating-system task scheduler simulation.

Six tasks (an idle task, a worker, two packet handlers and two devices) exchange
packets through a priority scheduler; the run counts queued packets and holds.
Exercises classes, attribute access, method calls, linked lists and branches.

Usage: richards.py [iterations]   (default 30)
"""
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class IdleRecord:
    def __init__(self, count):
        self.control = 1
        self.count = count


class WorkerRecord:
    def __init__(self):
        self.destination = I_HANDLER_A
        self.count = 0


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class DeviceRecord:
    def __init__(self):
        self.pending = None


class Scheduler:
    def __init__(self):
        self.table = [None] * 7
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.table[task.ident] = task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (not task.packet_pending and task.waiting):
                task = task.link
            else:
                task = task.run()


class Task:
    def __init__(self, sched, ident, priority, queue, record, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.record = record
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = None
        sched.add(self)

    # -- state transitions used by the task bodies --
    def run(self):
        if self.packet_pending and self.waiting and not self.holding:
            msg = self.input
            self.input = msg.link
            self.waiting = False
            self.packet_pending = self.input is not None
        else:
            msg = None
        return self.body(msg, self.record)

    def add_packet(self, pkt, current):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.table[ident]
        t.holding = False
        return t if t.priority > self.priority else self

    def qpkt(self, pkt):
        t = self.sched.table[pkt.ident]
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class IdleTask(Task):
    def body(self, pkt, r):
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control >>= 1
            return self.release(I_DEV_A)
        r.control = (r.control >> 1) ^ 0xD008
        return self.release(I_DEV_B)


class WorkerTask(Task):
    def body(self, pkt, r):
        if pkt is None:
            return self.wait()
        r.destination = I_HANDLER_B if r.destination == I_HANDLER_A else I_HANDLER_A
        pkt.ident = r.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            r.count += 1
            if r.count > 26:
                r.count = 1
            pkt.data[i] = 64 + r.count
        return self.qpkt(pkt)


class HandlerTask(Task):
    def body(self, pkt, r):
        if pkt is not None:
            if pkt.kind == K_WORK:
                r.work_in = pkt.append_to(r.work_in)
            else:
                r.device_in = pkt.append_to(r.device_in)
        work = r.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                r.work_in = work.link
                return self.qpkt(work)
            dev = r.device_in
            if dev is not None:
                r.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.qpkt(dev)
        return self.wait()


class DeviceTask(Task):
    def body(self, pkt, r):
        if pkt is None:
            pkt = r.pending
            if pkt is None:
                return self.wait()
            r.pending = None
            return self.qpkt(pkt)
        r.pending = pkt
        return self.hold()


def run_once(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 0, None, IdleRecord(count), False)
    q = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkerTask(s, I_WORK, 1000, q, WorkerRecord(), True)
    q = Packet(Packet(Packet(None, I_DEV_A, K_DEV), I_DEV_A, K_DEV), I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, q, HandlerRecord(), True)
    q = Packet(Packet(Packet(None, I_DEV_B, K_DEV), I_DEV_B, K_DEV), I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, q, HandlerRecord(), True)
    DeviceTask(s, I_DEV_A, 4000, None, DeviceRecord(), True)
    DeviceTask(s, I_DEV_B, 5000, None, DeviceRecord(), True)
    s.run()
    return s.qpkt_count, s.hold_count


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    results = set()
    for _ in range(iterations):
        results.add(run_once(10000))
    assert len(results) == 1
    qpkt, hold = results.pop()
    print(f"checksum: richards iterations={iterations} qpkt={qpkt} hold={hold}")


if __name__ == "__main__":
    main()
