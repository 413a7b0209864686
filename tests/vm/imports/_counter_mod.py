print("_counter_mod executing")
loads = 1
items = []
