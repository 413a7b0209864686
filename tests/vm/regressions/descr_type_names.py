# Descriptors name their type by its full tp_name ('collections.deque'), as CPython does.
import collections

print(type(collections.deque()).maxlen)
try:
    collections.deque().maxlen = 3
except AttributeError as e:
    print(e)
print(int.real, str.upper)
