import string
from string import Template

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD  foo\tbar '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(string.capwords('x,,y', ','))
t = Template('$who likes $what, ${who}s cost $$10 $')
print(t.template, t.delimiter, t.is_valid(), t.get_identifiers())
print(t.safe_substitute(who='tim'))
print(t.safe_substitute({'who': 'a', 'what': 'b'}, what='c'))
try:
    t.substitute(who='tim', what='kung pao')
except ValueError as e:
    print('ValueError', e)
t2 = Template('$who likes ${what}_x; $$ $_a1b $9')
print(t2.is_valid(), t2.get_identifiers(), t2.safe_substitute(who=1, _a1b=[2]))
t3 = Template('${who} likes $what')
print(t3.substitute(who='tim', what=3.5), t3.substitute({'who': 'x', 'what': 'y'}))
try:
    t3.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for text in ['abc $', 'line1\nline2 $ x', 'a\nb\n${1}', '${abc', '$', 'x\r\n$!', '$$$', 'ok $a$b${c}d']:
    tt = Template(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers(), repr(tt.safe_substitute(a='A', b='B', c='C')))
    try:
        print(repr(tt.substitute(a='A', b='B', c='C')))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Template('$é $a').safe_substitute(a=1))
class T(Template):
    pass
print(T('$x!').substitute(x='y'))
