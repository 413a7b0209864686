a = [x for x in y]
a = [x for x in y if x]
a = [x for x in y if x if not x]
a = [x * y for x in a for y in b]
a = [x for x in [y for y in z]]
a = [[x for x in row] for row in matrix]
a = [(x, y) for x, y in pairs]
a = [x for (x, y) in pairs]
a = [x for [x, y] in pairs]
a = [x for x, in pairs]
a = [x for *x, y in pairs]
a = [x for x.attr in y]
a = [x for x[0] in y]
a = {x for x in y}
a = {x: y for x, y in z}
a = {x: [y for y in x] for x in z}
a = (x for x in y)
a = (x for x in y if x)
a = [y := f(x) for x in range(3)]
a = [x for x in y if (z := x)]
a = [x for x in lambda: y]  if False else 0
a = [x for x in (lambda: y)()]
a = [x async for x in y]
a = [x for x in y if x for z in x]
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
a = [x for x in 1, 2] if False else 0
