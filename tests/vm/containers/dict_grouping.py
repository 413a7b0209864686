words = "apple banana cherry avocado blueberry cranberry apricot date".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(dict(sorted(lengths.items())))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {}
for w in words:
    nested.setdefault(w[0], {}).setdefault(len(w), []).append(w)
print(nested)
print({k: len(v) for k, v in groups.items()})
print(max(groups, key=lambda k: len(groups[k])))
