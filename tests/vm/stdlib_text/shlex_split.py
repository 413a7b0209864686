# shlex: split in posix and compatibility modes, quoting, errors, the class.
import shlex

for s in ['a b  c', 'echo "hello world" \'x y\'', 'a\\ b "c\\"d" \'e\\f\'', 'x # comment', 'a"b"c',
          '"" \'\'', 'path/to/file.txt --opt=1', 'tab\tsep\nnewline', 'mixed"quo\'te"s', 'a\\\\b', 'ümlaut wörd']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for s in ['', 'simple', 'with space', "it's", 'a$b', '@%+=:,./-', 'ünï', 'tab\t']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.split(shlex.join(['x y', "'", '"'])))
lex = shlex.shlex('a = b + "c d" ; e(f)')
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > e', punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('cmd --x=1 ~/p *.py;ls', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two\nthree # c\nfour', posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('x y')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex('a b', posix=True)
lex.push_source('inner source')
print(list(lex))
lex = shlex.shlex("don't stop", posix=False)
try:
    print(list(lex))
except ValueError as e:
    print('ValueError', e)
