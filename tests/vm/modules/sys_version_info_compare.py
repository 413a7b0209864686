import sys
v = sys.version_info
print(v >= (3, 11), v < (4,), v[:2] == (3, 11), v > (3, 10, 99))
print(v.releaselevel in ("alpha", "beta", "candidate", "final"), isinstance(v.serial, int))
print(len(v), list(v)[:2], tuple(v[:2]))
major, minor, *rest = v
print(major, minor, len(rest))
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)
print(sys.version.startswith("3.11"))
