# logging.handlers: rollover arithmetic and file naming, buffering flush rules,
# queue preparation -- the parts not exercised by stdlib_py2/logging_handlers.
import datetime
import logging
import logging.handlers as lh
import os
import queue
import shutil
import tempfile

tmp = tempfile.mkdtemp()


def listing():
    return sorted(os.listdir(tmp))


def record(msg, level=logging.INFO):
    return logging.LogRecord('t', level, 'here.py', 1, msg, None, None)


grow = lh.RotatingFileHandler(os.path.join(tmp, 'grow.log'), maxBytes=10, backupCount=0)
for i in range(4):
    grow.emit(record('line %d' % i))
grow.close()
print(listing(), open(os.path.join(tmp, 'grow.log')).read().split())

three = lh.RotatingFileHandler(os.path.join(tmp, 'r.log'), maxBytes=8, backupCount=3)
three.namer = lambda name: name.replace('r.log.', 'r-') + '.old'
for i in range(6):
    three.emit(record('msg%d' % i))
three.close()
print(listing())

weekly = lh.TimedRotatingFileHandler(os.path.join(tmp, 'wk.log'), when='W0', utc=True,
                                     atTime=datetime.time(12, 0), delay=True)
for moment in [0, 3 * 86400 + 43200, 4 * 86400 + 43199, 4 * 86400 + 43201, 11 * 86400]:
    print(moment, weekly.computeRollover(moment), weekly.dayOfWeek)
hourly = lh.TimedRotatingFileHandler(os.path.join(tmp, 'h.log'), when='H', interval=6,
                                     utc=True, delay=True, backupCount=2)
print(hourly.interval, hourly.computeRollover(100), hourly.suffix)
for name in ['h.log.2024-01-01_00', 'h.log.2024-01-01_06.gz', 'h.log.2024-01-01_12',
             'h.log.bad', 'h.log.2024-01-01', 'other.2024-01-01_00']:
    open(os.path.join(tmp, name), 'w').close()
print([os.path.basename(p) for p in hourly.getFilesToDelete()])
hourly.backupCount = 5
print(hourly.getFilesToDelete())

sink = []


class Keep(logging.Handler):
    def emit(self, rec):
        sink.append(rec.getMessage())


mem = lh.MemoryHandler(2, flushLevel=logging.CRITICAL)
mem.handle(record('no target yet'))
mem.handle(record('still buffered'))
print(len(mem.buffer), sink)
mem.setTarget(Keep())
mem.handle(record('third'))
print(len(mem.buffer), sink)
zero = lh.BufferingHandler(0)
zero.handle(record('gone at once'))
print(zero.buffer, zero.shouldFlush(record('x')))

q = queue.Queue()
qh = lh.QueueHandler(q)
qh.setFormatter(logging.Formatter('[%(message)s]'))
rec = record('value %d')
rec.args = (7,)
rec.stack_info = 'a stack'
prepared = qh.prepare(rec)
print(prepared is rec, prepared.msg, prepared.args, prepared.stack_info, rec.args)
listener = lh.QueueListener(q, Keep(), Keep())
listener.start()
q.put(record('to both'))
listener.stop()
print(sink[-2:], listener._thread)
shutil.rmtree(tmp)
