# string.Template: substitution, errors, identifiers, and subclasses that change the syntax.
import re
import string
from string import Template

t = Template('$who likes ${what}; $$5 costs ${who}s $x_1 $_')
print(Template('$é').safe_substitute(), Template('$é').is_valid())
print(t.substitute(who='tim', what='kung pao', x_1=1, _='u'), t.safe_substitute({'who': 'a'}), t.get_identifiers(), t.is_valid())
print(Template('$a $b').substitute({'a': 1, 'b': 2}, b=3), Template('${a}b $A').substitute(a='x', A='y'), Template('').substitute())
for text, kw in [('$who likes $what', {'who': 'x'}), ('$', {}), ('line\n  $ 5', {}), ('${bad', {}), ('${1}', {}), ('abc $$ $9', {})]:
    try:
        print(repr(Template(text).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(' safe:', repr(Template(text).safe_substitute(**kw)), Template(text).is_valid(), Template(text).get_identifiers())
print(Template.delimiter, Template.idpattern, Template.flags == re.IGNORECASE, type(Template.pattern).__name__)


class Percent(Template):
    delimiter = '%'


class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*'
    flags = 0


class Braces(Template):
    braceidpattern = r'[^}]+'


class Custom(Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[)|
      (?P<named>[a-z]+)\]\]|
      (?P<braced>)(?!)|
      (?P<invalid>)
    )
    '''


class Broken(Template):
    pattern = r'@(?P<named>x)?(?P<braced>y)?(?P<escaped>z)?(?P<invalid>w)?'


print(Percent('%who owes %{amount} %%').substitute(who='bob', amount=5), Percent('50%').safe_substitute(), Percent('$x').substitute())
print(Dotted('$user.name is ${user.age}').substitute({'user.name': 'ann', 'user.age': 3}), Dotted('$Upper').safe_substitute(Upper=1))
print(Braces('${any thing!} $plain').substitute({'any thing!': 1, 'plain': 2}), Braces('${x y}').get_identifiers())
print(Custom('[[name]] and [[[[ and [[bad').safe_substitute(name='N'), Custom('[[a]]').get_identifiers())
for f in [lambda: Broken('@').substitute(), lambda: Broken('@').is_valid(), lambda: Broken('@q').get_identifiers(), lambda: Broken('@').safe_substitute(),
          lambda: Broken('@x @y @z @w').safe_substitute(x=1, y=2)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e.args[0])
print(string.capwords(' hello   world '), string.capwords('a-b-c', '-'))
