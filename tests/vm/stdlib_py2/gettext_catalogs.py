# gettext: NullTranslations, a GNU .mo catalog built here, plural forms, find/translation.
import builtins
import gettext
import os
import struct
import tempfile
import warnings


def make_mo(entries, big_endian=False):
    """A GNU .mo file: header, original and translation tables, strings."""
    keys = sorted(entries)
    order = '>' if big_endian else '<'
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        v = entries[k]
        offsets.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b'\0'
        strs += v + b'\0'
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    table = b''.join(struct.pack(order + 'II', l, keystart + o) for o, l, _, _ in offsets)
    table += b''.join(struct.pack(order + 'II', l, valuestart + o) for _, _, o, l in offsets)
    header = struct.pack(order + 'Iiiiiii', 0x950412de, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    return header + table + ids + strs


catalog = {
    b'': b'Project-Id-Version: test 1.0\nContent-Type: text/plain; charset=UTF-8\n'
         b'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
         b'Last-Translator: someone\n  continued\n',
    b'Hello': 'Привет'.encode(),
    b'file\0files': 'файл\0файла\0файлов'.encode(),
    b'menu\x04Open': 'Открыть'.encode(),
    b'menu\x04item\0items': 'пункт\0пункта\0пунктов'.encode(),
}
tmp = tempfile.mkdtemp()
for lang, cat in [('ru', catalog), ('de', {b'': b'Content-Type: text/plain; charset=latin-1\n', b'Hello': 'Grüß'.encode('latin-1'), b'Bye': b'Tsch\xfc\xdf'})]:
    os.makedirs(os.path.join(tmp, lang, 'LC_MESSAGES'))
    with open(os.path.join(tmp, lang, 'LC_MESSAGES', 'app.mo'), 'wb') as f:
        f.write(make_mo(cat, big_endian=(lang == 'de')))

t = gettext.translation('app', tmp, languages=['ru'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Unknown'), t.charset(), sorted(t.info().items()))
print([t.ngettext('file', 'files', n) for n in (0, 1, 2, 5, 11, 21, 22, 111)], t.ngettext('x', 'xs', 1), t.ngettext('x', 'xs', 3))
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), [t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)], t.gettext('file'))
both = gettext.translation('app', tmp, languages=['de', 'ru'])
print(both.gettext('Hello'), both.gettext('Bye'), both.gettext('file'), both.charset(), [os.path.relpath(p, tmp) for p in gettext.find('app', tmp, ['de', 'ru'], all=True)])
print(os.path.relpath(gettext.find('app', tmp, ['xx', 'ru_RU.UTF-8@latin', 'de']), tmp), gettext.find('app', tmp, ['fr']), gettext.find('app', tmp, ['fr'], all=True))
print(gettext.translation('nope', tmp, ['ru'], fallback=True).__class__.__name__, gettext.translation('app', tmp, ['ru']) is not t)
try:
    gettext.translation('nope', tmp, ['ru'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)

n = gettext.NullTranslations()
print(n.gettext('a'), n.ngettext('one', 'many', 1), n.ngettext('one', 'many', 2), n.pgettext('c', 'm'), n.npgettext('c', 's', 'p', 0), n.info(), n.charset())
n.add_fallback(t)
print(n.gettext('Hello'), n.ngettext('file', 'files', 2))
n.install(names=['ngettext', 'bogus'])
print(_('Hello'), builtins.ngettext('file', 'files', 5), hasattr(builtins, 'bogus'))
del builtins._, builtins.ngettext

print(gettext.textdomain(), gettext.textdomain('app'), gettext.bindtextdomain('app', tmp) == tmp, gettext.bindtextdomain('app') == tmp)
os.environ['LANGUAGE'] = 'ru'
print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 3), gettext.pgettext('menu', 'Open'), gettext.npgettext('menu', 'item', 'items', 1))
print(gettext.dgettext('other', 'Hello'), gettext.dngettext('app', 'file', 'files', 1), gettext.dpgettext('app', 'menu', 'Open'), gettext.dnpgettext('x', 'c', 'a', 'b', 2))
gettext.install('app', tmp)
print(_('Hello'))
del builtins._

for expr in ['n != 1', 'n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2', '!n', '2*n/3', 'n==0?0:(n>5)', '(n && 5) + 1', 'n>1>0',
             '(n', 'n;', 'n+', 'n)', 'n ? 1', '', 'x', 'n n', '3 : 4']:
    try:
        f = gettext.c2py(expr)
        print(repr(expr), [f(i) for i in range(7)])
    except ValueError as e:
        print(repr(expr), 'ValueError', e)
f = gettext.c2py('n != 1')
try:
    f('1')
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5), [str(x.message) for x in w])
bad = os.path.join(tmp, 'bad.mo')
for data in [b'\x00' * 28, struct.pack('<Iiiiiii', 0x950412de, 5 << 16, 0, 28, 28, 0, 0), struct.pack('<Iiiiiii', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<IIII', 99, 500, 1, 2)]:
    with open(bad, 'wb') as fp:
        fp.write(data)
    try:
        with open(bad, 'rb') as fp:
            gettext.GNUTranslations(fp)
    except OSError as e:
        print('OSError', e.errno, e.strerror, os.path.basename(e.filename))
import shutil
shutil.rmtree(tmp)
