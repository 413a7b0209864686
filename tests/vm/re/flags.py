# Flag constants and their reprs, inline and scoped flags, Pattern reprs.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, repr(re.I | re.S | re.X), str(re.I), f"{re.I}", int(re.I | re.A))
print(re.IGNORECASE == 2, re.I == re.IGNORECASE, isinstance(re.M, int), re.M & re.M, re.I | 0)
print(re.compile('a+', re.I))
print(re.compile('x', re.I | re.M | re.S | re.X), re.compile(b'x', re.I), re.compile('x', re.A))
print(re.compile('x'), re.compile(b'x'), re.compile('x', re.U))
print(repr(re.compile('a' * 300))[-20:])
print(re.compile(r'(?i)a').flags, re.compile(r'(?s)(?m)a').flags, re.compile(b'(?i)a').flags)
print(re.compile(r'(?x)a').flags, re.compile('a', re.A | re.I).flags)
print(re.search('a', 'A', re.I), re.search('A', 'a', flags=re.IGNORECASE))
print(re.match(r'(?i)hello', 'HeLLo'), re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'))
print(re.match(r'(?i)[a-z]+', 'ABCxyz'), re.match(r'(?i)[^a]', 'A'))
print(re.match(r'a(?-i:b)c', 'ABC', re.I), re.match(r'a(?-i:b)c', 'AbC', re.I))
print(re.match(r'(?x) a  b  # comment', 'ab'), re.match(r'(?x)a[ ]b', 'a b'), re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'''
    (\d+)   # number
    \s*
    ([a-z]+)  # word
''', '12 ab', re.VERBOSE).groups())
print(re.findall(r'(?m)^a', 'a\na\nba'), re.findall(r'^a', 'a\na', re.M))
print(re.findall(r'a.b', 'a\nb', re.S), re.findall(r'(?s:a.)b', 'a\nb'))
print(re.match(r'(?a)\w+', 'héllo'), re.match(r'\w+', 'héllo', re.ASCII), re.match(r'(?u)\w+', 'héllo'))
print(re.match(r'(?im)^b', 'a\nB'))
