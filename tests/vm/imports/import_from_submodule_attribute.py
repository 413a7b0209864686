from pkg_basic import mod_a
import pkg_basic
print(pkg_basic.mod_a is mod_a, mod_a.A_VALUE)
from pkg_basic import VERSION, hello
print(VERSION, hello())
import pkg_basic.mod_b as b
print(b.B_VALUE, hasattr(pkg_basic, "mod_b"))
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_basic")))
