# configparser: error classes and their attributes, writing, files, proxies,
# converters, every interpolation style, the parsing switches.
import configparser as cp
import io
import os
import tempfile
import warnings


def attempt(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s %r' % (type(e).__name__, e, e.args)


# error classes built directly
for err in [cp.NoSectionError('s'), cp.NoOptionError('o', 's'), cp.DuplicateSectionError('s'),
            cp.DuplicateSectionError('s', 'f.ini'), cp.DuplicateSectionError('s', 'f.ini', 7),
            cp.DuplicateOptionError('s', 'o'), cp.DuplicateOptionError('s', 'o', 'f.ini', 123),
            cp.InterpolationError('o', 's', 'msg'), cp.InterpolationSyntaxError('o', 's', 'bad'),
            cp.InterpolationMissingOptionError('o', 's', 'raw', 'ref'), cp.InterpolationDepthError('o', 's', 'raw'),
            cp.MissingSectionHeaderError('f', 3, 'line\n'), cp.Error('plain'), cp.Error()]:
    print(type(err).__name__, repr(str(err)), repr(err), err.args, isinstance(err, cp.Error))
e = cp.NoOptionError('o', 's')
print(e.option, e.section, e.message)
e = cp.DuplicateOptionError('s', 'o', 'f.ini', 4)
print(e.section, e.option, e.source, e.lineno)
e = cp.MissingSectionHeaderError('f', 3, 'x')
print(e.source, e.lineno, e.line, isinstance(e, cp.ParsingError))
e = cp.InterpolationMissingOptionError('o', 's', 'raw', 'ref')
print(e.option, e.section, e.reference)
pe = cp.ParsingError('src')
pe.append(2, "'bad'")
pe.append(11, "'worse'")
print(repr(str(pe)), pe.errors, pe.source, pe.args)
print(attempt(lambda: cp.ParsingError()), attempt(lambda: cp.ParsingError('a', 'b')))
print(issubclass(cp.InterpolationDepthError, cp.InterpolationError), issubclass(cp.ParsingError, cp.Error))

# parse errors with sources and line numbers
for text, kw in [("[a]\nx = 1\n[b]\ny=2\n[a]\n", {}), ("[a]\nx = 1\n\ny = 2\nX : 3\n", {}),
                 ("# c\n\nkey = v\n", {}), ("[a]\nok = 1\nbad line\n[b]\nworse\n   \n: v\n", {}),
                 ("[a]\nx = 1\n[a]\nx = 2\n", {'strict': False})]:
    p = cp.ConfigParser(**kw)
    try:
        p.read_string(text, source='cfg/%d.ini' % len(text))
        print('read', {s: dict(p[s]) for s in p.sections()})
    except cp.ParsingError as e:
        print(type(e).__name__, repr(str(e)), getattr(e, 'errors', None))
    except cp.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)

# read_file names the source after the file object, read() skips missing files
with tempfile.TemporaryDirectory() as d:
    good = os.path.join(d, 'good.ini')
    with open(good, 'w') as f:
        f.write('[files]\nname = good\n')
    bad = os.path.join(d, 'bad.ini')
    with open(bad, 'w') as f:
        f.write('[x]\n[x]\n')
    p = cp.ConfigParser()
    got = p.read([good, os.path.join(d, 'missing.ini')])
    print([os.path.basename(g) for g in got], p['files']['name'])
    try:
        with open(bad) as f:
            p.read_file(f)
    except cp.DuplicateSectionError as e:
        print(os.path.basename(e.source), e.lineno, e.section)
    try:
        p.read_file(io.StringIO('nothing'))
    except cp.MissingSectionHeaderError as e:
        print(e.source, e.lineno, repr(e.line))
    p.read_file(['[lines]\n', 'a = 1\n'], source='list')
    print(p['lines']['a'])

# writing: multi-line values, no-value options, non-default delimiters
w = cp.RawConfigParser(allow_no_value=True, delimiters=(':', '='))
w.read_string("""
[DEFAULT]
base = 1
[one]
long = first
    second

    fourth
bare
num: 5
""")
w.set('one', 'nothing', None)
w['two'] = {'k': 'v', 'empty': ''}
for spaced in (True, False):
    out = io.StringIO()
    w.write(out, space_around_delimiters=spaced)
    print(repr(out.getvalue()))
print(repr(w['one']['long']), w['one']['bare'], w.items('one', raw=True))

# empty lines end a value when empty_lines_in_values is off; comment lines never do
for keep in (True, False):
    p = cp.ConfigParser(empty_lines_in_values=keep)
    for text in ["[s]\nv = a\n  b\n\n  c\n# hidden\n  d\nw = 2\n", "[s]\nv = a\n# hidden\n  b\n\nw = 2\n"]:
        try:
            p.read_string(text)
            print(keep, repr(p['s']['v']), p.options('s'))
        except cp.ParsingError as e:
            print(keep, repr(str(e)))

# inline comments: only after whitespace; the first round that finds one wins
p = cp.ConfigParser(inline_comment_prefixes=('#', ';'), comment_prefixes=('#', ';', 'REM'))
p.read_string("[s]\na = x;y ;z #w\nb = #all\nc = v#v ; c\nREM dropped = 1\nd=1\n")
print(p.items('s'))

