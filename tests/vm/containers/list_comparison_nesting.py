print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [3]] < [[1, 2], [4]], [(1, "a")] < [(1, "b")])
a = [1, [2, [3, [4]]]]
print(a, a[1][1][1][0], len(a))
b = [0] * 3
grid = [[0] * 3 for _ in range(3)]
bad = [[0] * 3] * 3
grid[0][0] = 1
bad[0][0] = 1
print(grid, bad)
r = [1, 2]
r.append(r)
print(r, r[2] is r)
d = {'k': []}
d['k'].append(d)
print(d)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
