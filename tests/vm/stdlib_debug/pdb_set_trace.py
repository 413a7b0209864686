# pdb.set_trace() in a running function: where, until, jump refused, pp, whatis,
# commands on a breakpoint, tbreak, and quit (BdbQuit reaches the program).
import io
import sys
import pdb


def helper(x):
    return [x] * 3


def work():
    values = []
    pdb.set_trace()
    for i in range(3):
        values.append(helper(i))
    total = sum(len(v) for v in values)
    return total


sys.stdin = io.StringIO("""\
where
next
until
pp values
whatis helper
whatis values
tbreak helper
commands 1
p x
end
continue
p x
return
continue
""")
print('result', work())
sys.stdin = io.StringIO("""\
step
quit
""")
try:
    work()
except Exception as e:
    print('raised', type(e).__name__)
