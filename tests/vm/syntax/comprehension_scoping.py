x = "outer x"
result = [x for x in range(3)]
print(result, x)

y = 10
print([y + i for i in range(3)])

class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    factor = 5
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.doubled)
print(K.scaled)

def f():
    items = [lambda: i for i in range(3)]
    return [g() for g in items]
print(f())

def g():
    n = 4
    return [[n * a + b for b in range(2)] for a in range(2)]
print(g())

try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)

z = [1, 2, 3]
print([z for z in z])
print(z)
