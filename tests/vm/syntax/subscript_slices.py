class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1])
print(s[1:2])
print(s[1:2:3])
print(s[:])
print(s[::2])
print(s[1, 2])
print(s[1:2, 3])
print(s[:, None])
print(s['a':'b'])
print(s[()])
print(s[-1:])
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-3:], lst[:-7], lst[100:], lst[-100:2])
lst[2:5] = ['a', 'b']
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
lst[1:1] = [7, 7]
print(lst)
