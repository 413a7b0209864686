# `for` loops over generators specialize (FOR_ITER_GEN resumes the generator's frame
# inline), also when the loop body is in another generator.
# expect: FOR_ITER failed == 0
# expect: FOR_ITER deopt == 0


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(n):
    for x in numbers(n):
        yield x * x


total = 0
for rep in range(200):
    for v in squares(50):
        total += v
print(total)
