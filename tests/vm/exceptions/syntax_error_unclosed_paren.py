print("this line never runs because the file does not compile")
values = [1, 2, 3]
total = sum(values
print(total)
