def handle(msg):
    match msg:
        case {"type": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"type": "say", "text": str() as text}:
            return f"say {text!r}"
        case {"type": "multi", **rest}:
            return f"multi with {sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

tests = [
    {"type": "move", "x": 1, "y": 2, "extra": 0},
    {"type": "say", "text": "hi"},
    {"type": "say", "text": 5},
    {"type": "multi", "a": 1, "b": 2},
    {"other": 1},
    [1, 2],
]
for t in tests:
    print(handle(t))
