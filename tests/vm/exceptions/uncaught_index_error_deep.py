def get(items, i):
    return items[i]
def middle(items):
    return get(items, len(items))
def top():
    return middle([1, 2, 3])
print(top())
