number = 1
print(numbr)
