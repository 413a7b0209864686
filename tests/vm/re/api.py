# Pattern and Match objects: attributes, pos/endpos, reprs, cache, escape.
import re

p = re.compile(r'\d+')
print(p.search('ab12cd345', 5), p.match('ab12', 2), p.fullmatch('a123b', 1, 4), p.findall('1 22 333', 2, 6))
print(p.match('12', 0, 1), p.search('a1', -5, 100), p.search('a1', 3), [m.span() for m in p.finditer('1a22b', 1)])
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('\na', 1), re.compile('a$').search('ab', 0, 1))
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
m = re.search(r'(?P<n>\w)(\w)', ' xy ')
print(m, repr(m), m.string, m.re, m.pos, m.endpos, m.re is re.compile(r'(?P<n>\w)(\w)'))
print(m.start(), m.end(), m.span(), m.start(1), m[0], m[1], m['n'], m.regs)
print(type(m), type(p), re.Pattern, re.Match, type(m).__name__)
print(re.match('.*', 'x' * 100))
print(re.match('.*', 'x\'y"'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), hash(re.compile('b')) == hash(re.compile('b')))
re.purge()
print(re.compile('a') is not None)
print(re.escape('a b\tc!@#.*+?^$()[]{}|\\-&~'), re.escape('éa_1'), re.escape(b'a.b'))
for name in ['match', 'search', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split', 'compile', 'escape', 'purge']:
    print(name, callable(getattr(re, name)))
try:
    re.Pattern()
except TypeError as e:
    print(e)
try:
    p.match(b'1')
except TypeError as e:
    print(e)
try:
    p.match(1)
except TypeError as e:
    print(type(e).__name__)
print(re.compile(p) is p, re.match(p, '12a').group())
it = p.finditer('1 2 3')
print(next(it).group(), [m.group() for m in it])
print(re.findall(r'(a)(b)', 'abab'), re.findall(r'(a)', 'aa'))
for subj in (1, None, ['a']):
    try:
        re.search('a', subj)
    except TypeError as e:
        print(e)
try:
    re.compile(b'a').search(3)
except TypeError as e:
    print(e)
try:
    re.compile('a').search('a', 'x')
except TypeError as e:
    print(e)
print(re.compile('a').search('ba', 0, 10**9), re.compile('a').search('ba', -10**9), re.compile('a').match('a', 5))
m = re.compile(r'(\w)').search('  x  ', 1, 4)
print(m.pos, m.endpos, m.lastindex, m.span(), m.string)
print(re.compile('a').findall('aaa', 1), re.compile('a').findall('aaa', 1, 2), re.compile('a').findall('aaa', 3, 1))
print(re.split('a', 'bab', maxsplit=-1), re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2))
print(re.findall(rb'a(.)', bytearray(b'abac')), re.split(rb'a', memoryview(b'bab')), re.sub(rb'a', b'x', bytearray(b'aba')))
print(list(re.finditer('', 'ab', )), [m.span() for m in re.compile('x*').finditer('axx', 1, 2)])
