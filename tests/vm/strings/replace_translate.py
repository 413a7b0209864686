s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "".replace("", "x"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), sorted(table.items()))
t2 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("eerie".translate(Lookup()))
print("héllo".replace("é", "e"), "ααβ".replace("α", "a"))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError", e)
