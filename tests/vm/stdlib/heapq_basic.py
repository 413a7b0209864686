import heapq
from heapq import *

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h[0], [heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data[0], all(data[i] <= data[c] for i in range(len(data)) for c in (2 * i + 1, 2 * i + 2) if c < len(data)))
print(heapreplace(data, 10), data[0])
print(heappushpop(data, -1), heappushpop(data, 3), data[0])
print(heappushpop([], 4))
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
for f, args in [(heappush, ((), 1)), (heappop, ([1],)), (heappop, ({},)), (heapify, ('ab',)), (heapreplace, (None, 1)), (heappushpop, ((), 1))]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
print(nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(nsmallest(1, [3, 2, 5]), nlargest(1, []), nsmallest(0, [1]), nlargest(10, 'hello'))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nsmallest(4, words, key=len))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 3], [8, 4, 1], reverse=True)), list(merge()))
tasks = []
heappush(tasks, (2, 'code'))
heappush(tasks, (1, 'write spec'))
heappush(tasks, (3, 'test'))
heappush(tasks, (1, 'design'))
while tasks:
    print(heappop(tasks))
random_list = [(i * 7919) % 101 for i in range(100)]
heap = list(random_list)
heapify(heap)
print([heappop(heap) for _ in range(100)] == sorted(random_list))
print(sorted(heapq.__all__))
