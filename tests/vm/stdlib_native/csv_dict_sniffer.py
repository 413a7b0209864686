# csv.DictReader/DictWriter and the Sniffer's guesses on ordinary samples.
import csv
import io

text = 'name,age,city\r\nBob,30,Paris\r\n\r\nAnn,25\r\nZed,40,Oslo,extra,more\r\n'
r = csv.DictReader(io.StringIO(text, newline=''), restval='?', restkey='rest')
print(r.fieldnames, r.line_num)
for row in r:
    print(sorted(row.items()), r.line_num)
r = csv.DictReader(['1;2', '3;4'], fieldnames=['x', 'y'], delimiter=';')
print(list(r), r.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

f = io.StringIO()
w = csv.DictWriter(f, ['a', 'b', 'c'], restval='-')
print(w.writeheader())
w.writerow({'a': 1, 'c': 'x,y'})
w.writerows([{'b': 2}, {'a': None, 'b': 'q"q'}])
print(repr(f.getvalue()))
try:
    w.writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
w = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(w.writerow({'a': 1, 'zz': 2}))
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bogus')
except ValueError as e:
    print('ValueError', e)

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nBob;30;Paris\nAnn;25;Rome\n',
    '"x","y"\n"1","2"\n',
    'a\tb\tc\n1\t2\t3\n',
    'h1, h2, h3\n1, 2, 3\n4, 5, 6\n',
    'x|y|z\n1|2|3\n',
    'title,year\nAlien,1979\nHeat,1995\n',
    '1,2,3\n4,5,6\n7,8,9\n',
]
s = csv.Sniffer()
for sample in samples:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, s.has_header(sample))
print(repr(s.sniff('a:b;c\nd:e;f\n', delimiters=';').delimiter))
try:
    s.sniff('abc\ndef\n')
except csv.Error as e:
    print('Error', e)
