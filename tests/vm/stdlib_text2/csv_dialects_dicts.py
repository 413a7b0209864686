# csv's Python layer: Dialect validation (errors in CPython's order), the standard dialects,
# DictReader (fieldnames, restkey/restval, line_num, blank lines) and DictWriter errors.
import csv
import io


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


good = dict(delimiter=',', quotechar='"', escapechar=None, doublequote=True,
            skipinitialspace=False, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
faults = [('delimiter', None), ('delimiter', 'ab'), ('delimiter', 5), ('quotechar', 'ab'),
          ('quotechar', 5), ('quotechar', None), ('escapechar', 'ab'), ('lineterminator', None),
          ('lineterminator', 5), ('quoting', None), ('quoting', 'x'), ('quoting', 9)]
for i, (name1, value1) in enumerate(faults):
    for name2, value2 in faults[i + 1:]:
        if name1 != name2:
            cls = type('D', (csv.Dialect,), dict(good, **{name1: value1, name2: value2}))
            attempt(f'{name1}={value1!r} {name2}={value2!r}', cls)
attempt('base Dialect', csv.Dialect)
attempt('subclass without settings', type('E', (csv.Dialect,), {}))
attempt('excel instance', lambda: csv.excel().delimiter)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__)
print(csv.list_dialects())
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d.escapechar)
print(csv.excel_tab.__mro__[1].__name__, csv.unix_dialect.quoting == csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, csv.unix_dialect).writerow(['a', 1, None])
csv.writer(out, 'excel-tab').writerow(['a b', 'c\td'])
print(repr(out.getvalue()))

text = 'h1,h2,h3\r\n\r\n1,2,3\r\n4,5\r\n\r\n6,7,8,9,10\r\n"multi\r\nline",x,y\r\n'
r = csv.DictReader(io.StringIO(text, newline=''), restkey='more', restval='-')
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), ['x', 'y'], None, None, delimiter=';')
print([row for row in r], r.fieldnames, r.restkey, r.restval, r.dialect)
r = csv.DictReader(io.StringIO('a,b\n1,2,3\n'))
r.fieldnames = ['only']
print(list(r))
empty = csv.DictReader(io.StringIO(''))
print(empty.fieldnames, empty.line_num, list(empty))

buf = io.StringIO()
w = csv.DictWriter(buf, ('a', 'b', 'c'), restval='?', dialect='unix')
print(w.writeheader(), w.writerow({'c': 3, 'a': 'x'}), w.writerows([{}, {'b': None}]))
print(repr(buf.getvalue()), w.fieldnames, w.restval, w.extrasaction)
attempt('extra field', lambda: w.writerow({'a': 1, 'zz': 2}))
attempt('extra int key', lambda: w.writerow({'a': 1, 7: 2}))
attempt('not a dict', lambda: w.writerow(['a']))
attempt('bad action', lambda: csv.DictWriter(buf, ['a'], extrasaction='drop'))
attempt('upper action', lambda: csv.DictWriter(buf, ['a'], extrasaction='IGNORE').extrasaction)
attempt('int action', lambda: csv.DictWriter(buf, ['a'], extrasaction=5))
quiet = csv.DictWriter(buf, ['a'], extrasaction='ignore')
attempt('ignored extra', lambda: quiet.writerow({'a': 1, 'zz': 2}))
attempt('sniffed class', lambda: (issubclass(csv.Sniffer().sniff('a;b\n1;2\n'), csv.Dialect),
                                  csv.Sniffer().preferred))

# line_num after blank lines, trailing blank lines and a blank header row
for text in ('a,b\r\n1,2\r\n\r\n\r\n', 'a,b\r\n\r\n1,2\r\n\r\n3,4\r\n', 'a,b\r\n', '',
             '\r\n\r\na,b\r\n1,2\r\n'):
    r = csv.DictReader(io.StringIO(text, newline=''))
    print([(r.line_num, row) for row in r], r.line_num, r.fieldnames)
