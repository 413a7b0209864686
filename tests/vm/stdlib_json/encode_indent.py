# json.dumps with indent (the one-shot C encoder when Spry has it, json.encoder's Python
# _iterencode in CPython): layout, sort_keys, separators, key kinds, errors and messages.
import json

class F(float):
    def __repr__(self):
        return "F!"

class I(int):
    def __repr__(self):
        return "I!"

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

doc = {"b": [1, 2.5, None, True, False, "é\n\"q\""], "a": {"z": [], "y": {}, "x": [[], [{}]]},
       "c": (1, (2, 3)), 10: "ten", 2.5: "float", None: "none", True: "t", "d": [F(1.5), I(7)]}
for indent in (0, 1, 2, "\t", "--", -3, True):
    print(repr(indent), json.dumps(doc, indent=indent))
print(json.dumps(doc, indent=2, sort_keys=False, separators=(";", "=")))
print(json.dumps({"k": "v", "ü": ["\u20ac", "\U0001f600"]}, indent=1, ensure_ascii=False))
print(json.dumps({"k": "\ud800"}, indent=1))
print(json.dumps([Point(1, 2)], indent=2, default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps({(1, 2): 1, "a": 2}, indent=2, skipkeys=True))
print(json.dumps({(1, 2): 1}, indent=2, skipkeys=True))
print(json.dumps({"s": "x" * 3, "n": [1] * 3}, indent=4, sort_keys=True))
print(json.dumps("plain", indent=2), json.dumps(5, indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps([[[1]], {"a": {"b": {}}}], indent=" "))

errors = [
    lambda: json.dumps([float("nan")], indent=2, allow_nan=False),
    lambda: json.dumps({"k": float("-inf")}, indent=2, allow_nan=False),
    lambda: json.dumps({float("inf"): 1}, indent=2, allow_nan=False),
    lambda: json.dumps([float("nan")], allow_nan=False),
    lambda: json.dumps({"a": 1, 2: 3}, indent=2, sort_keys=True),
    lambda: json.dumps({(1,): 1}, indent=2),
    lambda: json.dumps([object()], indent=2),
    lambda: json.dumps([1], indent=2.5),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = [1]
loop.append(loop)
for kw in ({"indent": 2}, {"indent": 2, "check_circular": False}):
    try:
        json.dumps(loop, **kw)
    except (ValueError, RecursionError) as e:
        print(type(e).__name__, e)
d = {"a": 1}
d["self"] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print("ValueError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        return ["obj", o.x]
print(Enc(indent=3, sort_keys=True).encode({"p": Point(4, 5), "n": None}))
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({"b": [1, {"c": 2}], "a": "x"}, out, indent=2, sort_keys=True)
print(len(out.parts) > 1, "".join(out.parts) == json.dumps({"b": [1, {"c": 2}], "a": "x"}, indent=2, sort_keys=True))
big = [{"id": i, "tags": ["t%d" % (i % 3)], "v": i / 4} for i in range(200)]
text = json.dumps(big, indent=2, sort_keys=True)
print(len(text), text.count("\n"), json.loads(text) == big)
