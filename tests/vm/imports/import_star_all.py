from pkg_star import *
print(CONST, public_func(), sub.VALUE)
print("not_listed" in dir(), "_private" in dir(), "_private_func" in dir())
from pkg_noall import *
print(visible, func(), "_hidden" in dir())
import pkg_star
print(sorted(pkg_star.__all__), pkg_star._private, pkg_star.not_listed)
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
