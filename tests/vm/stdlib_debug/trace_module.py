# The trace module: line-by-line listing, line counts, called functions, callers.
import sys
import trace


def square(x):
    return x * x


def total(n):
    s = 0
    for i in range(n):
        s += square(i)
    return s


t = trace.Trace(count=1, trace=1)
print('result', t.runfunc(total, 3))
res = t.results()
here = __file__
print(sorted((lineno, n) for (f, lineno), n in res.counts.items() if f == here))

t = trace.Trace(count=1, trace=0)
t.runctx('total(2)', globals(), locals())
print(sorted((lineno, n) for (f, lineno), n in t.results().counts.items() if f == here))

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(total, 2)
print(sorted(name for (f, mod, name) in t.results().calledfuncs))

t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(total, 2)
print(sorted((a[2], b[2]) for a, b in t.results().callers))

merged = trace.CoverageResults({('x.py', 1): 2})
merged.update(trace.CoverageResults({('x.py', 1): 3, ('x.py', 2): 1}))
print(sorted(merged.counts.items()))
