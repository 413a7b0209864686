# The pure-Python profiler: call counts, callers, the pseudo-functions for the profiler
# and the command, built-ins as ':0(name)'; timings masked.
import io
import profile
import pstats
import re


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work(k):
    out = []
    for i in range(k):
        out.append(fib(i))
    return max(out)


def report(prof):
    st = pstats.Stats(prof).strip_dirs()
    for func in sorted(st.stats, key=lambda f: (f[2], f[0], f[1])):
        cc, nc, tt, ct, callers = st.stats[func]
        print(mask(pstats.func_std_string(func)), nc, cc,
              sorted(mask(pstats.func_std_string(c)) for c in callers))
    out = io.StringIO()
    st.stream = out
    st.sort_stats('calls', 'name').print_stats()
    print(mask(re.sub(r'\d+\.\d{3}', 'T.TTT', out.getvalue())))


def mask(text):
    return re.sub(r'0x[0-9a-f]+', '0x?', text)


p = profile.Profile()
p.runctx('work(4)', globals(), locals())
report(p)

p = profile.Profile()
print('runcall', p.runcall(fib, 3))
report(p)
