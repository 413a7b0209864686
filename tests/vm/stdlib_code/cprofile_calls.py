# cProfile on sys.setprofile: call counts, primitive counts, callers and the
# names CPython gives built-ins; times are masked.
import contextlib, io, os, re, tempfile
import cProfile, pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(k):
    for i in range(k):
        yield i


def boom():
    raise ValueError('x')


def work(n):
    out = []
    for i in range(n):
        out.append(len([i]))
    fib(5)
    for x in gen(3):
        pass
    sum([1, 2])
    "a,b".split(',')
    try:
        boom()
    except ValueError:
        pass
    try:
        {}.pop(1)
    except KeyError:
        pass
    return out


def short(key):
    if key[2] == '__exit__':
        return 'cProfile.__exit__'
    return pstats.func_std_string((os.path.basename(key[0]),) + key[1:])


def dump(stats):
    for key in sorted(stats, key=short):
        cc, nc, tt, ct, callers = stats[key]
        edges = sorted((short(c), v[:2]) for c, v in callers.items())
        print(' ', short(key), cc, nc, edges)


def masked(text):
    return re.sub(r'\d+\.\d{3}', '#.###', text)


p = cProfile.Profile()
print(p.runcall(work, 3))
p.create_stats()
dump(p.stats)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    pstats.Stats(p).strip_dirs().sort_stats('calls', 'stdname').print_stats()
print(masked(out.getvalue()), end='')

p = cProfile.Profile()
p.runctx('fib(3)', {'fib': fib}, {})
p.create_stats()
dump(p.stats)
out = io.StringIO()
pstats.Stats(p, stream=out).strip_dirs().sort_stats('name').print_callers().print_callees()
print(masked(out.getvalue()), end='')
print('stats taken:', p.stats)

with cProfile.Profile() as q:
    fib(2)
    len('ab')
q.create_stats()
dump(q.stats)
print('__exit__ seen:', any(k[2] == '__exit__' for k in q.stats))


def inner(prof):
    prof.enable()
    fib(2)
    prof.disable()


r = cProfile.Profile()
inner(r)
r.enable()
sorted([2, 1])
r.disable()
r.create_stats()
dump(r.stats)
r.clear()
r.create_stats()
print('after clear:', r.stats)

for options in ({'builtins': False}, {'subcalls': False}):
    s = cProfile.Profile(**options)
    s.runcall(work, 1)
    s.create_stats()
    print(options)
    dump(s.stats)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    t = cProfile.Profile()
    t.runcall(fib, 4)
    t.dump_stats(path)
    loaded = pstats.Stats(path)
    dump(loaded.stats)
    print(loaded.total_calls, loaded.prim_calls)
