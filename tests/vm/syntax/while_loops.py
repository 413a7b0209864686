i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("else after normal exit", i)

i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("loop", i)
else:
    print("never printed")
print("after break", i)

n = 9
while n:
    n -= 3
print("n", n)

total = 0
k = 0
while k < 100:
    k += 1
    if k % 2:
        continue
    total += k
print("sum of evens", total)
