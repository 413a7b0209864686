# stat: constants, the S_IS* tests, filemode over many modes, and the conversion errors.
import hashlib
import stat

ints = {name: getattr(stat, name) for name in dir(stat)
        if name.isupper() and isinstance(getattr(stat, name), int)}
print(len(ints), sorted(ints.items())[:12])
print(sum(ints.values()))
tests = [name for name in dir(stat) if name.startswith('S_IS') and callable(getattr(stat, name))]
print(tests)
digest = hashlib.sha256()
for mode in range(0, 0o200000, 5):
    row = [stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode)]
    row += [getattr(stat, name)(mode) for name in tests]
    digest.update(repr(row).encode())
print(digest.hexdigest())
for mode in (0o100755, 0o40700, 0o120777, 0o104755, 0o2070, 0o41777, 0o140755, 0o10644,
             0o20644, 0o60644, 0o4644, 0o2655, 0o1645, 0xFFFFFFFF, True):
    print(oct(mode), stat.filemode(mode), stat.S_ISREG(mode), stat.S_IMODE(mode))
for bad in ('x', 1.5, -1, 2 ** 32, 2 ** 64):
    for fn in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR):
        try:
            fn(bad)
        except (TypeError, OverflowError) as e:
            print(fn.__name__, repr(bad)[:8], type(e).__name__, e)
