def g(v):
    match v:
        case [1, (2 | 3) as second]:
            return f"second is {second}"
        case [int() | float() as num, *others] as whole:
            return f"num={num} others={others} whole={whole}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case str(s) if len(s) > 3:
            return f"long string {s}"
        case other:
            return f"captured {other!r}"

for v in [[1, 3], [1, 4], [2.5, 'a', 'b'], {"k": [8, 9]}, {"k": [1]}, "abcdef", "ab"]:
    print(g(v))

import math
class Const:
    RED = 1
    GREEN = 2
match 2:
    case Const.RED:
        print("red")
    case Const.GREEN:
        print("green")
match math.pi:
    case math.pi:
        print("value pattern dotted name")
