# re.Pattern methods: keyword arguments, pos/endpos, sub with callables and group
# references, split with captures and maxsplit, finditer over empty matches, scanner.
import re

p = re.compile(r'(\w)(\d)?')
print(p.match(string='a1b'), p.search('xa', pos=1), p.fullmatch('a1', endpos=2), p.findall('a1b c2', 1, 5))
print([m.span() for m in p.finditer('a1 b', pos=1, endpos=4)], p.split('a1-b', maxsplit=1), p.subn(repl='', string='a b', count=1))
print(p.groups, p.flags, p.pattern, p.groupindex, dict(re.compile('(?P<x>a)(?P<y>b)').groupindex))
print(type(re.compile('(?P<x>a)').groupindex).__name__, type(p.groupindex).__name__)
# sub and subn with callables and templates
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.sub(r'x', lambda m: None, 'axbxc'), re.subn(r'(?P<n>\d)', r'<\g<n>\g<0>\1>', '1a2'))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'abc'), re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.subn('a', 'b', 'aaaa', 2), re.sub(rb'(\w)', rb'\1\1', b'ab'))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return m.group().upper()
print(re.sub(r'[aeiou]', record, 'banana', count=2), calls)
for repl in (5, lambda m: 5, lambda m: b'x', b'x'):
    try:
        print(re.sub('a', repl, 'bab'))
    except TypeError as e:
        print(e)
try:
    re.sub(b'a', 'x', b'bab')
except TypeError as e:
    print(e)
# split: captures (None when a group did not take part), maxsplit, empty matches
print(re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\s*', 'a b  c'), re.split(r'(\W+)', '...w, x', 1))
print(re.split(r'x*', 'axbc'), re.split(r'b', 'abcbd', maxsplit=5), re.split(r'^$', '', 0), re.split('a', ''))
# finditer and findall over empty matches
print([m.span() for m in re.finditer(r'\b', 'ab cd')], re.findall(r'a*', 'baaca'), re.findall(r'(a)(b)?', 'aab'))
print([m.group() for m in re.finditer(r'a|', 'bab')], type(re.finditer('a', 'a')).__name__)
# pos/endpos clamping and ^/$ with them
q = re.compile(r'^\w')
print(q.search('ab', 1), re.compile(r'\w$').search('abc', 0, 2), re.compile('').search('abc', 2, 1), re.compile('').search('abc', 9).span())
# the scanner: search/match step through the string, then keep returning None
s = re.compile(r'\d').scanner('1a23')
print(s.pattern.pattern, s.search(), s.search(), s.search(), s.search(), s.search())
s = re.compile(r'\d*').scanner('12a')
print(s.match(), s.match(), s.match(), s.match())
# repr, equality, hash, copy and pickling
print(re.compile('a') == re.compile('a'), re.compile('a') != re.compile('a', re.I), re.compile('a') == 'a', re.compile(b'a') == re.compile('a'))
print(hash(re.compile('qq')) == hash(re.compile('qq')), len({re.compile('a'), re.compile('a')}))
try:
    re.compile('a') < re.compile('b')
except TypeError as e:
    print(e)
import copy, pickle
r = re.compile(r'(?i)x+(?P<y>y)')
print(copy.copy(r) is r, copy.deepcopy(r) is r, pickle.loads(pickle.dumps(r)) == r, pickle.loads(pickle.dumps(r)).groupindex)
print(repr(re.compile("it's")), re.compile('\n\\d'), re.compile(b'a\x00'))
for call in (lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', foo=1), lambda: p.split(),
             lambda: p.sub('x'), lambda: p.finditer(), lambda: p.scanner(), lambda: p.match('a', 1.5),
             lambda: p.split('a', 1.5), lambda: p.search('a', pos=0, string='b')):
    try:
        print(call())
    except TypeError as e:
        print(e)
try:
    re.Pattern()
except TypeError as e:
    print(e)
