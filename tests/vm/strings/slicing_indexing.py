s = "Hello, World!"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[1:-1], s[-6:-1])
print(s[100:], s[-100:3], repr(s[5:2]), s[2:10:3], s[10:2:-2], s[::-3])
print(len(s), s[len(s) - 1])
try:
    s[13]
except IndexError as e:
    print("IndexError", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
u = "naïve café 日本 🐍!"
print(len(u), u[2], u[11:13], u[-2], u[::-1])
print([c for c in "abc"], list("héllo"), tuple("xy"))
print(s[slice(0, 5)], s[slice(None, None, -1)], s[slice(3)])
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd")
