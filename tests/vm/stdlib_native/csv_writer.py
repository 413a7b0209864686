# csv.writer and the dialect registry: quoting modes, escaping, None/float fields,
# lineterminators, register/get/list/unregister, Dialect validation errors.
import csv
import io

def out(rows, **kw):
    f = io.StringIO()
    try:
        w = csv.writer(f, **kw)
        for row in rows:
            print(w.writerow(row), end=' ')
        print(repr(f.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, repr(f.getvalue()))

out([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', '']])
out([[1, 2.5, None, True, 1e100, 0.1, -0.0, 10**20]])
out([['x', 1, 2.0, None, '']], quoting=csv.QUOTE_NONNUMERIC)
out([['x', 1, None]], quoting=csv.QUOTE_ALL)
out([['a,b']], quoting=csv.QUOTE_NONE)
out([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')
out([['c"d']], doublequote=False, escapechar='\\')
out([['c"d']], doublequote=False)
out([['']])
out([[''], []])
out([['']], quoting=csv.QUOTE_NONE)
out([['a\rb', 'c\nd']], lineterminator='\n')
out([['a', 'b']], delimiter='\t', lineterminator='|')
out([['a b', "it's"]], quotechar="'")
out([('t', 'u'), 'xy', range(3)])
out([5])
f = io.StringIO()
w = csv.writer(f, dialect='unix')
print(w.writerows([['a', 1], ['b', None]]), repr(f.getvalue()))
print(w.dialect.quoting, repr(w.dialect.lineterminator))

print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('semi')
print(d.delimiter, d.quoting, d.quotechar, repr(d.escapechar), d.doublequote, d.skipinitialspace, d.strict)
out([['a', 'b']], dialect='semi')
csv.register_dialect('tabby', csv.excel_tab, quotechar="'")
print(repr(csv.get_dialect('tabby').delimiter), csv.get_dialect('tabby').quotechar)
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
for f, a in [(csv.get_dialect, ('semi',)), (csv.unregister_dialect, ('semi',)), (csv.register_dialect, (5,))]:
    try:
        f(*a)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

class Mine(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
out([['a', 'b:c']], dialect=Mine)
out([['a', 'b:c']], dialect=Mine())

class Bad(csv.Dialect):
    delimiter = ';;'
try:
    Bad()
except csv.Error as e:
    print('Error', e)
for kw in [dict(delimiter=None), dict(delimiter=1), dict(delimiter='ab'), dict(quotechar=1),
           dict(quotechar='ab'), dict(escapechar=5), dict(lineterminator=None),
           dict(lineterminator=5), dict(quoting='a'), dict(quoting=9), dict(foo=1),
           dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
    try:
        csv.writer(io.StringIO(), **kw)
        print('ok', kw)
    except TypeError as e:
        print('TypeError', e)
print(csv.writer(io.StringIO(), quotechar=None).dialect.quoting)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)
d = csv.get_dialect('excel')
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
