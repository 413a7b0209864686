import io
import os
import sys
import warnings

import limited_rest as m

# Locale conversions: UTF-8 with surrogateescape both ways.
for raw in [b"plain", "h\u00e9llo \u20ac \U0001f600".encode(), b"bad \xff\xfe end", b"\xe2\x82"]:
    print(m.locale_roundtrip(raw))
print(m.encode_error_pos("ok"), m.encode_error_pos("ab\ud800cd"))

# Path configuration, compared with sys (the values differ between installations).
prefix, exec_prefix, full, home, path = m.path_config()
print(prefix == sys.prefix, exec_prefix == sys.exec_prefix, full == sys.executable, home)
print(type(path).__name__)
print(m.set_names())
print(m.set_path())

# Pending calls, fork hooks, the lock and thread-state swaps.
ran = []
print(m.pending(ran), ran)
events = []
os.register_at_fork(before=lambda: events.append("before"), after_in_parent=lambda: events.append("parent"))
m.fork_hooks()
print(events)
print(m.lock_and_swap())


# Locals, code run with arguments, tracebacks made from C.
def with_locals(a, b=2):
    c = a + b
    return sorted(m.get_locals().items())


print(with_locals(1), sorted(k for k in m.get_locals() if k in ("m", "sys", "with_locals")))


def target(a, b, c=30, *, d=4):
    return (a, b, c, d)


print(m.eval_code_ex(target.__code__, globals(), (1, 2), {}, (10, 20), {"d": 40}))
print(m.eval_code_ex(target.__code__, globals(), (1,), {"b": 5, "d": 6}, (10, 20)))
print(m.eval_code_ex(compile("x * 2", "<s>", "eval"), {"x": 21}, (), {}, ()))
try:
    m.eval_code_ex(target.__code__, globals(), (), {}, ())
except TypeError as e:
    print("TypeError", e)


def raiser():
    out = io.StringIO()
    m.tb_here_and_print(out)
    return out.getvalue()


print(raiser().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

# Struct sequences from a description.
tp, p, y = m.struct_seq()
print(tp, tp.__name__, tp.__module__, tp.__doc__, tp.n_sequence_fields, tp.n_fields, tp.n_unnamed_fields)
print(p, len(p), p.x, p.y, p.label, y, tuple(p), isinstance(p, tuple))

# Memoryviews of raw memory.
ro, rw, longs = m.memory_views()
print(ro.readonly, bytes(ro), rw.readonly, bytes(rw), longs.format, longs.tolist(), longs.readonly)
try:
    ro[0] = 65
except TypeError as e:
    print("TypeError", e)
rw[0] = ord("A")
print(bytes(ro))
rw[0] = ord("a")
grid = memoryview(bytearray(range(12))).cast("B", (3, 4))
for obj, writable, order in [(b"abc", 0, "C"), (bytearray(b"xy"), 1, "A"), (grid[::2], 0, "C"),
                             (grid[::2], 1, "C"), (b"ro", 1, "C"), (grid, 0, "F")]:
    try:
        v = m.contiguous(obj, writable, order)
        print(v.tolist(), v.readonly)   # Spry's copy for order "F" is C-contiguous
    except Exception as e:
        print(type(e).__name__, e)


# Instance dicts.
class Plain:
    pass


o = Plain()
o.a = 1
print(m.generic_dict(o), m.generic_dict(o, {"z": 26}), o.z)
for args in [(o, None), (o, [1]), (3,)]:
    try:
        m.generic_dict(*args)
    except Exception as e:
        print(type(e).__name__, e)

# GC resizing, slot wrappers.
print(m.gc_resize())
w = m.wrapper(int.__dict__["__add__"], 5)
print(type(w).__name__, w(3), w.__name__)

# The charmap codec and escape decoding.
table = "abc\ufffe\u20ac"
print(m.charmap_decode(b"\x00\x01\x02\x04", table), m.charmap_decode(b"\x00\xe9", None))
print(m.charmap_decode(b"\x00\x03\x09\x01", table, "replace"), m.charmap_decode(b"\x03\x01", table, "ignore"))
print(m.charmap_decode(b"\x01\x02", {1: "one", 2: 0x263A, 3: None}), m.charmap_decode(b"\x03", {3: None}, "backslashreplace"))
for data, mapping in [(b"\x03", table), (b"\x05", {5: None}), (b"\x01", {1: 2.5}), (b"\x01", {1: 0x110000})]:
    try:
        m.charmap_decode(data, mapping)
    except Exception as e:
        print(type(e).__name__, e)
print(m.charmap_encode("ab", {ord("a"): 1, ord("b"): b"BB"}))
for text, mapping in [("x", {}), ("a", {97: 300}), ("a", {97: "s"}), ("\xe9", None)]:
    try:
        m.charmap_encode(text, mapping)
    except Exception as e:
        print(type(e).__name__, e)
print(m.encode_with_table("\u20acba", table))
print(m.decode_escape(rb"a\n\t\\\'\"\x41\101\0z\
end"))
print(m.decode_escape(rb"bad \xZ1 x", "replace"), m.decode_escape(rb"bad \xZ1", "ignore"))
for data, errors in [(rb"bad \xZ1", None), (rb"tail \\", None), (b"tail \\", None), (rb"\x4", "oops")]:
    try:
        print(m.decode_escape(data, errors))
    except ValueError as e:
        print("ValueError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(m.decode_escape(rb"\q \777"))
print([str(w.message) for w in caught])

# Frozen modules.
print(m.import_frozen("stat"), m.import_frozen("no_such_module_here"), "stat" in sys.modules)
