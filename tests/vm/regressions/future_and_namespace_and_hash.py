# from __future__ import works and the module is importable; SimpleNamespace has a
# __dict__; a __hash__ returning a big int keeps its value when it fits in 64 bits.
from __future__ import annotations
import __future__
import sys

print(__future__.annotations, __future__.all_feature_names[-1])
print(__future__.division.getMandatoryRelease())

ns = type(sys.implementation)(a=1, b="x")
print(vars(ns), ns.__dict__ is vars(ns))
ns.c = 3
print(sorted(vars(ns)))

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

for v in [5, -1, 2**62, 2**63 - 1, -2**63, 2**64, -2**70]:
    print(v, hash(H(v)))

def f(x: int) -> str:
    return x
print(f.__annotations__)
