print("pkg_order/__init__ start")
from . import first
print("pkg_order/__init__ end")
