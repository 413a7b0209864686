# Descriptors name their type by its full tp_name ('collections.deque'), as CPython does.
import collections

print(type(collections.deque()).maxlen)
try:
    collections.deque().maxlen = 3
except AttributeError as e:
    print(e)
print(int.real, str.upper)
print(repr(collections.deque().__len__).split(" at ")[0])
print(collections.deque.__len__)
