s = "Grüße, 世界! 🐍"
print(s, len(s))
print([ord(c) for c in s])
print("".join(chr(c) for c in [72, 233, 8364, 128512]))
print(s.encode("utf-8"))
print(s.encode("utf-8").decode("utf-8") == s)
print(s.encode("utf-16-le")[:10], len(s.encode("utf-32-be")))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"))
print("naïve".encode("ascii", "backslashreplace"), b"na\xffve".decode("utf-8", "replace"), b"na\xffve".decode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(chr(0x10FFFF).encode("utf-8"), ord("\U0010ffff"), "\ud83d".encode("utf-8", "surrogatepass"))
print(sorted(["b", "a", "é", "Z", "ä", "1"]), max("héllo"), min("zébra"))
print("ǅ" < "ǆ", "a" < "é" < "ё" < "日" < "🐍")
