def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))

if []:
    print("empty list is true?")
else:
    print("empty list is false")
if 0.0 or "" or None or ():
    print("bad")
else:
    print("all falsy")
x = 5
if 1 < x < 10:
    print("chained ok")
if not x == 6:
    print("not works")
if x: print("one-line if")
y = "yes" if x > 3 else "no"
print(y)
