s = "The rain in Spain stays mainly in the plain"
for sub in ["ain", "Spain", "spain", "", " ", "plain", "plains", "The rain"]:
    print(repr(sub), sub in s, sub not in s, s.count(sub))
print("é" in "café", "e" in "café", "\u0301" in "cafe\u0301")
print("🐍" in "I like 🐍 snakes", "日本" in "日本語")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
words = s.lower().split()
print([w for w in words if "ain" in w])
print(sum(1 for w in words if w.startswith(("s", "m"))))
