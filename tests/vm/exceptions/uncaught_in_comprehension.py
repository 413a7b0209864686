data = [4, 2, 0, 1]
print([100 // d for d in data])
