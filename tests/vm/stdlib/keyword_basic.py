import keyword

print(keyword.kwlist)
print(len(keyword.kwlist))
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for w in ["if", "If", "None", "none", "match", "case", "_", "print", "async", "await", "", "yield"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
