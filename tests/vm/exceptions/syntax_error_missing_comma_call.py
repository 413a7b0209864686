print("a" "b")
items = [1 2 3]
