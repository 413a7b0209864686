# sched.scheduler with a fake clock; fileinput over temporary files, in-place editing.
import fileinput
import os
import sched
import sys
import tempfile

clock = [0.0]
log = []


def now():
    return clock[0]


def note(object):
    log.append(object)


def sleep(d):
    log.append(('sleep', d))
    clock[0] += d


s = sched.scheduler(now, sleep)
e1 = s.enter(5, 1, log.append, ('five',))
e2 = s.enterabs(2, 2, log.append, argument=('two-low',))
e3 = s.enterabs(2, 1, note, kwargs={'object': 'two-high'})
e4 = s.enter(5, 1, log.append, ('five-again',))
gone = s.enter(3, 0, log.append, ('cancelled',))
s.cancel(gone)
print([(e.time, e.priority, e.argument) for e in s.queue], s.empty(), e1 < e4, e3 < e2, e1._fields)
s.run()
print(log, s.empty(), clock[0])
s.enter(10, 0, log.append, ('later',))
print(s.run(blocking=False), log[-1])
try:
    s.cancel(gone)
except ValueError as e:
    print('ValueError', e)
s.enter(0, 0, lambda: s.enter(1, 0, log.append, ('nested',)))
s.run()
print(log[-3:], s.empty())

tmp = tempfile.mkdtemp()
names = []
for i, text in enumerate(['a1\na2\n', '', 'c1\nc2\nc3']):
    path = os.path.join(tmp, 'f%d.txt' % i)
    with open(path, 'w') as f:
        f.write(text)
    names.append(path)
rel = lambda p: os.path.basename(p) if p else p
with fileinput.input(names, encoding='utf-8') as fi:
    print(fi.filename(), fi.lineno())
    for line in fi:
        print(repr(line), rel(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno() >= 0)
    print(rel(fi.filename()), fi.lineno(), fi.fileno())
fi = fileinput.input(names[0], mode='rb')
print(list(fi), rel(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline())
fileinput.close()
fi = fileinput.FileInput(names)
print(fi.readline(), end='')
fi.nextfile()
print(fi.readline(), end='')
print(fi.readline(), rel(fi.filename()), fi.lineno())
fi.close()
print(list(fileinput.FileInput(names[2], openhook=fileinput.hook_encoded('latin-1'))))
print(list(fileinput.input([], encoding='utf-8')))
fileinput.close()

with fileinput.input(names[2], inplace=True, backup='.orig', encoding='utf-8') as fi:
    for line in fi:
        print(str(fi.filelineno()) + ':' + line.upper(), end='')
print(open(names[2]).read(), open(names[2] + '.orig').read().split(), sorted(os.listdir(tmp)))
with fileinput.input(names[0], inplace=True) as fi:
    for line in fi:
        sys.stdout.write(line * 2)
print(repr(open(names[0]).read()), sorted(os.listdir(tmp)))

for bad in [lambda: fileinput.FileInput(names, mode='w'), lambda: fileinput.FileInput(names, inplace=True, openhook=open),
            lambda: fileinput.FileInput(names, openhook=5), fileinput.filename]:
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
fi = fileinput.input(names, encoding='utf-8')
next(fi)
try:
    fileinput.input(names)
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()
import shutil
shutil.rmtree(tmp)
