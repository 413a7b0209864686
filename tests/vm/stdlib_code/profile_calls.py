# The pure-Python profile module: CPython's naming (':0(len)', the
# 'profiler' and command entries), plain caller counts; times are masked.
import contextlib, io, os, re
import profile, pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work(n):
    out = []
    for i in range(n):
        out.append(len([i]))
    fib(4)
    try:
        int('x')
    except ValueError:
        pass
    return sorted(out)


def short(key):
    name = re.sub(r' at 0x[0-9a-f]+', '', key[2])
    return pstats.func_std_string((os.path.basename(key[0]), key[1], name))


def dump(stats):
    for key in sorted(stats, key=short):
        cc, nc, tt, ct, callers = stats[key]
        print(' ', short(key), cc, nc, sorted((short(c), v) for c, v in callers.items()))


def masked(text):
    return re.sub(r'\d+\.\d{3}', '#.###', re.sub(r' at 0x[0-9a-f]+', '', text))


p = profile.Profile()
print(p.runcall(work, 3))
p.create_stats()
dump(p.stats)

p = profile.Profile()
print(p.runctx('fib(3)', {'fib': fib}, None) is p)
out = io.StringIO()
pstats.Stats(p, stream=out).strip_dirs().sort_stats('nfl').print_stats().print_callers()
print(masked(out.getvalue()), end='')

out = io.StringIO()
with contextlib.redirect_stdout(out):
    profile.run('work(2)', sort='stdname')
print(masked(out.getvalue()), end='')

p = profile.Profile()
p.run('fib(2)')
p.run('fib(1)')
p.create_stats()
dump(p.stats)
