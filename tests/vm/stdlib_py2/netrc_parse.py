# netrc: entries, default, macros, quoting, comments, errors, and the ~/.netrc checks.
import netrc
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'n')


def parse(text):
    with open(path, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
        print(n.hosts, n.macros, n.authenticators('h'), n.authenticators('zz'))
        print(repr(repr(n)))
    except netrc.NetrcParseError as e:
        print('NetrcParseError', str(e).replace(d, 'D'), '|', e.msg, e.lineno, e.filename == path)


for text in ['machine h login u password p\nmachine h2 login u2 account a password "p w"\ndefault login anon password x\n',
             'machine h\n  login u\n  password p # comment\n#full comment\nmacdef init\ncd /\nput x\n\nmachine g login q\n',
             'machine h login "quoted \\" x" password p\\ q\n', 'machine h bogus x\n', 'login u\n', 'machine\n',
             'machine h login u password\n', 'default\nmachine h login u\n', 'machine h login u\nmachine h login v\n',
             'machine h account a\n', 'machine h password p\n', 'macdef m\nline\n', '# only\n#comment\n',
             'machine h user alt password "a#b" # trailing\n', 'machine "h" login u\n', '\n\n  machine h login u\n', '']:
    parse(text)

home = tempfile.mkdtemp()
os.environ['HOME'] = home
try:
    netrc.netrc()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
with open(os.path.join(home, '.netrc'), 'w') as f:
    f.write('machine h login u password secret\nmachine anon login anonymous password x\n')
os.chmod(os.path.join(home, '.netrc'), 0o644)
try:
    netrc.netrc()
except netrc.NetrcParseError as e:
    print('NetrcParseError', e.msg)
os.chmod(os.path.join(home, '.netrc'), 0o600)
print(netrc.netrc().authenticators('h'))
import shutil
shutil.rmtree(d)
shutil.rmtree(home)
