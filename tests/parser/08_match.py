match command:
    case "quit":
        pass
    case "go" | "move":
        pass
    case ["go", direction]:
        pass
    case ["drop", *objects]:
        pass
    case ["pick", "up", *_]:
        pass
    case []:
        pass
    case ():
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case a, b:
        pass
    case a, *rest:
        pass
    case {"x": x, "y": y}:
        pass
    case {"x": x, **rest}:
        pass
    case {**rest}:
        pass
    case {}:
        pass
    case {1: _, -1: _, 1.5: _, "s": _, b"b": _, None: _, True: _, False: _, Color.RED: _}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, 0):
        pass
    case Point(x, y, z=1):
        pass
    case Point():
        pass
    case a.b.C(d=e):
        pass
    case Color.RED:
        pass
    case mod.Color.GREEN:
        pass
    case 0 | 1 | -1:
        pass
    case 1.5 | -2.5:
        pass
    case 1 + 2j | -1 - 2j | 3j:
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True | False:
        pass
    case [a, [b, c], (d, e)]:
        pass
    case (1 | 2) as n:
        pass
    case [x] as whole:
        pass
    case int(x) if x > 0:
        pass
    case str() | bytes():
        pass
    case x if x:
        pass
    case [*_]:
        pass
    case (*a, b):
        pass
    case [a, *b, c,]:
        pass
    case {"k": [1, {"n": n}]}:
        pass
    case Point(x=Point(y=1)):
        pass
    case _:
        pass

match x, y:
    case a, b: pass
match (x, y):
    case (a, b): pass
match *a, b:
    case _: pass
match x,:
    case _: pass
match -x:
    case _: pass
match (yield_):
    case _: pass
match x := y:
    case _: pass

# Soft keywords as names
match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
print(match, case, _)
def match(): pass
class case: pass
match = case = _ = 0
x = [match for match in range(3)]
match
match.x
