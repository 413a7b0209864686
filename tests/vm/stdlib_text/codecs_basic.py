# codecs: lookup, encode/decode, incremental codecs, error handlers, BOMs, open.
import codecs
import os
import tempfile

for name in ['utf-8', 'UTF8', 'U8', 'latin-1', 'Latin_1', 'iso-8859-1', 'l1', 'ascii', 'US-ASCII', '646',
             'utf-16', 'utf_16_le', 'utf-32-be', 'utf-8-sig', 'cp1252', 'windows-1252']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info.encode('hi!')[1], info.decode(info.encode('hi!')[0]))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.encode('é€', 'ascii', 'replace'), codecs.encode('é€', 'ascii', 'xmlcharrefreplace'), codecs.encode('é€', 'ascii', 'backslashreplace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'), codecs.decode(b'a\xffb', 'ascii', 'backslashreplace'))
print(codecs.encode('hi', 'utf-16-le'), codecs.decode(b'\xff\xfeh\x00i\x00', 'utf-16'), codecs.encode('x', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfx', 'utf-8-sig'))
enc, dec = codecs.getencoder('utf-8'), codecs.getdecoder('latin-1')
print(enc('ß'), dec(b'\xdf'), dec(bytearray(b'ab')), dec(memoryview(b'cd')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE)
data = 'naïve ☃ café 𝄞'.encode('utf-8')
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(pieces, dec.decode(b'', final=True), ''.join(pieces) == data.decode())
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x98')), dec.getstate(), repr(dec.decode(b'\x83')))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x98', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
e16 = codecs.getincrementaldecoder('utf-16-le')()
print([e16.decode(bytes([b])) for b in 'hé'.encode('utf-16-le')], codecs.getincrementalencoder('ascii')().encode('ok'))
exc = UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'bad')
for name in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    print(name, codecs.lookup_error(name)(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
print(codecs.lookup_error('replace')(dexc), codecs.lookup_error('backslashreplace')(dexc), codecs.lookup_error('ignore')(dexc))
try:
    codecs.lookup_error('strict')(exc)
except UnicodeEncodeError as e:
    print('strict raised', e)
codecs.register_error('mine', lambda e: ('<%d>' % e.start, e.end))
print(codecs.lookup_error('mine')(exc))
for f in [lambda: codecs.lookup('nope-codec'), lambda: codecs.lookup_error('nope'), lambda: codecs.encode(b'x', 'utf-8'),
          lambda: codecs.decode('x', 'latin-1'), lambda: codecs.decode(5, 'ascii'), lambda: codecs.encode('é', 'ascii'),
          lambda: codecs.decode(b'\xff', 'utf-8'), lambda: codecs.lookup(5), lambda: codecs.register(5),
          lambda: codecs.lookup_error('xmlcharrefreplace')(dexc), lambda: codecs.register_error('x', 5)]:
    try:
        print(f())
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)


def search(name):
    if name == 'rot_thirteen':
        return codecs.CodecInfo(lambda s, errors='strict': (s.translate(str.maketrans('abc', 'nop')), len(s)),
                                lambda b, errors='strict': (str(b, 'ascii'), len(b)), name='rot-thirteen')
    return None


codecs.register(search)
print(codecs.encode('abc', 'rot-thirteen'), codecs.lookup('ROT_thirteen').name)
path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    f.write('línea uno\n')
    f.writelines(['dos\n', 'tres'])
    print(type(f).__name__, f.encoding)
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-8') as f:
    print(f.readline(), f.readlines())
with codecs.open(path, 'r', 'latin-1') as f:
    print(f.read())
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read(3))
os.remove(path)
os.rmdir(os.path.dirname(path))
