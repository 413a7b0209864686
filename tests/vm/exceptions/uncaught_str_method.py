words = ["alpha", "beta"]
print(" ".join(words))
print(", ".join(words + [3]))
