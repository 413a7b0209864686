data = ["pear", "Apple", "fig", "banana", "apple", "Fig"]
print(sorted(data))
print(sorted(data, key=str.lower))
print(sorted(data, key=len))
print(sorted(data, key=len, reverse=True))
print(sorted(data, key=lambda s: (len(s), s.lower())))
print(sorted(range(10), key=lambda n: n % 3))
print(sorted(range(10), key=lambda n: n % 3, reverse=True))
print(sorted([3, 1, 2], key=None), sorted(iter([5, 4])), sorted("hello", reverse=True))
nums = [5, 3, 8]
s = sorted(nums)
print(s is nums, nums)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
