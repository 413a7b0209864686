# gettext: plural expressions compiled the way CPython does (textual '!', C-style
# comparisons, floor division), .mo header parsing corners, and catalogue lookup order.
import builtins
import io
import os
import struct
import tempfile
import gettext


def make_mo(entries, order='<', version=0):
    keys = sorted(entries)
    ids = strs = b''
    spans = []
    for k in keys:
        spans.append((len(ids), len(k), len(strs), len(entries[k])))
        ids += k + b'\0'
        strs += entries[k] + b'\0'
    first = 28 + 16 * len(keys)
    table = b''.join(struct.pack(order + 'II', n, first + o) for o, n, _, _ in spans)
    table += b''.join(struct.pack(order + 'II', n, first + len(ids) + o)
                      for _, _, o, n in spans)
    head = struct.pack(order + 'Iiiiiii', 0x950412de, version, len(keys), 28,
                       28 + 8 * len(keys), 0, 0)
    return head + table + ids + strs


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for expr in ['!n==0', '!n+1', '!n&&1', '!n?5:6', 'n<5<3', 'n==1>0', '(n-3)/2', '(n-3)%2',
             'n||0', '0&&n', '!(n>2) * 3', 'n ? !n : !!n', 'n/0', 'n%0', 'n n;', 'xyz',
             '12abc', 'n\t==\n1', 'n+!n', 'n<>1', 'n?(1:2', '(n?1', '((n)', '1' * 1001,
             '(' * 21 + 'n' + ')' * 21, '(' * 20 + 'n' + ')' * 20, 'n?' * 22 + '1' + ':2' * 22]:
    def run():
        f = gettext.c2py(expr)
        return [f(i) for i in (0, 1, 2, 3, 7, 12)]
    print(repr(expr[:30]), end=' ')
    show(run)

header = ('Content-Type: text/plain; charset=UTF-8\nX-Name: J\u00fcrgen\nnocolon line\n'
          '  cont\nX-Empty:\nPlural-Forms: nplurals=2; plural=n>1;\nX-Dup: a\nX-Dup: b\n'
          'X:a:b\n').encode()
t = gettext.GNUTranslations(io.BytesIO(make_mo(
    {b'': header, b'caf\xc3\xa9': b'x', b'one\0many': b'1\0M\0X', b'ctx\x04k': b'ck',
     b'ctx\x04p\0ps': b'p0\0p1'}, version=0x10001)))
print(sorted(t.info().items()), t.charset(), t.plural(1), t.plural(2))
print(sorted(t._catalog.items(), key=repr))
print(t.gettext('one'), t.gettext('many'), t.pgettext('ctx', 'p'), t.npgettext('ctx', 'p', 'ps', 5),
      t.ngettext('one', 'many', 7), t.ngettext('nope', 'nopes', 1), t.gettext('caf\u00e9'))
for head in [b'Plural-Forms: plural=n>1; nplurals=2\n', b'Plural-Forms: ;plural=n;plural=0\n',
             b'Content-Type: text/plain\n', b'Content-Type: text/plain; charset=\n',
             b'Content-Type: text/plain; charset=bogus\n']:
    show(lambda: (lambda g: (g.plural(3), g.charset(), g.info()))(
        gettext.GNUTranslations(io.BytesIO(make_mo({b'': head, b'a': b'b'})))))
show(lambda: gettext.GNUTranslations(io.BytesIO(make_mo({b'': b'X: y\n', b'k': b'v'}, '>'))).gettext('k'))
show(lambda: gettext.GNUTranslations(io.BytesIO(make_mo({b'a': b'b\xc3\xa9'}))))
show(lambda: gettext.GNUTranslations(io.BytesIO(make_mo({b'a': b'b'}, version=-1))))
g = gettext.GNUTranslations(io.BytesIO(make_mo({b'a\0as': b'x\0y'})))
print(g.ngettext('a', 'as', 'q'), g.ngettext('b', 'bs', 'q'), g.gettext(5), g.pgettext('c', 'a'))


class Raw(gettext.NullTranslations):
    def _parse(self, fp):
        self.seen = fp.read()


print(Raw(io.BytesIO(b'zz')).seen, sorted(vars(gettext.NullTranslations())))

base = tempfile.mkdtemp()
for lang in ['sr_RS.UTF-8@latin', 'sr@latin', 'sr', 'de_DE.ISO8859-15', 'de', 'de_DE',
             'en_US.UTF-8', 'en', 'pt_BR', 'pt', 'xx_YY.utf8', 'xx']:
    os.makedirs(os.path.join(base, lang, 'LC_MESSAGES'))
    with open(os.path.join(base, lang, 'LC_MESSAGES', 'd.mo'), 'wb') as f:
        f.write(make_mo({b'': b'Content-Type: text/plain; charset=UTF-8\n',
                         b'hello': lang.encode()}))
for langs in [['sr_RS.UTF-8@latin'], ['sr@latin'], ['de_DE@euro'], ['de', 'C', 'en'],
              ['xx_YY.utf8'], ['pt_BR', 'pt', 'pt_BR'], ['C.UTF-8'], ['en_US:de']]:
    print(langs, [os.path.relpath(p, base).split(os.sep)[0]
                  for p in gettext.find('d', base, langs, all=True)])
for var in ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG']:
    os.environ.pop(var, None)
os.environ['LC_MESSAGES'] = 'pt_BR'
os.environ['LANGUAGE'] = 'de:sr@latin'
print([os.path.relpath(p, base) for p in gettext.find('d', base, all=True)])
tr = gettext.translation('d', base, ['xx', 'de'])
print(tr.gettext('hello'), tr._fallback.gettext('hello'), type(tr._fallback._fallback).__name__)
again = gettext.translation('d', base, ['xx'])
print(again is tr, again._catalog is tr._catalog, gettext.Catalog is gettext.translation)
gettext.bindtextdomain('d', base)
gettext.textdomain('d')
print(gettext.gettext('hello'), gettext.dgettext('missing', 'hello'),
      gettext.dngettext('missing', 'a', 'b', 2), gettext.dnpgettext('missing', 'c', 'a', 'b', 1))
gettext.install('d', base, names=['pgettext', 'other'])
print(_('hello'), builtins.pgettext('c', 'hello'), hasattr(builtins, 'other'))
del builtins._, builtins.pgettext
import shutil
shutil.rmtree(base)
