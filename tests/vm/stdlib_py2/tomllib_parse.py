# tomllib: a document with every TOML type and table form, parse_float, load, and the decode errors.
import tomllib
DOC = r'''
# comment
title = "TOML \"Example\" \u00e9 \U0001F600 \t\\"
lit = 'C:\Users\path'
multi = """
Roses are red
  Violets are blue \
     still same line"""
multi2 = """a""b"""""
mlit = Q3
first
  secondQ3
"quoted key" = 1
'literal key' = 2
dotted.key.here = 3
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, nan, +nan]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999+05:30, 1979-05-27 07:32:00z, 1979-05-27T07:32:00.1234567Z]
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999, 12:00:00.1]
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, {y = [1, {z = 2}]} ], ]
empty = []
mixed = [ 1, "two", 3.0,
  # comment inside
  true, ]
inline = { name = "Tom", point.x = 1, point.y = 2, "q k" = {} }

[owner]
name = "Tom"

[owner.address]
city = "X"

[servers.alpha]
ip = "10.0.0.1"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937
tags.a = 1

[products.detail]
weight = 3

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"

[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
[a.b.c]
[a]
d = 1
'''.replace('Q3', "'''")
def show(v, indent=0):
    return repr(v)
data = tomllib.loads(DOC)
for k, v in data.items():
    print(k, repr(v))
print(tomllib.loads('x = 1.5', parse_float=lambda s: 'F' + s), tomllib.loads(''), tomllib.loads('a = "crlf"\r\nb = 2\r\n'))
import io
print(tomllib.load(io.BytesIO(b'k = "v"')))
for s in ['a = 1\nb = ', 'a = 1\na = 2', '[a]\n[a]', 'a = "x', 'a = [1,2', 'a 1', 'x = 1 2', 'a = {b=1}\n[a]', '= 1', 'a = 01', 'a = "\\q"',
          '[a]\nb=1\n[a.b]', 'a.b = 1\n[a]', 'a = [1]\n[[a]]', 'a = {b = 1}\na.c = 2', 'a = {b = {c = 1}}\n[a.b]', 'a = {x = 1, x = 2}',
          '[[a]]\nb = {x=1}\n[[a]]\nb = {x=2}', 'a = "\u0001"', 'a = 1 # \u0001', 'a = "\\uD800"', 'a = "\\u12"', '[a', '[[a]', 'a = [1 2]',
          'a = {b = 1', 'a = tru', 'a = 1979-13-01', 'a = 1979-02-30', "a = 'x", "a = '''x", 'a = """x', 'a = 1_', 'a = +0x1', 'k = .5',
          '"k = 1', 'a.b.c = 1\na.b = 2', 'x.y = 1\n[x.y.z]\n', '[a.b]\n[a]\nb.c = 1', 'a = """\\ x"""', 'a = 1\n\n\n@']:
    try:
        print(repr(s), repr(tomllib.loads(s)))
    except tomllib.TOMLDecodeError as e:
        print(repr(s), 'TOMLDecodeError', e)
for bad in [lambda: tomllib.loads(b'x'), lambda: tomllib.load(io.StringIO('x')), lambda: tomllib.loads('a = 1.5', parse_float=lambda s: [s]),
            lambda: tomllib.loads('a = 1.5', parse_float=lambda s: {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__module__, issubclass(tomllib.TOMLDecodeError, ValueError))
