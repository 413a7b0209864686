data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (chunk := data[i:i + 2]):
    print("chunk", chunk)
    i += 2
print((z := 5) + z)
def f():
    if any((hit := v) > 10 for v in data):
        return hit
print(f())
vals = [(w := k) for k in range(3)]
print(vals, w)
print([last := 1, last + 1])
