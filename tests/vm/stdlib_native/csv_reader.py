# csv.reader: quoting, doubled quotes, escapes, embedded newlines, dialect options,
# QUOTE_NONNUMERIC, line_num, and the parser's errors.
import csv
import io

def rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = list(r)
        print(out, r.line_num)
    except Exception as e:
        print(type(e).__name__, e)

rows('a,b,c\r\n1,2,3\r\n')
rows('a,b\n\n"x","y"\n')
rows('"quoted, comma","dq ""inner"" q",plain\n')
rows('"multi\nline",2\nnext,row\n')
rows('a, b,  c\n', skipinitialspace=True)
rows('a;b;"c;d"\n', delimiter=';')
rows("'a','b''c'\n", quotechar="'")
rows('a\\,b,c\\\\d\n', escapechar='\\')
rows('"a\\"b",c\n', escapechar='\\', doublequote=False)
rows('a"b,c\n')
rows('"a"b,c\n')
rows('a,"b\n')
rows('1,2.5,"x",-3e2\n', quoting=csv.QUOTE_NONNUMERIC)
rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
rows('"a",b\n', quoting=csv.QUOTE_NONE)
rows('a\tb\tc\n', dialect='excel-tab')
rows('a,b\rc,d\r')
rows(',,\n')
rows('a\x00b,c\n')
rows('"abc"def\n', strict=True)
rows('"abc', strict=True)
rows('ab\rc,d', )
rows('x' * 50 + '\n')
old = csv.field_size_limit(10)
rows('x' * 50 + '\n')
print(old, csv.field_size_limit(old))
rows('caf\xe9,\u20ac,\U0001f600\n')

r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
print(r.dialect.delimiter, type(r).__name__)
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print('Error', e)
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)
try:
    csv.reader([], 'nosuch')
except csv.Error as e:
    print('Error', e)
