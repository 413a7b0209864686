# Capturing groups, named groups, backreferences, lastindex/lastgroup.
import re

print(re.search(r'(\d+)-(\d+)', 'tel 123-456 x').groups())
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), m['first'], m[2], m.lastgroup, m.lastindex, m.span(2))
print(m.expand(r'\g<last>, \1 (\g<0>)'))
print(re.match(r'(a|)*', 'aa').groups(), re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('a', 'a').lastindex)
print(re.match(r'(a)\1', 'aa'), re.match(r'(a)\1', 'ab'), re.match(r'(?P<x>a)(?P=x)', 'aa'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.match(r'(a)?b\1', 'b'), re.match(r'(a)?(b)', 'b').groups(), re.match(r'(a)?(b)', 'b').groups(''))
print(re.match(r'(x)*', 'x' * 5).span(1), re.match(r'(?:(x)|(y))+', 'xy').groups())
print(re.match(r'(a)(?:b(c)|b(d))', 'abd').groups())
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(\w+) \1', 'hey hey you'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'))
q = re.compile(r'(?P<a>x)(?P<b>y)?')
print(q.groupindex, q.match('x').groups(), q.match('x').groups('z'), q.match('x').groupdict())
print(q.match('x').groupdict('-'), q.match('xy').regs)
m = q.match('xy')
print(m.group(0, 1, 'b'), m.start('b'), m.end(), m.span('a'), m.lastgroup)
for bad in (3, 'zz', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m.start(5)
except IndexError as e:
    print(e)
print(re.match(r'(a)(?:x(b))?', 'a').span(2), re.match(r'(a)(?:x(b))?', 'a').start(2))
