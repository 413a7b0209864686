# Specialized float arithmetic stores a result into an operand only when nothing else
# holds it: values kept in locals, containers, constants and closures never change.
K = 2.5

def run(n):
    held = []
    x = 1.25
    for i in range(n):
        a = x * x            # same object on both sides
        b = a * K            # a global float
        c = (a + b) * (b - a) + 0.5   # temporaries, reused in place
        d = c / 4            # a tagged int operand
        e = 3 - d            # int on the left
        f = x + 0.0          # result equal to an operand
        g = f - x
        if i % 50 == 0:
            held.append((a, b, c, d, e, f, g))
    return x, held

x, held = run(300)
print(x, K, len(held))
print(held[0])
print(held[-1])
print(all(h == held[0] for h in held))

def chain(vals):
    total = 0.0
    prods = []
    for v in vals:
        p = v * 1.5
        prods.append(p)
        total = total + p * p
        total = total - v
    return total, prods

vals = [float(i) / 8 for i in range(200)]
before = list(vals)
total, prods = chain(vals)
print(total, prods[:4], prods[-1])
print(vals == before, vals[:3])

# Both operands the same temporary and the same constant.
def squares(n):
    out = []
    for i in range(n):
        t = (i + 0.5) * 1.0
        out.append(t * t)
        out.append(0.5 * 0.5)
    return out

sq = squares(100)
print(sq[:4], sq[-2:], sum(sq))

# A float shared through a closure and an attribute.
class Box:
    pass

def closure_case(n):
    base = 0.75
    box = Box()
    box.v = base
    def get():
        return base
    acc = []
    for _ in range(n):
        y = get() * 2.0
        z = box.v * box.v
        acc.append(y + z)
    return base, box.v, acc[-1], len(acc)

print(closure_case(120))
