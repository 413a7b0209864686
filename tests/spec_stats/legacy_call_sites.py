# Hot calls into a legacy C extension (ext_examples/legacy/callsites.c, found through
# SPRY_LEGACY_EXT_DIR): module functions of every calling convention, keyword arguments
# included, specialize as CALL_LEGACY; methods of its type called as obj.m(...) as
# CALL_LEGACY_METHOD; calls of its type as CALL_LEGACY_TYPE; monomorphic sites never
# deoptimize.
# expect: CALL as:CALL_LEGACY >= 6
# expect: CALL as:CALL_LEGACY_METHOD >= 4
# expect: CALL as:CALL_LEGACY_TYPE >= 2
# expect: CALL deopt == 0
import os
import sys

sys.path.insert(0, os.environ["SPRY_LEGACY_EXT_DIR"])
import callsites as c

k = c.Counter(1)
n = 0
for i in range(200):
    n += len(c.noargs()) + len(c.one(i)) + len(c.fast(i, i))
    n += len(c.fast_kw(i, k=i)) + len(c.varargs(i)) + len(c.varargs_kw(i, a=i))
    n += k.get() + k.add(1) + len(k.fast(i, z=1)) + len(k.var(i, q=2))
    n += c.Counter(i).get() + c.Counter(value=i).get()
print(n)
