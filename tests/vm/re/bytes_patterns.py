# bytes patterns: ASCII semantics, bytes-like subjects, mixing errors.
import re

print(re.findall(rb'\d', b'a1b2'), re.findall(rb'\w+', b'caf\xe9 ok'), re.match(rb'(?i)abc', b'ABC'))
print(re.sub(b'a', b'\\n', b'cat'), re.sub(rb'(\w)', rb'[\1]', b'ab'), re.split(rb',', b'a,b'))
print(re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'[\x80-\xff]+', b'\x80\xfe'))
print(re.search(rb'b', bytearray(b'abc')), re.search(rb'b', memoryview(b'abc')))
print(re.compile(rb'x').pattern, re.compile(rb'x').flags, re.compile(rb'(?L)x').flags)
for pat, s in [(b'a', 'a'), ('a', b'a')]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print(e)
for pat in [b'\\u1234', b'(?u)x', b'\\N{x}']:
    try:
        re.compile(pat)
    except re.error as e:
        print(pat, e)
print(re.match(rb'\s+', b' \t\n\x1c'), re.escape(b'a.b c'), re.findall(rb'\bx', b'x x'))
m = re.match(rb'(?P<n>a)(b)?', b'a')
print(m, m.groups(), m.groupdict(), m.expand(rb'\g<n>!'), m.group('n'))
print(re.sub(rb'a', lambda m: m.group() * 2, b'banana'))
