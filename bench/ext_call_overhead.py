# Calling into a C extension: each calling convention, a method and a getset property of an
# extension type, allocating its objects, len() and [] on them. The extension is
# bench/_extcall.c, compiled on first use for the running interpreter (Spry: api/legacy's
# Python.h; CPython: its own headers) into a cache directory under the temp dir; later runs
# reuse it. Prints the time per iteration of each loop as a metric (ns), and a checksum of
# the results. argv[1] = iterations per loop.
import hashlib
import importlib.machinery
import os
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "_extcall.c")


def include_dir():
    if sys.implementation.name == "spry":
        return os.path.join(os.path.dirname(HERE), "api", "legacy", "include")
    return sysconfig.get_paths()["include"]


def build():
    """The directory holding _extcall built for this interpreter (compiled if needed)."""
    inc = include_dir()
    with open(SOURCE, "rb") as f:
        key = hashlib.sha1(f.read() + inc.encode()).hexdigest()[:16]
    out_dir = os.path.join(tempfile.gettempdir(), "spry-bench-ext-%d" % os.getuid(),
                           sys.implementation.name + "-" + key)
    target = os.path.join(out_dir, "_extcall" + importlib.machinery.EXTENSION_SUFFIXES[0])
    if not os.path.exists(target):
        os.makedirs(out_dir, exist_ok=True)
        partial = target + ".%d.tmp" % os.getpid()
        cc = os.environ.get("CC", "cc")
        subprocess.run([cc, "-O2", "-shared", "-fPIC", "-I" + inc, SOURCE, "-o", partial], check=True)
        os.replace(partial, target)
    return out_dir


sys.path.insert(0, build())
import _extcall  # noqa: E402


def bench(name, loop, n):
    """Best of 5 of loop(n), as nanoseconds per iteration; returns loop's result."""
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        result = loop(n)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print("metric: %s %.1f ns" % (name, best * 1e9 / n))
    return result


def loop_noargs(n):
    f = _extcall.noargs
    for _ in range(n):
        f()
    return n


def loop_onearg(n):
    f = _extcall.onearg
    s = 0
    for i in range(n):
        s += f(i)
    return s


def loop_fastcall(n):
    f = _extcall.fastcall
    s = 0
    for i in range(n):
        s += f(i, 3)
    return s


def loop_varargs(n):
    f = _extcall.varargs
    s = 0
    for i in range(n):
        s += f(i, 3)
    return s


def loop_keywords(n):
    f = _extcall.keywords
    s = 0
    for i in range(n):
        s += f(i, b=3)
    return s


def loop_method(n):
    b = _extcall.Box(7)
    s = 0
    for _ in range(n):
        s += b.get()
    return s


def loop_getset(n):
    b = _extcall.Box(7)
    s = 0
    for _ in range(n):
        s += b.value
    return s


def loop_alloc(n):
    Box = _extcall.Box
    s = 0
    for i in range(n):
        s += Box(i).value
    return s


def loop_len(n):
    b = _extcall.Box(7)
    s = 0
    for _ in range(n):
        s += len(b)
    return s


def loop_item(n):
    b = _extcall.Box(7)
    s = 0
    for i in range(n):
        s += b[i % 10]
    return s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    loops = [("noargs", loop_noargs), ("onearg", loop_onearg), ("fastcall", loop_fastcall),
             ("varargs", loop_varargs), ("keywords", loop_keywords), ("method", loop_method),
             ("getset", loop_getset), ("alloc", loop_alloc), ("len", loop_len), ("item", loop_item)]
    total = 0
    for name, loop in loops:
        r = bench(name, loop, n)
        print(name, r)
        total = (total * 31 + r) % (1 << 61)
    print("checksum:", total)


main()
