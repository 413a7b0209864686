# re.Match: groups that did not take part, named groups, several groups at once, expand,
# lastindex/lastgroup, regs, the index rules of group() and the argument errors.
import re

p = re.compile(r'(?P<first>a)(b)?(?P<last>c)?(d)')
m = p.search('xad')
print(m.group(), m.group(0, 'first', 2), m.group(1, 3, 4), m[2], m['last'], m[4])
print(m.groups(), m.groups('-'), m.groups(default=0), m.groupdict(), m.groupdict('?'))
print(m.span(), m.span(2), m.start(2), m.end(3), m.span('first'), m.start('last'), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern)
print(m.expand(r'<\g<first>|\g<1>|\2|\g<last>|\4|\g<0>>'), m.expand('plain'), repr(m.expand(r'\n\t')))
m2 = re.match(r'(?P<w>\w+) (\w+)(?P<z>z)?', 'hello world')
print(m2.lastindex, m2.lastgroup, re.match(r'(a)(?P<b>b)', 'ab').lastgroup, re.match('x', 'x').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(?P<o>(?P<i>a))', 'a').lastgroup)
print(m.group(True), m.group(False), m[0], len(m.groups()), bool(m))
for g in (5, -1, 'nope', 1.0, 2 ** 70, b'first', None):
    try:
        print(m.group(g))
    except IndexError as e:
        print('IndexError', e)
for call in (lambda: m.group([]), lambda: m.start(0, 1), lambda: m.span(group=1), lambda: m.groups(1, 2),
             lambda: m.groupdict(dflt=1), lambda: m.expand(), lambda: m.expand(r'\g<nope>'),
             lambda: m.expand(r'\9'), lambda: m.expand(r'\g<1'), lambda: m.expand(5)):
    try:
        print(call())
    except (TypeError, IndexError, re.error) as e:
        print(type(e).__name__, e)
# repr: long and quoted matches are cut at 50 characters of their repr
print(re.match('.*', 'q' * 60))
print(re.match(".*", "it's \"quoted\"\n"), re.match(b'.+', b'\x00\xffab'))
print(re.search(r'\d+', 'ab 12345 cd'))
# bytes subjects give bytes groups, whatever the buffer type
mb = re.compile(rb'(?P<k>\w+)=(\w*)').search(bytearray(b' key=val '))
print(mb.group(), mb.groups(), mb.groupdict(), mb['k'], mb.expand(rb'\2:\g<k>'), type(mb.string).__name__)
mv = re.match(rb'(.)(.)', memoryview(b'xyz'))
print(mv.groups(), mv.span(2), mv.group(0, 1))
# copy and deepcopy give the same object; Match cannot be created directly
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m, m.__copy__() is m, m.__deepcopy__({}) is m)
try:
    re.Match()
except TypeError as e:
    print(e)
print(re.Match[str], re.Pattern[bytes])
