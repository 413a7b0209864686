# select.select, select.poll and selectors on pipes.
import os
import select
import selectors

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 0) == ([r], [], []))
print(os.read(r, 10))
print(select.select([r], [], [], 0.01))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "Wrapper()"


wr = Wrapper(w)
print(select.select([], [wr], [], 0))
for bad in [([-1], [], []), ([object()], [], []), (1, [], [])]:
    try:
        select.select(*bad, 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad_timeout in [-1, "x"]:
    try:
        select.select([], [], [], bad_timeout)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(select.error is OSError)

p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"yz")
print(sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
p.unregister(r)
p.unregister(w)
print(p.poll(0))
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError", e.args[0] == r)
try:
    p.modify(r, select.POLLIN)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(os.read(r, 10))

# writer end closed: the reader sees POLLHUP / EOF
os.close(w)
p.register(r)
print([(fd == r, ev & select.POLLHUP != 0) for fd, ev in p.poll(0)])

with selectors.DefaultSelector() as sel:
    r2, w2 = os.pipe()
    key = sel.register(r2, selectors.EVENT_READ, data="reader")
    print(key.fd == r2, key.events, key.data)
    print(sel.select(0))
    os.write(w2, b"q")
    print([(k.data, ev) for k, ev in sel.select(1)])
    sel.modify(r2, selectors.EVENT_READ, data="again")
    print(sel.get_key(r2).data, len(sel.get_map()))
    try:
        sel.register(r2, selectors.EVENT_READ)
    except KeyError:
        print("KeyError: already registered")
    try:
        sel.register(w2, 0)
    except ValueError as e:
        print("ValueError:", e)
    sel.unregister(r2)
    try:
        sel.unregister(r2)
    except KeyError:
        print("KeyError: not registered")
    print(len(sel.get_map()))
s2 = selectors.SelectSelector()
s2.register(w2, selectors.EVENT_WRITE, "w")
print([(k.data, ev) for k, ev in s2.select(0)])
s2.close()
for fd in (r, r2, w2):
    os.close(fd)
