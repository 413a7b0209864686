# bytearray's type dict has __hash__ = None (like list and dict), so hash
# checks that look at the class (collections.abc.Hashable) see it unhashable.
print(bytearray.__dict__['__hash__'], list.__dict__['__hash__'], '__hash__' in bytes.__dict__)
print(bytearray.__hash__ is None, [c.__name__ for c in (bytes, bytearray, memoryview) if c.__hash__ is not None])
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(e)
try:
    {bytearray(): 1}
except TypeError as e:
    print(e)
