print("pkg_order.first")
