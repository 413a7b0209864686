s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<7", ".2", "10.3", "^3", "=^9"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print(format("", "5") + "|", format("é", "^5") + "|", format("日本", ">6") + "|")
for bad in ["=10", "+", ",", "d", "10x", "#"]:
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(str.__format__("abc", ">5"), object.__format__(1, "") if False else "skip")
try:
    format(object(), "5")
except TypeError as e:
    print("TypeError", e)
