# del x[k] on a type that cannot delete items: "doesn't" for an index into a sequence,
# "does not" otherwise (CPython 3.11 words the two paths differently).
import types

cases = [
    ("int", 5, 0),
    ("tuple index", (1, 2), 0),
    ("tuple non-index", (1, 2), "a"),
    ("str index", "ab", 1),
    ("str slice", "ab", slice(0, 1)),
    ("mappingproxy index", types.MappingProxyType({}), 0),
    ("mappingproxy key", types.MappingProxyType({}), "a"),
    ("None", None, 0),
    ("range index", range(3), True),
]
for label, obj, key in cases:
    try:
        del obj[key]
    except TypeError as e:
        print(label, "->", e)
