# sub/expand templates, keyword arguments, scanner, type errors of replacements.
import re
for args in [('a', b'x', 'a'), (b'a', 'x', b'a'), ('a', 'x', b'a'), ('a', 1, 'a')]:
    try:
        print(re.sub(*args))
    except TypeError as e:
        print('TypeError', e)
p = re.compile(r'(\w)(\d)?')
print(p.search(string='xa1', pos=1), p.match('a1', endpos=1), p.findall(string='a1b', pos=1))
print(p.sub(repl='#', string='a1 b2', count=1), p.split(string='a1 b', maxsplit=1))
s = p.scanner('a1 b c3')
print(s.search(), s.search(), s.search(), s.search())
m = p.match('a1')
print(m.expand(r'<\2\1>'), m.expand(b'x' if False else r'\g<2>'), m.regs)
print(re.compile(rb'(a)').match(b'a').expand(rb'[\1]'))
print(re.sub('(?P<n>a)', r'\g<n>\g<n>', 'bab'), re.sub('a', r'\\g<0>', 'a'))
print(re.fullmatch('(?:a|b)+', 'abab', 0), re.search('x', 'axb', re.I).start())
