# locale in the C/C.UTF-8 locale: queries, setlocale, localeconv, helpers.
import locale

print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.localeconv())
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ''), locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_TIME, None), locale.setlocale(locale.LC_ALL, ('C', None)))
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e:
    print('Error', e, locale.Error.__mro__)
try:
    locale.setlocale(99)
except locale.Error as e:
    print('Error', e)
print(locale.str(1.5), locale.str(1 / 3), locale.atof('1.5'), locale.atoi('42'), locale.format_string('%d and %.2f', (1234567, 3.14159), grouping=True))
print(locale.format_string('%(a)s-%(b)05.1f', {'a': 'x', 'b': 2.25}), locale.delocalize('1,234.5'), locale.localize('1234.5'), locale.atof('2', int))
try:
    locale.currency(5)
except ValueError as e:
    print('ValueError', e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'), sorted(['b', 'B', 'a'], key=locale.strxfrm))
print(locale.normalize('en_US'), locale.normalize('C'), locale.normalize('c.utf8'), locale.normalize('en_US.utf8'), locale.normalize('POSIX'))
print(sorted(locale.__all__))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
