# logging.handlers: rotating files, WatchedFileHandler, buffering and queue handlers.
import datetime
import logging
import logging.handlers as lh
import os
import queue
import shutil
import tempfile
import time

tmp = tempfile.mkdtemp()
listing = lambda: sorted(os.listdir(tmp))
read = lambda name: open(os.path.join(tmp, name)).read()


def record(msg, level=logging.INFO, name='t'):
    return logging.LogRecord(name, level, __file__, 1, msg, None, None)


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.seen = []

    def emit(self, rec):
        self.seen.append(self.format(rec))


path = os.path.join(tmp, 'app.log')
h = lh.RotatingFileHandler(path, maxBytes=30, backupCount=2, encoding='utf-8')
print(h.mode, h.maxBytes, h.backupCount, h.baseFilename == path, isinstance(h, lh.BaseRotatingHandler))
for i in range(7):
    h.emit(record('message %d' % i))
h.close()
print(listing(), [read(n) for n in listing()])

h = lh.RotatingFileHandler(os.path.join(tmp, 'n.log'), maxBytes=12, backupCount=1)
h.namer = lambda name: name + '.bak'
rotated = []
h.rotator = lambda src, dst: (rotated.append(os.path.basename(dst)), os.replace(src, dst))
for i in range(4):
    h.emit(record('abcdef%d' % i))
h.close()
print(rotated, listing())

h = lh.RotatingFileHandler(os.path.join(tmp, 'never.log'), 'w', delay=True)
print(h.stream, h.mode, h.shouldRollover(record('x')), 'never.log' in listing())
h.close()

t = lh.TimedRotatingFileHandler(os.path.join(tmp, 'timed.log'), when='midnight', utc=True, backupCount=1)
print(t.when, t.interval, t.suffix, bool(t.extMatch.match('2024-01-02')), bool(t.extMatch.match('2024-01-0x')))
print(t.computeRollover(86400 * 3 + 5), t.computeRollover(0), t.computeRollover(86400 - 1))
t.atTime = datetime.time(6, 30)
print(t.computeRollover(0), t.computeRollover(7 * 3600))
for when, interval in [('S', 10), ('m', 2), ('H', 1), ('D', 3), ('W2', 1), ('w6', 1)]:
    x = lh.TimedRotatingFileHandler(os.path.join(tmp, 'w.log'), when=when, interval=interval, utc=True, delay=True)
    print(when, x.when, x.interval, x.suffix, x.computeRollover(0), x.computeRollover(86400 * 4 + 3600))
for when in ['W', 'W7', 'X', 'W12']:
    try:
        lh.TimedRotatingFileHandler(os.path.join(tmp, 'bad.log'), when=when, delay=True)
    except ValueError as e:
        print('ValueError', e)
t.emit(record('before'))
t.rolloverAt = int(time.time()) - 1
expected = 'timed.log.' + time.strftime('%Y-%m-%d', time.gmtime(t.rolloverAt - t.interval))
t.emit(record('after'))
t.close()
print(expected in listing(), read(expected), read('timed.log'), t.rolloverAt > time.time())
for day in ['2001-01-01', '2001-01-02', '2001-01-03']:
    open(os.path.join(tmp, 'timed.log.' + day), 'w').close()
t = lh.TimedRotatingFileHandler(os.path.join(tmp, 'timed.log'), when='D', backupCount=2, delay=True)
print([os.path.basename(p) for p in t.getFilesToDelete()])
t.close()

w = lh.WatchedFileHandler(os.path.join(tmp, 'watched.log'))
w.emit(record('one'))
os.rename(os.path.join(tmp, 'watched.log'), os.path.join(tmp, 'watched.old'))
w.emit(record('two'))
os.remove(os.path.join(tmp, 'watched.log'))
w.emit(record('three'))
w.close()
print(read('watched.old'), read('watched.log'), w.dev != -1)

target = Collect()
m = lh.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
for msg, lvl in [('a', logging.INFO), ('b', logging.INFO), ('c', logging.ERROR), ('d', logging.DEBUG),
                 ('e', logging.INFO), ('f', logging.INFO), ('g', logging.INFO)]:
    m.handle(record(msg, lvl))
    print(msg, len(m.buffer), target.seen)
m.close()
print(target.seen, m.target)
m = lh.MemoryHandler(10, flushOnClose=False, target=target)
m.handle(record('lost'))
m.close()
b = lh.BufferingHandler(2)
b.handle(record('x'))
print(len(b.buffer), b.shouldFlush(record('y')), end=' ')
b.handle(record('y'))
print(len(b.buffer), target.seen[-1])

q = queue.Queue()
qh = lh.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log = logging.getLogger('queued')
log.propagate = False
log.addHandler(qh)
log.warning('hello %s', 'world')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
first = q.get_nowait()
print(first.msg, first.message, first.args, first.exc_info, first.exc_text)
second = q.get_nowait()
print(second.msg.splitlines()[0], second.msg.splitlines()[-1], second.exc_info)
low, high = Collect(), Collect(logging.WARNING)
listener = lh.QueueListener(q, low, high, respect_handler_level=True)
listener.start()
for i, lvl in enumerate([logging.INFO, logging.WARNING, logging.ERROR, logging.DEBUG]):
    log.log(lvl, 'item %d', i)
listener.stop()
print(low.seen, high.seen, listener._thread, q.empty())
plain = lh.QueueListener(q, low)
plain.start()
log.error('last')
plain.stop()
print(low.seen[-1], lh.DEFAULT_TCP_LOGGING_PORT, lh.SYSLOG_UDP_PORT)
shutil.rmtree(tmp)
