# Run by memory_limit.sh under `ulimit -v`: every way of running out of address space
# must raise MemoryError, and the interpreter must carry on afterwards.
import math

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except MemoryError:
        print(label, "MemoryError")

def fill_lists():
    keep = []
    while True:
        keep.append([0] * 1000)

def fill_strings():
    keep = []
    while True:
        keep.append(str(len(keep)) * 100)

def fill_dict():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1

def grow_bytearray():
    b = bytearray()
    while True:
        b += b"x" * 1048576

attempt("lists", fill_lists)
attempt("strings", fill_strings)
attempt("dict", fill_dict)
attempt("bytearray", grow_bytearray)
attempt("big list", lambda: [None] * (1 << 28))
attempt("2 ** 2**40", lambda: 2 ** (1 << 40))
attempt("10 ** 2**33", lambda: 10 ** (1 << 33))
attempt("1 << 2**33", lambda: 1 << (1 << 33))
attempt("big * big", lambda: (1 << (1 << 30)) * (1 << (1 << 30)))
attempt("factorial", lambda: math.factorial(10 ** 11))
attempt("compile", lambda: compile("x = [" + "1," * 3000000 + "]", "big", "exec"))
print("alive", sum(range(100)), sorted([3, 1, 2]), "ab" * 2)
