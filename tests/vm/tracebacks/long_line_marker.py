values = [1, 2, 3]; total = sum(values); ratio = total / (len(values) - 3); print(ratio)
