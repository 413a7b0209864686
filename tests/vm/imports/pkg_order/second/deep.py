print("pkg_order.second.deep")
