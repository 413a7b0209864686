def divide(a, b):
    return a / b + 1

print("start")
x = divide(1, 0)
