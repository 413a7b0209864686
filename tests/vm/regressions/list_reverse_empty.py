# list.reverse() on a list that never held an item (no item array) crashed.
x = []
x.reverse()
print(x)
y = [1]
y.reverse()
print(y)
z = [1, 2]
z.pop(); z.pop()
z.reverse()
print(z, [3, 1, 2][::-1])
w = list(range(5))
w.reverse()
print(w)
