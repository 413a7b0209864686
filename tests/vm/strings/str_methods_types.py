s = "Mixed Case"
checks = [s.upper(), s.lower(), s.strip(), s.replace("x", "y"), s.center(3), s.ljust(2), s.zfill(1),
          s.title(), s.swapcase(), s[:], s * 1, s + "", s.expandtabs(), s.format(), s.removeprefix("")]
print([type(c).__name__ for c in checks])
print(all(c == s or c != s for c in checks))
print(s.split(" "), s.partition(" "), list(s.encode()))
print(str.upper("abc"), str.join(",", "abc"), str.__len__("abcd"), str.__getitem__("abc", 1))
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__contains__("abc", "b"))
print(str.__mod__("%d!", 5), "abc".__eq__("abc"), "abc".__lt__("abd"), "a".__ne__(1))
print(str.__iter__("ab").__next__(), list(reversed("abc")), "abc".__sizeof__() > 0)
