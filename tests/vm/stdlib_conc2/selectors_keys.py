# selectors: registration errors, keys and the live map, select() timeouts and readiness,
# both concrete selectors, closed file objects, context management.
import os
import selectors
import socket


class End:
    # A file object with a stable repr, so error messages do not show descriptor numbers.
    def __init__(self, name, fd):
        self.name, self.fd = name, fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"<End {self.name}>"


def attempt(label, f):
    try:
        print(" ", label, f())
    except (KeyError, ValueError, RuntimeError) as e:
        print(" ", label, type(e).__name__, e)


def summary(ready, ends):
    return sorted((ends[key.fd], key.data, ev) for key, ev in ready)


for cls in (selectors.SelectSelector, selectors.PollSelector):
    print(cls.__name__, issubclass(cls, selectors.BaseSelector))
    r, w = os.pipe()
    reader, writer = End("reader", r), End("writer", w)
    ends = {r: "reader", w: "writer"}
    sel = cls()
    attempt("events 0:", lambda: sel.register(reader, 0))
    attempt("events 4:", lambda: sel.register(reader, 4))
    attempt("object:", lambda: sel.register(object.__new__(type("Plain", (), {"__repr__": lambda s: "Plain"})), 1))
    attempt("text:", lambda: sel.register("x", 1))
    attempt("negative:", lambda: sel.register(-1, 1))
    key = sel.register(reader, selectors.EVENT_READ, "R")
    print("  key:", key.fileobj, key.fd == r, key.events, key.data, key._fields)
    attempt("twice:", lambda: sel.register(End("again", r), 1))
    attempt("unknown:", lambda: sel.get_key(writer))
    attempt("unregister unknown:", lambda: sel.unregister(writer))
    attempt("modify unknown:", lambda: sel.modify(writer, 1))
    print("  nothing yet:", sel.select(0), sel.select(-3), sel.select(0.01))
    sel.register(writer, selectors.EVENT_WRITE, "W")
    print("  writable:", summary(sel.select(None), ends))
    os.write(w, b"ping")
    print("  both:", summary(sel.select(1), ends))
    new = sel.modify(reader, selectors.EVENT_READ, "R2")
    print("  data changed:", new.data, sel.get_key(r).data, sel.get_key(reader) is new)
    sel.modify(writer, selectors.EVENT_READ | selectors.EVENT_WRITE, "W2")
    print("  write end now:", summary(sel.select(0), ends))
    m = sel.get_map()
    print("  map:", len(m), sorted(ends[fd] for fd in m), r in m, m.get(99), m[reader].data)
    attempt("map missing:", lambda: m[99])
    gone = sel.unregister(writer)
    print("  unregistered:", gone.data, len(m), w in m)
    os.close(w)
    os.read(r, 10)
    print("  after close of writer:", summary(sel.select(1), ends))
    sel.close()
    print("  closed map:", sel.get_map())
    attempt("closed get_key:", lambda: sel.get_key(reader))
    os.close(r)

a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    print(type(sel).__name__ in ("PollSelector", "EpollSelector"))
    sel.register(a, selectors.EVENT_READ, "sock")
    b.send(b"x")
    print([(k.data, ev) for k, ev in sel.select(1)])
    a.close()
    print("closed socket unregisters:", sel.unregister(a).data, len(sel.get_map()))
b.close()
print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey(1, 2, 3, 4))
