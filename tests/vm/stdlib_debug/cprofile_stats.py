# cProfile and pstats: call counts (total/primitive), builtins and methods, recursion,
# sorting and the table layout, with the timings masked.
import cProfile
import io
import os
import pstats
import re
import sys
import tempfile


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(items):
    items.append(len(items))
    return sorted(items)


def work():
    data = []
    for i in range(3):
        helper(data)
    return fib(5) + max(data)


def show(stats, *amount):
    out = io.StringIO()
    stats.stream = out
    stats.print_stats(*amount)
    print(re.sub(r'\d+\.\d{3}', 'T.TTT', out.getvalue()))


prof = cProfile.Profile()
print('result', prof.runcall(work))
st = pstats.Stats(prof).strip_dirs()
for func in sorted(st.stats, key=lambda f: (f[2], f[1])):
    cc, nc, tt, ct, callers = st.stats[func]
    print(pstats.func_std_string(func), nc, cc, sorted(pstats.func_std_string(c) for c in callers))
show(st.sort_stats('calls', 'name'))
show(st.sort_stats(pstats.SortKey.NAME), 3)
show(st.sort_stats('stdname'), 'fib|helper')

with cProfile.Profile() as p2:
    sum(x for x in range(4))
show(pstats.Stats(p2).strip_dirs().sort_stats('name'), 'genexpr|sum')

path = os.path.join(tempfile.mkdtemp(), 'out.prof')
p3 = cProfile.Profile()
p3.runctx('fib(4)', globals(), locals())
p3.dump_stats(path)
st3 = pstats.Stats(path)
print(st3.files[0].endswith('    ' + path), st3.total_calls, st3.prim_calls)
st3.add(path)
print('after add', st3.total_calls)
os.remove(path)
