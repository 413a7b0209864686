# locale: normalize()'s alias and encoding rules, what setlocale() accepts, composite
# LC_ALL answers, the deprecated helpers' warnings, nl_langinfo and number formatting.
import locale as L
import os
import warnings


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['en_US', 'en', 'de_DE.utf8', 'de_DE@euro', 'de_DE.UTF-8@euro', 'ja_jp.eucjp',
             'xx_YY.utf8', 'EN_us.UTF-8', 'sr_RS@latin', 'english', 'ENGLISH_UNITED-STATES',
             'c.utf8', 'C.UTF-8@x', 'uz_UZ@cyrillic', 'en_US:utf8', 'en_US.utf8@foo',
             'xx@foo', '', 'POSIX', 'univ', 'en_US.latin9', 'de', 'ru', 'ru_RU.koi8r@euro',
             'ru_RU@euro', 'el_GR@euro', 'C@euro', 'aa_er@euro', 'af@euro', 'sh.koi8r@x',
             'sh.utf-8@latin', 'de_DE.big5_hkscs', 'en_US.ANSI_X3.4-1968', 'en_us.8859',
             'en_US.ascii', 'en_US.euc', 'ca_ES.utf8@valencia', 'de.utf16', 'zh_TW.big5']:
    print(repr(name), repr(L.normalize(name)))

for spec in ['C.utf8', 'C.utf-8', 'c.utf8', 'POSIX', 'C.UTF8', 'C.ascii', 'en_US.UTF-8',
             'C.UTF-8@x', 'C@x', ('x',), 5, ['C', None], ('C', 'UTF-8'), (None, None), b'C']:
    show(lambda: L.setlocale(L.LC_NUMERIC, spec))
    show(lambda: L.getlocale(L.LC_NUMERIC))
for category in [-1, 7, 12, 13, 'x', 2.0]:
    show(lambda: L.setlocale(category))
    show(lambda: L.setlocale(category, 'C'))
L.setlocale(L.LC_ALL, 'C')
L.setlocale(L.LC_TIME, 'C.UTF-8')
show(lambda: L.setlocale(L.LC_ALL))
show(lambda: L.getlocale(L.LC_ALL))
show(lambda: L.setlocale(L.LC_ALL, 'C.utf8'))
show(lambda: L.getlocale(L.LC_ALL))
L.setlocale(L.LC_CTYPE, 'C')
print(L.getencoding(), L.getpreferredencoding(), L.getpreferredencoding(False))
L.setlocale(L.LC_CTYPE, 'C.UTF-8')
print(L.getencoding(), L.nl_langinfo(L.CODESET), L.nl_langinfo(L.D_T_FMT),
      L.nl_langinfo(L.DAY_1), L.nl_langinfo(L.ABMON_12), L.nl_langinfo(L.YESEXPR))
print(L.ABDAY_1, L.MON_12, L.T_FMT_AMPM, L.CRNCYSTR, L.RADIXCHAR)
show(lambda: L.nl_langinfo(12345))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    os.environ['LC_ALL'] = 'de_DE@euro'
    show(lambda: L.getdefaultlocale())
    show(lambda: L.getdefaultlocale(('NOPE',)))
    os.environ['SPRY_TEXT_LANG'] = 'fr_FR.UTF-8:en'
    show(lambda: L.getdefaultlocale(('SPRY_TEXT_LANG',)))
    show(lambda: L.getdefaultlocale(('LANGUAGE', 'SPRY_TEXT_LANG')))
    show(lambda: L.resetlocale())
    show(lambda: L.format('%d', 5))
    show(lambda: L.format('x%d', 5))
    show(lambda: L.format('%5.1f', 2.25, False, True))
print([str(w.message) for w in caught])

show(lambda: L.format_string('%s %%', 'a'))
show(lambda: L.format_string('%5.1f|%-6d|%x', (2.25, 12345, 255), True))
show(lambda: L.format_string('%*d|%.*f', (5, 3, 2, 1.5)))
show(lambda: L.format_string('%.2f', 1234567.891, True, True))
show(lambda: L.format_string('%(x)d %(y).1f', {'x': 1234, 'y': 2.5}, False, True))
show(lambda: L.format_string('%d', 'x'))
print(L.str(1e20), L.str(5), L.localize('1234.5', True, True), L.delocalize('1 234,5'))
show(lambda: L.atof(5))
show(lambda: L.strcoll('a', 5))
show(lambda: L.strxfrm('a\0b'))
print(L.strcoll('\u00e9', 'z'), L.localeconv() is L.localeconv())
print(L.gettext('hi'), L.textdomain(None), L.textdomain('spry'), L.textdomain(None),
      L.bindtextdomain('spry', None), L.bindtextdomain('spry', '/tmp/x'),
      L.bindtextdomain('spry', None), L.bind_textdomain_codeset('spry', None),
      L.dgettext('d', 'm'), L.dcgettext(None, 'm', L.LC_MESSAGES))
