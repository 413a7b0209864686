# Subclasses of variable-size built-ins (str, bytes, tuple, int) keep an instance
# __dict__ past their inline data; attributes must not overwrite the data.
class S(str):
    pass

class B(bytes):
    pass

class T(tuple):
    pass

class I(int):
    pass

for text in ["", "a", "hello world", "ünïcödé", "日本語テキスト", "\U0001F600 emoji"]:
    s = S(text)
    s.tag = text[::-1]
    s.more = [len(text)] * 3
    print(repr(s), s.tag == text[::-1], s.more, s == text, hash(s) == hash(text))

for data in [b"", b"x", b"0123456789abcdef" * 3]:
    b = B(data)
    b.note = len(data)
    print(b, b.note, b == data)

t = T(range(5))
t.label = "five"
print(t, t.label, len(t))

i = I(2 ** 70)
i.unit = "big"
print(i, i.unit, i + 1)
print(sorted(vars(S("q")).items()), vars(s))
