pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("10", "9"),
         ("abc", "abc"), ("日本", "日"), ("a\x00", "a"), ("🐍", "\uffff")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), max(["x", "yy", "z"], key=len))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "1" == 1, "a" != None)
