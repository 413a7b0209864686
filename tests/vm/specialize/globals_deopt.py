# LOAD_GLOBAL specializations under every change of the globals and builtins they
# depend on: rebinding, adding and deleting globals, shadowing a builtin mid-loop.
import builtins

real_len = len
counter = 1


def shadow_builtin(n):
    total = 0
    for i in range(n):
        total += len("abc")
        if i == 1200:
            builtins.len = lambda x: 100
        if i == 2400:
            builtins.len = real_len
    return total


print("shadow builtin:", shadow_builtin(3600))


def shadow_with_global(n):
    total = 0
    for i in range(n):
        total += len("ab")
        if i == 1500:
            globals()["len"] = lambda x: 7
        if i == 3000:
            del globals()["len"]
    return total


print("global shadows builtin:", shadow_with_global(4500))


def rebinding(n):
    global counter
    seen = []
    for i in range(n):
        if i % 1000 == 0:
            seen.append(counter)
        if i == 1500:
            counter = "changed"
        if i == 2500:
            globals()["unrelated_%d" % i] = i
        if i == 3500:
            counter = 3.5
    return seen


print("rebinding:", rebinding(5000))


def deleted(n):
    global counter
    for i in range(n):
        if i == 2000:
            del counter
        try:
            counter
        except NameError as e:
            return i, str(e)


print("deleted:", deleted(3000))
counter = 4
print("restored:", counter, rebinding(1100))
c = rebinding.__code__
print("co_code unchanged by quickening:", c.co_code == c.replace().co_code,
      len(c.co_code) % 2)
