print("pkg_order.second/__init__")
