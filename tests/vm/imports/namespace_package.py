import ns_pkg.inner
print(ns_pkg.inner.WHO)
import ns_pkg
print(hasattr(ns_pkg, "__file__") and ns_pkg.__file__ is not None)
print(ns_pkg.__name__, ns_pkg.inner.__package__)
