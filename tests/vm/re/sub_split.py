# sub/subn with templates and callables, split.
import re

print(re.sub(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1), 'hello world'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'))
print(re.sub('(a)(b)', r'\2\1\n\g<0>\.', 'xaby'))
print(re.sub('a', 'b', 'aaa', count=2), re.subn('a', 'b', 'aaa'), re.subn('z', 'b', 'aaa'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.sub('a', lambda m: m.group().upper(), 'banana', 2))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'(\d)', r'\g<1>0', '12'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('a', r'\\', 'aa'), re.sub('a', '\\\\n', 'a'))
print(re.sub('(a)', r'\0\01\1', 'a'), re.sub('a', r'\t|\x', 'a') if False else '')
print(re.sub(r'\s+', ' ', '  a \t\n b  '), re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\b', 'a b'), re.split('', 'ab'))
print(re.split(r'\s+', 'a b  c d', maxsplit=2), re.split('x', 'axbxc', 1))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'x*', 'axbc'), re.split('[,;]', 'a,b;c'))
print(re.split('x', ''), re.split('', ''), re.split('(?:)', 'ab'))
for tpl in [r'\g<1', r'\g<x>', r'\g', r'\3', r'\q', r'\g<1x>', r'\g<>', '\\', r'\g<-1>', r'\400']:
    try:
        print(re.sub('(a)(b)', tpl, 'ab'))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print(e)
print(re.sub('a', lambda m: None if False else '', 'banana'))
p = re.compile(r'\d')
print(p.sub('#', 'a1b2'), p.subn(lambda m: str(int(m.group()) * 2), 'a1b2c3'), p.split('a1b2c'))
