# re.error messages and positions.
import re

pats = ['*', 'a**', '(', 'a)', '\\q', '[a', '(?<=a+)b', 'a{3,2}', '(?P<1>a)', '(?P=x)', '\\1',
        '(a)(?i)b', '[z-a]', '(?z)', '(?P<a>x)(?P<a>y)', '(?', '(?P', '(?P<', '(?P<a', '(?<',
        '(?<x)', 'a|*', '^*', '\\b+', 'x{2}{3}', 'a*?+', '(?i', '(?i-', '(?-i)', '(?a-u:x)',
        '\\x1', '\\x', '\\u12', '[\\d-z]', '[a-\\d]', '\\', 'a\\', '(a)\\2', '(a\\1)',
        '(?(2)a|b)', '(?(a)b)', '(?(1)a|b|c)(a)', '(?#abc', 'abc)', '[]', '[^]',
        'x{99999999999}', '(?<=a|bc)', '(?<=a{2})b', '\\777', '[\\777]', '(?P<a-b>x)',
        '(?(0)a)', '(?:a', 'a\nb(', '(?i:a', '(?L)a', '\\N', '(?i!x)', '(?-!x)', '(?i-x!a)',
        '(?-', '(?ix', '(?N', '\\N{', '(?i-q:a)', '(?iq)', '(?s-i:a)(?i)', 'a|(?i)b',
        '((a)', '(?=a', '[\\q]', '(?x)[a', '(?P>a)', '(?<a>b)']
for pat in pats:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups, p.flags)
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), '=>', type(e).__name__, e)
for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (re.compile('a'), re.I), (1, 0)]:
    try:
        re.compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
e = re.error('boom')
print(e, e.msg, e.pos)
try:
    re.compile('(?P<n>a)(?P=n', 0)
except re.error as e:
    print(e)
