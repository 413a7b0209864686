a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "z" in "hello", "" in "abc")
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print('k' in {'k': 1}, 1 in {'k': 1})
print(1 in {1, 2}, (1, 2) in {(1, 2)})
print(1 in (1.0,), True in [1], 0 in [False])
class Cont:
    def __contains__(self, item):
        print("contains called with", item)
        return item == 42
print(42 in Cont(), 41 in Cont(), 1 not in Cont())
class Iter:
    def __iter__(self):
        return iter([10, 20, 30])
print(20 in Iter(), 25 in Iter())
class GetItem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 100
print(300 in GetItem(), 400 in GetItem())
