print("main start")
import pkg_order.second.deep
print("after import")
import pkg_order.second.deep
print("second import prints nothing")
import pkg_order
print(sorted(k for k in vars(pkg_order) if not k.startswith("__")))
