def unpack(seq, n):
    if n == 2:
        a, b = seq
        return a, b
    a, b, c = seq
    return a, b, c
for seq, n in [((1, 2), 2), ((1, 2, 3), 2), ((1,), 2), ([1, 2], 3), ("ab", 2), (iter([1, 2, 3]), 3)]:
    try:
        print(unpack(seq, n))
    except ValueError as e:
        print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
first, *_ = range(3)
*_, last = range(3)
print(first, last)
