# netrc: the 3.11 lexer (quotes, backslashes, comments, line counting),
# macdef bodies, entry termination, errors, and the ~/.netrc privacy check.
import netrc
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
cases = [
    'machine h login u password p#x\n', 'machine h login u #comment password p\nmachine g login z\n',
 'machine h login u password #x\n', '#comment machine h\nmachine g login q\n', 'machine h # c\n login u\n',
 'machine h login u macdef m\nabc\n\nmachine z login w\n', 'macdef m\n\n', 'macdef\n\n', 'macdef m x y\nline1\n  line2\n\n',
 'machine h login u\tpassword "a b\\\\c"\r\n', 'machine h login "unterminated\n', 'machine h login u password p \\\n', 'default login a default login b\n',
 'machine h login', 'machine h login u account', 'machine h\n\n\nfoo\n', 'machine h login u password p\n  #indented comment\n machine g login x\n',
 'machine h login u\n#c1\n#c2\nmachine h2 bad\n', 'machine\tx\rlogin\x0cy\n', 'machine h login u password p" q"r\n', 'machine h login u password "\n',
 'machine a#b login u\n', 'machine h login u # machine g login x\n', 'MACHINE h\n', 'machine h login u macdef\n', 'machine h "login" u\n', '"machine" h\n', 'macdef m\nx\n \ny\n\n', 'macdef m\r\nx\r\n\r\n', 'machine h login u password p\nmacdef m\nx\n\nmacdef m\ny\n\n',
 'machine h port 21 login u\n', 'default\n', 'machine h login a login b user c\n', 'machine h login u\n\n#c\n\nmacdef m\n\n', '# c\\\nmachine h login u\n',
    '#\nmachine h\n', '#c\nmachine h\n', '#\\\nmachine h login u\n', 'machine h #\nlogin u\n', 'machine h login u\n#\nlogin v\n', '##\nmachine h\n', '# x\n', '#', 'machine h #', 'macdef m\nx\n\n#c\n',
             'machine h login u macdef m\nx\n\n', 'machine h login u\nmacdef\nx\n\n', 'macdef m  \nx\n\n', 'macdef m\tz\n\n',
    '# comment machine h\nmachine g login q\n', '#comment machine h login z\n', 'machine h login u #c login v\n', 'machine h login u # login v\n',
 'machine h login u\n#c1\nlogin v\nmachine g\n', 'machine h login u\n# c1\nlogin v\nmachine g\n', '"ab"cd machine h\n', 'machine h login "ab"cd\n', 'machine h login "a\nb" bad\n',
 'machine h login machine g\n', 'machine h login u password\n', '"#" machine h\n', 'machine h "#" login u\n', '#\n#\nmachine h bad\n', 'machine h #c\nbad\n', '  #x\nmachine h\n',
 'machine h login u\\\\x\n', 'machine h login \\"q\n', 'machine h login u password p\n#\\\nlogin z\n', 'machine h login "a\\\nb"\nbad\n', 'macdef m\nx', 'macdef "m n"\nx\n\n', 'machine h login u password p account a\n', 'machine h account\n',
]
for text in cases:
    with open('n', 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc('n')
        print(repr(text), n.hosts, n.macros, repr(repr(n)))
    except netrc.NetrcParseError as e:
        print(repr(text), 'ERR', e.msg, e.lineno, e.filename, str(e))

e = netrc.NetrcParseError('msg', 'file', 3)
print(str(e), e.args, e.msg, e.filename, e.lineno, str(netrc.NetrcParseError('m')), netrc.__all__)
n = netrc.netrc(__import__('pathlib').Path('n'))
print(n.authenticators('h'), n.authenticators('default'))

home = os.path.join(tmp, 'home')
os.mkdir(home)
os.environ['HOME'] = home
p = os.path.join(home, '.netrc')
for text, mode in [('machine h login anonymous password x\n', 0o644), ('machine h login u\n', 0o644),
                   ('machine h login u password p\n', 0o640), ('machine h login u password p\nmachine g bad\n', 0o644),
                   ('machine h login u password p\n', 0o604), ('machine h password p login anonymous\n', 0o644),
                   ('macdef m\nx\n\n', 0o644), ('macdef m\nx\n\nmachine h password p\n', 0o644),
                   ('default login u password p\n', 0o600)]:
    with open(p, 'w') as f:
        f.write(text)
    os.chmod(p, mode)
    try:
        print(repr(text), oct(mode), netrc.netrc().hosts)
    except netrc.NetrcParseError as e:
        print(repr(text), oct(mode), repr(str(e)), e.args, e.lineno)
    try:
        print('  explicit', netrc.netrc(os.path.join('home', '.netrc')).hosts)
    except netrc.NetrcParseError as e:
        print('  explicit', e)
try:
    netrc.netrc('nodir/x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
os.chdir('/')
shutil.rmtree(tmp)
