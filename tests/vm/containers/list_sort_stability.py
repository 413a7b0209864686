records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
data = [(i % 3, i) for i in range(15)]
data.sort(key=lambda p: p[0])
print(data)
data.sort(key=lambda p: p[0], reverse=True)
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)))
l = [3, 1, 2]
print(l.sort(), l)
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("cba"), sorted({3: 0, 1: 0}))
