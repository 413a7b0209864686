s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 32, 40), s.find("cat"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("xyz"), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("o", 20, 30))
print(s.find("the", -10), s.find("e", -3, -1), "".find(""), "abc".find("", 10), "abc".find("", 3))
print("aaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"))
print(s.endswith(("x", "end")), s.endswith("the", 0, 34), "".startswith(""), "abc".startswith("", 5))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.startswith(["t"])
except TypeError as e:
    print("TypeError", e)
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "🐍x🐍".rfind("🐍"))
