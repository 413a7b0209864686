# shlex: the lexer's corner cases -- comments inside words, punctuation runs,
# escapes inside quotes, line numbers, sourcing files, split/quote/join.
import io
import os
import shlex
import tempfile


def tokens(text, posix=False, punct=False, split=False, comments=True):
    lx = shlex.shlex(text, posix=posix, punctuation_chars=punct)
    lx.whitespace_split = split
    if not comments:
        lx.commenters = ''
    try:
        return list(lx), lx.lineno
    except ValueError as e:
        return 'ValueError: %s' % e


for text in ['a=b', 'a#x\n.b', '|#\n.\n', 'x "y z"w', "it's", 'a\\"b', '"a\\"b" \'c\\d\'',
             '\\', '"\\x\\\\\\""', 'é ß', '((a)) && b|c>>d', '~/x-y.z *.py', '"" \'\'']:
    print(repr(text))
    for posix in (False, True):
        for punct in (False, True, '|'):
            print('  posix=%d punct=%-5r' % (posix, punct), tokens(text, posix, punct),
                  tokens(text, posix, punct, split=True, comments=False))

lx = shlex.shlex('first\nsecond # note\n\nthird', posix=True)
while True:
    tok = lx.get_token()
    print(repr(tok), lx.lineno, lx.error_leader(), lx.error_leader('f', 9))
    if tok is None:
        break
lx = shlex.shlex(io.StringIO('p q'), infile='stream.txt')
lx.push_token('r')
print(lx.get_token(), lx.get_token(), lx.error_leader(), lx.instream.read())

here = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('inc_file', 'w') as f:
        f.write('inside "quoted"\n')
    lx = shlex.shlex('before source inc_file after', infile='main.txt', posix=True)
    lx.source = 'source'
    print(list(lx))
    lx = shlex.shlex('a b c')
    lx.push_source('x y', 'pushed')
    print(lx.get_token(), lx.infile, lx.get_token(), lx.get_token(), lx.infile)
    os.chdir(here)

print(shlex.shlex('', punctuation_chars='ab').punctuation_chars,
      'b' in shlex.shlex('', punctuation_chars='ab').wordchars,
      shlex.shlex('x', posix=True).eof, repr(shlex.shlex('x').eof))
for words in [['a b', "c'd", '', '$x', 'é'], ['--opt=1', '@h:p,q/r.s+%']]:
    print(shlex.join(words), shlex.split(shlex.join(words)) == words)
print(shlex.split('a #b\nc', comments=True), shlex.split('a "b # c" d #e', comments=True))
