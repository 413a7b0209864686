# UserDict / UserList / UserString: pass-through methods, what comes back wrapped and
# what plain, copies that keep instance attributes, __missing__, | operators.
from collections import UserDict, UserList, UserString
import copy

class Tagged(UserDict):
    def __missing__(self, key):
        return 'missing:' + key
u = UserDict({'a': 1}, b=2)
print(u, len(u), 'a' in u, list(u), u.get('zz', 0), u | {'c': 3}, {'c': 3} | u, type(u | u).__name__)
u |= UserDict(d=4)
print(u, UserDict.fromkeys('xy', 0), UserDict(dict=5), Tagged()['q'], Tagged().get('q', 'dflt'))
t = Tagged(k=1)
t.note = 'kept'
c1, c2 = t.copy(), copy.copy(t)
c1['new'] = 1
print(type(c1).__name__, c1.note, c2.note, t, c1, c2.data is not t.data)
for bad in [lambda: UserDict(1), lambda: UserDict({}, {}), lambda: UserDict()['x'], lambda: u | 3]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

ul = UserList([3, 1, 2])
ul.append(5); ul.extend(UserList([0])); ul.insert(0, 9); ul.sort(); ul.reverse()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul[0], ul.pop(), ul.pop(0), ul.index(2), ul.count(3), 3 in ul)
print(ul + [7], [7] + ul, ul + (8,), type([7] + ul).__name__, ul * 2, 2 * ul, ul == [5, 3, 2, 1], ul < UserList([9]))
ul += (4,); ul *= 2
print(ul, len(ul), ul.copy() == ul, type(copy.copy(ul)).__name__)
del ul[0]; ul[0] = 'x'; ul.remove(4); ul.clear()
print(ul, UserList(UserList([1])), UserList('ab'))
try:
    hash(ul)
except TypeError as e:
    print('TypeError', e)
nested = UserList()
nested.append(UserList([1]))
print(nested, len(nested))

s = UserString('Hello World')
print(s.upper(), type(s.upper()).__name__, s.split(), type(s.split()[0]).__name__, s.find('o'), s.count(UserString('l')))
print(s[0], type(s[0]).__name__, s + '!', '>' + s, type('>' + s).__name__, s * 2, s % () if '%' not in s else '', 'World' in s, UserString('W') in s)
print(s.center(15, '*'), s.replace('l', 'L', 2), s.partition(' '), s.startswith('He'), s.zfill(13), s.encode())
print(int(UserString('12')), float(UserString('1.5')), complex(UserString('1j')), hash(s) == hash('Hello World'), str(s) == 'Hello World')
print(s == 'Hello World', s == UserString('Hello World'), s < 'Z', s >= UserString('Hello'), len(s), sorted(UserString('cab')))
print(UserString('%s-%s') % ('a', 'b'), UserString(5), UserString(UserString('x')), s.maketrans('a', 'b'), s.__getnewargs__())
print(UserString('  pad ').strip(), UserString('a,b').rsplit(','), UserString('x').join('abc'), type(UserString('x').join('abc')).__name__)
try:
    s < 5
except TypeError as e:
    print('TypeError', e)
