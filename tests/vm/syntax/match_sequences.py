def f(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"

for s in [[], [7], (1, 2), [0, 5, 6], [1, 2, 3, 4], range(3)]:
    print(s, "->", f(s))

# strings are not sequences for match
match "ab":
    case [a, b]:
        print("matched as sequence")
    case str():
        print("matched as str")

match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)

match [1, 2]:
    case (x, y) if x > y:
        print("guard true")
    case (x, y):
        print("guard false", x, y)
