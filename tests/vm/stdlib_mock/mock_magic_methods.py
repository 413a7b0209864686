# MagicMock: every preconfigured magic method with its default, assigning magic
# methods (functions and mocks), deleting them, and magic methods on a spec.
from unittest.mock import MagicMock, Mock, NonCallableMagicMock, call

mm = MagicMock()
print(len(mm), list(mm), int(mm), float(mm), complex(mm), bool(mm), 3 in mm)
print([1, 2, 3][mm], mm.__lt__(1), mm.__ge__(1))
try:
    mm < 1
except TypeError as e:
    print('TypeError:', e)
print(mm == mm, mm == 3, mm != mm, mm != 3)
print(hash(mm) == object.__hash__(mm), str(mm) == object.__str__(mm))
print(type(mm + 1).__name__, type(abs(mm)).__name__, type(mm[0]).__name__)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.return_value, mm.__len__.return_value, mm.__bool__.return_value)
print(type(mm.__iter__.return_value).__name__)
print(mm.mock_calls[:4])
print(mm.method_calls)

mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k * 10
mm.__iter__.return_value = [1, 2]
mm.__eq__.return_value = True
mm.__contains__.return_value = True
print(len(mm), mm[4], list(mm), list(mm), mm == 2, mm != 2, 'x' in mm)
mm.__str__ = lambda self: 'custom str'
print(str(mm), mm.__str__ is not None)
mm.__int__ = Mock(return_value=42)
print(int(mm), mm.__int__.call_count)
mm[1] = 2
del mm[3]
print(mm.__setitem__.call_args, mm.__delitem__.call_args)
del mm.__len__
try:
    len(mm)
except TypeError as e:
    print('TypeError:', e)
try:
    mm.__len__
except AttributeError as e:
    print('AttributeError:', e)

plain = Mock()
plain.__iter__ = Mock(return_value=iter([7, 8]))
print(list(plain), plain.mock_calls)
for bad in ('__getattr__', '__init__', '__setattr__'):
    try:
        setattr(plain, bad, 1)
    except AttributeError as e:
        print('AttributeError:', e)
plain.__foo__ = 5
print(plain.__foo__)

limited = MagicMock(spec=['__len__', 'x'])
print(len(limited))
try:
    iter(limited)
except TypeError as e:
    print('TypeError:', e)
try:
    limited.__iter__
except AttributeError as e:
    print('AttributeError:', e)
listlike = MagicMock(spec=list)
print(len(listlike), list(listlike), isinstance(listlike, list))
nc = NonCallableMagicMock()
print(len(nc), type(nc.attr).__name__)
try:
    nc()
except TypeError as e:
    print('TypeError:', e)
print(repr(MagicMock(name='n')[3]).split(' id=')[0])
