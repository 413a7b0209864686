def first_rest(first, *rest):
    return first, rest
print(first_rest(*"hello"))
def kw_merge(**kw):
    return sorted(kw.items())
base = {"a": 1, "b": 2}
print(kw_merge(**base, c=3), kw_merge(**{**base, "a": 100}))
def both(*a, **k):
    return a, k
print(both(*[], **{}), both(*(None,), **dict(x=None)))
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(), sum_all(1, 2, 3), sum_all(*range(101)), sum_all(1.5, start=10))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), max(*matrix[0]), print(*matrix, sep=" | "))
def unpack_dict_in_call(a, b, c):
    return a * 100 + b * 10 + c
print(unpack_dict_in_call(**dict(zip("abc", (1, 2, 3)))), unpack_dict_in_call(1, *[2], **{"c": 3}))