# section proxies behave as mutable mappings
p = cp.ConfigParser(defaults={'shared': 's'})
p.read_string("[sec]\nA = 1\nb = 2\n")
sec = p['sec']
print(len(sec), list(sec), 'a' in sec, 'A' in sec, 'shared' in sec, sec.parser is p, sec.name)
sec['C'] = '3'
del sec['b']
print(dict(sec), attempt(lambda: sec['zz']), attempt(lambda: sec.__delitem__('zz')),
      attempt(lambda: sec.__setitem__('n', 5)), attempt(lambda: sec.__delitem__('shared')))
print(sec.get('a'), sec.get('zz'), sec.get('zz', 'fb'), sec.getint('a'), sec.getint('zz', 7), sec.getfloat('zz'))
print(dict(p['DEFAULT']), len(p['DEFAULT']), p['sec'] is p['sec'], list(p.keys()), len(p))
p['sec'] = p['sec']
print(dict(p['sec']))
p['sec'] = {'fresh': 'yes'}
print(dict(p['sec']), p.getboolean('sec', 'fresh'))
p['DEFAULT'] = {'only': 'this'}
print(p.defaults(), attempt(lambda: p.__delitem__('DEFAULT')), attempt(lambda: p.__delitem__('gone')))
p.add_section('later')
print(p.popitem()[0], p.sections(), attempt(lambda: p.popitem()), attempt(lambda: p.popitem()))

# converters
p = cp.ConfigParser(converters={'upper': str.upper})
p.read_string("[c]\nword = hello\nnums = 1 2 3\n")
p.converters['ints'] = lambda v: [int(x) for x in v.split()]
print(sorted(p.converters), p.converters['upper'] is str.upper, p.converters['int'], len(p.converters))
print(p.getupper('c', 'word'), p['c'].getupper('word'), p.getints('c', 'nums'), p['c'].getints('nums'))
p.add_section('new')
print(p['new'].getints('nope', [0]), p.getints('new', 'nope', fallback='fb'))
del p.converters['upper']
print(hasattr(p, 'getupper'), hasattr(p['c'], 'getupper'), sorted(p.converters))
for bad in [lambda: p.converters.__setitem__('', int), lambda: p.converters.__setitem__(3, int),
            lambda: p.converters.__delitem__('missing'), lambda: p.converters.__delitem__('')]:
    print(attempt(bad))

# booleans
b = cp.ConfigParser()
b.read_dict({'b': {v: v for v in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF', 'maybe', '']}})
print([attempt(lambda o=o: b.getboolean('b', o)) for o in b.options('b')])

# items() with vars, defaults and raw values
p = cp.ConfigParser(defaults={'dir': '/d', 'file': '%(dir)s/%(name)s'})
p.read_string("[s]\nname = n\n")
print(p.items('s'), p.items('s', vars={'name': 'V'}), p.items('s', raw=True), p.items('DEFAULT', raw=True))
print(attempt(lambda: p.items('DEFAULT')), p.get('s', 'file', vars={'DIR': '/v'}))

# interpolation styles and their errors
basic = cp.ConfigParser()
basic.read_string("[s]\na = %(b)s\nb = %(c)s\nc = end %%\nloop = %(loop)s\nbad = %(a\nodd = 100%\n")
print(basic['s']['a'], attempt(lambda: basic['s']['loop']), attempt(lambda: basic['s']['bad']),
      attempt(lambda: basic['s']['odd']))
print(attempt(lambda: basic.set('s', 'x', 'a % b')), attempt(lambda: basic.set('s', 'x', '%(ok)s %% %q')))
ext = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\ny = ${x}-${b:z}\nz = ${a:y}!\nloop = ${loop}\ncolon = ${a:b:c}\nodd = $x\n"
                "[b]\nz = ${w}\nw = deep$$\n")
print(ext['a']['y'], ext['a']['z'], attempt(lambda: ext['a']['loop']), attempt(lambda: ext['a']['colon']),
      attempt(lambda: ext['a']['odd']), attempt(lambda: ext.get('a', 'q', vars={'q': '${nope:x}'})))
none = cp.ConfigParser(interpolation=None)
none.read_string("[s]\nv = %(x)s $y 100%\n")
print(none['s']['v'], none.get('s', 'v', raw=True) == none['s']['v'])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    legacy = cp.ConfigParser(interpolation=cp.LegacyInterpolation())
legacy.read_string("[s]\nName = n\nv = %(NAME)s-%(name)s %%\nmiss = %(nope)s\n")
print(legacy['s']['v'], attempt(lambda: legacy['s']['miss']))

# defaults, default_section, optionxform, has_option corner cases
p = cp.ConfigParser(default_section='base')
p.optionxform = str
p.read_string("[base]\nKey = 1\n[s]\nOther = 2\n")
print(p.options('s'), p.has_option('s', 'Key'), p.has_option('s', 'key'), p.has_option('', 'Key'),
      p.has_option('base', 'Key'), 'base' in p, 'DEFAULT' in p, attempt(lambda: p.add_section('base')))
print(p.remove_option('base', 'Key'), p.remove_option('', 'Key'), attempt(lambda: p.remove_option('zz', 'a')),
      p.remove_section('s'), p.remove_section('s'), p.sections())
print(attempt(lambda: cp.ConfigParser().read_dict({'a': {}, 'DEFAULT': {}})),
      attempt(lambda: cp.ConfigParser().read_dict({1: {}, '1': {}})),
      attempt(lambda: cp.RawConfigParser().add_section(3)))
r = cp.RawConfigParser()
r.add_section('s')
r.set('s', 'n', 4)
r['s']['ok'] = 'fine'
print(r.get('s', 'n'), attempt(lambda: r['s'].__setitem__('t', 1)), r.getint('s', 'n', raw=True))
