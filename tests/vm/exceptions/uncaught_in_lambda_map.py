values = ["1", "2", "x", "4"]
converted = list(map(lambda s: int(s) * 10, values))
print(converted)
