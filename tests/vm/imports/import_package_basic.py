import pkg_basic
print(pkg_basic.VERSION, pkg_basic.hello())
print(hasattr(pkg_basic, "mod_a"))
import pkg_basic.mod_a
print(hasattr(pkg_basic, "mod_a"), pkg_basic.mod_a.A_VALUE, pkg_basic.mod_a.double(5))
from pkg_basic import mod_b
print(mod_b.B_VALUE, mod_b.mod_a is pkg_basic.mod_a)
from pkg_basic.mod_a import A_VALUE as renamed, double
print(renamed, double("ab"))
print(pkg_basic.__name__, pkg_basic.mod_a.__name__, pkg_basic.__package__, pkg_basic.mod_a.__package__)
print(type(pkg_basic).__name__, pkg_basic.__file__.endswith("__init__.py"), pkg_basic.mod_a.__file__.endswith("mod_a.py"))
print(hasattr(pkg_basic, "__path__"), hasattr(pkg_basic.mod_a, "__path__"))
