print(sum(range(1000000)))
print(sum(range(2 ** 62 - 10, 2 ** 62 + 10)))
print(sum([2 ** 63] * 4), sum([-(2 ** 62)] * 3, 2 ** 62))
prod = 1
for k in range(1, 25):
    prod *= k
    if k % 6 == 0:
        print(k, prod)
print(sum(i * i for i in range(1, 10001)))
print(sum([1, 2.5, 3]), sum([], 0), sum([[1], [2]], []))
acc = 0
for i in range(64):
    acc += 1 << i
print(acc == 2 ** 64 - 1, acc)
mix = [1, 2 ** 64, -3, 2 ** 62, -(2 ** 64)]
print(sum(mix), max(mix), min(mix), sorted(mix))
