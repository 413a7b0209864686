def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

a = [1, 2, 2, 2, 5, 7, 9, 9, 12]
for x in [0, 1, 2, 3, 9, 12, 13]:
    print(x, bisect_left(a, x), bisect_right(a, x))
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    sorted_list.insert(bisect_right(sorted_list, v), v)
print(sorted_list)
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect_left(words, "grape"), bisect_left(words, "kiwi"))
