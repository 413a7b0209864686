# A pdb session driven by commands on sys.stdin: stepping, breakpoints, the stack,
# printing and display.
import io
import sys
import pdb


def inner(a, b=2):
    c = a + b
    d = c * 2
    return d


def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total


sys.stdin = io.StringIO("""\
step
next
args
p total
break inner
continue
up
p n
down
args
display c
next
next
return
p d
list
continue
clear 1
continue
""")
print('result', pdb.runcall(outer, 2))
