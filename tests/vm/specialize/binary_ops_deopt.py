# BINARY_OP specializations: tagged-int overflow into big ints and back, float/int
# mixing at one site, str subclasses, and in-place str growth.
def accumulate(values):
    total = 0
    trace = []
    for i, v in enumerate(values):
        total = total + v
        if i % 400 == 0:
            trace.append(total)
    return total, trace


big = 2 ** 62
ints = [1] * 1500 + [big, big, -big, -big] + [3] * 1500
print("overflow add:", accumulate(ints))


def products(n):
    out = []
    x = 3
    for i in range(n):
        y = x * (1 << 40)        # crosses 63 bits when x grows
        z = y - (1 << 40) * x    # back to 0, tagged again
        out.append((z, y > 0))
        if i == 1200:
            x = 1 << 30
        if i == 2400:
            x = 3
    return out[0], out[1201], out[2401], out[-1], len(out)


print("overflow mul:", products(3000))


def mixed(n):
    acc = 0
    for i in range(n):
        step = 0.5 if (i // 700) % 2 else 1
        acc = acc + step
        acc = acc * 1
        acc = acc - step / 2
    return acc, type(acc).__name__


print("float/int mix:", mixed(3000))


class S(str):
    def __add__(self, other):
        return "S+" + str(len(other))


def concat(parts):
    s = ""
    n = 0
    for p in parts:
        r = p + "x"
        n += len(r)
        s += p
    return n, len(s), s[-10:]


print("str subclass:", concat(["ab"] * 1500 + [S("cd")] * 10 + ["ef"] * 1500))


def divide(n):
    out = []
    for i in range(n):
        a = float(i) + 0.5
        try:
            out.append(a / (i % 1000 - 0.0))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[:2], out[1000], len(out)


print("true divide:", divide(2100))
