big = 2 ** 100
print(big)
print(big + 1, big - 1, big * big)
print(big // 3, big % 3, big // -3, big % -3)
print(-big // 7, -big % 7)
print(big / 2 ** 50, big / 3)
print(int("9" * 50))
print(int("9" * 50) + 1)
print(int("-" + "1" * 40) * 2)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 26), f % 1000003)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(big == 2 ** 100, big != big + 1, big > big - 1, -big < big)
