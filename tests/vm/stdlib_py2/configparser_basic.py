# configparser: reading, interpolation, the mapping protocol, writing, errors.
import configparser
import io
import sys

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s

[bitbucket.org]
User = hg
path: %(home)s/repo
multi = first line
   second line

   after blank ; not a comment here
empty =

[topsecret.server.com]
Port = 50022
ForwardX11 = no
user = tops
ratio = 0.75
ref = %(port)s%%
"""
cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults(), list(cp), len(cp), 'DEFAULT' in cp, 'nope' in cp)
b = cp['bitbucket.org']
print(repr(b), b.name, b['user'], b['path'], repr(b['multi']), repr(b['empty']), b.get('missing'), b.get('missing', 'fb'))
print(sorted(b), len(b), 'compression' in b, b.getboolean('compression'), b.getint('compressionlevel'))
t = cp['topsecret.server.com']
print(t.getint('port'), t.getfloat('ratio'), t.getboolean('forwardx11'), t['ref'], cp.get('topsecret.server.com', 'ref', raw=True))
print(cp.get('topsecret.server.com', 'home'), cp.get('topsecret.server.com', 'home', vars={'user': 'V'}), cp.get('x', 'y', fallback=3))
print(cp.getint('topsecret.server.com', 'nope', fallback=-1), cp.has_option('topsecret.server.com', 'ServerAliveInterval'), cp.has_option('zz', 'a'))
print(cp.items('topsecret.server.com'), cp.items('topsecret.server.com', raw=True)[-1], [k for k, v in cp.items()])
print(cp.options('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_option(None, 'compression'))

cp.set('bitbucket.org', 'new', 'value')
cp['extra'] = {'a': 1, 'B': 'two', 'c': ''}
cp['extra']['d'] = 'x%%y'
del cp['extra']['a']
print(cp['extra']['b'], cp['extra']['d'], cp.remove_option('extra', 'c'), cp.remove_option('extra', 'c'), cp.remove_section('nope'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

raw = configparser.RawConfigParser()
raw.read_dict({'s': {'pct': '100%', 'n': 3}})
raw.set('s', 'obj', [1, 2])
print(raw.get('s', 'pct'), raw.get('s', 'n'), raw.get('s', 'obj'), raw.items('s'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
root = /srv
data = ${root}/data
cost = $$5
[app]
logs = ${paths:data}/logs
bad = ${paths:nope}
""")
print(ext['paths']['data'], ext['app']['logs'], ext['paths']['cost'])
for f in [lambda: ext['app']['bad'], lambda: ext.set('app', 'x', '$oops')]:
    try:
        print(f())
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)

opts = configparser.ConfigParser(allow_no_value=True, delimiters=('=>',), comment_prefixes=('//',),
                                 inline_comment_prefixes=('#', ';'), strict=False, empty_lines_in_values=False,
                                 default_section='common', converters={'list': lambda v: v.split(',')})
opts.read_string("""
[common]
shared => yes
[s]
flag
key => a,b,c # trailing comment
// full comment
key2 => v;not inline;  ; inline
[s]
again => 1
key => replaced
""")
print(opts.sections(), opts.items('s'), opts.getlist('s', 'key'), opts['s'].getlist('key'), opts['s']['flag'], sorted(opts.converters))
print(opts.get('s', 'shared'), opts.default_section)

for text in ["no header = 1\n", "[a]\n[a]\n", "[a]\nx=1\nx=2\n", "[a]\n=novalue\n  \n[b]\nnot an option\n", "[a]\nv = %(missing)s\n",
             "[a]\nv = %(v)s\n", "[a]\nv = %x\n", "[a]\nv = %(unclosed\n"]:
    p = configparser.ConfigParser()
    try:
        p.read_string(text, source='src.ini')
        print([p.get(s, o) for s in p.sections() for o in p.options(s)])
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
for f in [lambda: cp.get('nosection', 'a'), lambda: cp.get('extra', 'nope'), lambda: cp.add_section('extra'),
          lambda: cp.add_section('DEFAULT'), lambda: cp.set('nosection', 'a', 'b'), lambda: cp.set('extra', 'a', 5),
          lambda: cp.add_section(5), lambda: cp['nosection'], lambda: cp.getboolean('extra', 'b'),
          lambda: cp.set('extra', 'bad', '%z'), lambda: cp.options('nosection'), lambda: cp.__delitem__('DEFAULT'),
          lambda: cp.items('nosection'), lambda: configparser.ConfigParser(interpolation=5),
          lambda: configparser.ConfigParser().read_dict({'a': {'x': 1, 'X': 2}})]:
    try:
        print(f())
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(repr(configparser.NoSectionError('s')), configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
d = configparser.ConfigParser({'a': 1, 'b': '%(a)s'})
print(d.defaults(), d.get('DEFAULT', 'b'), d.popitem() if d.sections() else None, configparser.ConfigParser().read(['/nonexistent/x.ini']))
