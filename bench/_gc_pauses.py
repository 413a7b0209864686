"""Shared by mem_gc_pause.py and mem_gc_bigcycle.py: every collection timed between
gc.callbacks "start" and "stop" in process CPU time (so that a busy machine descheduling
the process does not count), and the metric lines that report the pauses."""
import gc
import time


class Pauses:
    def __init__(self):
        self.pauses = []
        self.started = 0.0

    def __call__(self, phase, info):
        if phase == "start":
            self.started = time.process_time()
        else:
            self.pauses.append(time.process_time() - self.started)

    def start(self):
        gc.callbacks.append(self)

    def stop(self):
        gc.callbacks.remove(self)

    def report(self):
        p = sorted(self.pauses)
        print(f"metric: collections {len(p)}")
        print(f"metric: max_pause {1000 * p[-1] if p else 0:.2f} ms")
        print(f"metric: p99_pause {1000 * p[int(len(p) * 0.99)] if p else 0:.2f} ms")
        print(f"metric: total_gc {1000 * sum(p):.1f} ms")
