parts = []
for i in range(20):
    parts.append(str(i * i))
s = ",".join(parts)
print(s, len(s))
acc = ""
for i in range(1000):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc[-5:], acc.count("a"))
u = ""
for i in range(50):
    u += "é" if i % 2 else "日"
print(u[:10], len(u), len(u.encode()))
lines = [f"{i:3d}: {'#' * i}" for i in range(1, 6)]
print("\n".join(lines))
big = "ab" * 100000
print(len(big), big.count("ab"), big[99999:100003])
words = "the cat sat on the mat".split()
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words))
print("".join(map(str, range(10))))
