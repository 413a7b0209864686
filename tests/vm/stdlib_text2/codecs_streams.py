# codecs: incremental decoders holding partial sequences and byte order marks, stream
# readers' readline/read/readlines with sizes and keepends, writers, recoders, the
# standard error handlers, escape codecs and the registry's name normalization.
import codecs
import io
import warnings


def show(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
    for w in caught:
        print('  warning:', w.category.__name__, w.message)


def pieces(encoding, data, step, errors='replace'):
    dec = codecs.getincrementaldecoder(encoding)(errors)
    return [dec.decode(data[i:i + step]) for i in range(0, len(data), step)] + [dec.decode(b'', True)]


text = 'h\xe9llo \u20ac \U0001F600\n2nd line\r\n3rd\rlast'
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    data = text.encode(enc)
    print(enc, pieces(enc, data, 3) == [*pieces(enc, data, 3)], ''.join(pieces(enc, data, 1)) == text,
          pieces(enc, data[:7], 2))
for data in [b'\xed\xa0', b'\xe0\x80', b'\xf0\x90\x80', b'\xf4\x90', b'a\xc2']:
    show(lambda: codecs.utf_8_decode(data, 'replace', False))
show(lambda: pieces('utf-16', b'h\x00i\x00', 1))
show(lambda: pieces('utf-32', b'\x00\x00\x00', 1))
show(lambda: pieces('utf-8-sig', b'\xef\xbb', 1))
show(lambda: pieces('utf-16-le', b'\x3d\xd8\x00\xde!', 1))
show(lambda: [codecs.utf_16_ex_decode(b, 'strict', 0, True) for b in (b'\xfe\xff\x00h', b'h\x00', b'\xff')])
show(lambda: [codecs.unicode_escape_decode(b, 'strict', False) for b in (b'a\\', b'\\x4', b'\\u12', b'\\N{BUL', b'\\12', b'\\q')])
show(lambda: [codecs.raw_unicode_escape_decode(b, 'strict', False) for b in (b'a\\', b'\\\\', b'\\u12', b'\\x4')])

raw = 'one\ntwo\r\nthree\rfour\u2028five\n\nsix'.encode('utf-16')
for size in [None, 1, 4, 100]:
    for keepends in [True, False]:
        reader = codecs.getreader('utf-16')(io.BytesIO(raw))
        lines = []
        while True:
            line = reader.readline(size, keepends)
            lines.append(line)
            if not line:
                break
        print(size, keepends, lines)
reader = codecs.getreader('utf-8')(io.BytesIO('ab\xe9cd\nef\xff\ngh'.encode('latin-1')), 'replace')
print(reader.read(3), reader.read(-1, 2), reader.readline(), reader.readlines(), reader.read())
reader = codecs.getreader('utf-8')(io.BytesIO(b'ok\nbad\xff\nmore'))
show(lambda: (reader.readline(), reader.readline()))
print(list(codecs.getreader('utf-8-sig')(io.BytesIO(b'\xef\xbb\xbfa\nb'))))
show(lambda: codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00')).read())

sink = io.BytesIO()
writer = codecs.getwriter('utf-16')(sink, 'replace')
writer.write('a')
writer.writelines(['b', 'c'])
print(sink.getvalue())
sink = io.BytesIO()
recoder = codecs.EncodedFile(sink, 'latin-1', 'utf-8')
recoder.write(b'caf\xe9\n')
recoder.writelines([b'x', b'\xff'])
print(sink.getvalue(), recoder.data_encoding, recoder.file_encoding)
recoder = codecs.EncodedFile(io.BytesIO('a\nb\r\nc'.encode('utf-16')), 'utf-8', 'utf-16')
print(recoder.readlines(), recoder.seek(0), recoder.readline(1), list(recoder))
pair = codecs.StreamReaderWriter(io.BytesIO(), *codecs.lookup('utf-8')[2:])
pair.write('\xe9\nx')
pair.seek(0)
print(pair.readline(), pair.read(), pair.encoding, pair.getvalue(), pair.tell())

surrogates = [UnicodeEncodeError('utf-8', 'a\ud800\udfffb', 1, 3, 'x'), UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 4, 'x'),
              UnicodeEncodeError('utf-16-le', '\ud800', 0, 1, 'x'), UnicodeEncodeError('ascii', '\udc80\udcffz', 0, 3, 'x'),
              UnicodeDecodeError('ascii', b'\xff\xfez\xfd', 0, 4, 'x'), UnicodeEncodeError('ascii', 'a\u0378\xe9', 1, 3, 'x')]
for handler in ['surrogatepass', 'surrogateescape', 'namereplace', 'backslashreplace', 'replace']:
    for exc in surrogates:
        show(lambda: codecs.lookup_error(handler)(exc))
for data in [b'a\\tb\\x41\\101\\q', b'\\x4g', b'ab\\\nc', b'\\400', b'\\', 'a\\x41\xe9']:
    for errors in [None, 'replace', 'ignore']:
        show(lambda: codecs.escape_decode(data, errors))
show(lambda: codecs.escape_encode(b'a\\b\'"\t\n\r\x00\x7f\xff'))
for f in [lambda: codecs.encode(b'x', 'utf-8'), lambda: codecs.encode(b'x', 'cp1252'), lambda: codecs.decode('x', 'utf-16'),
          lambda: codecs.encode('x', 'utf-8', 5), lambda: codecs.encode('\xe9', 'ascii', 'bogus'),
          lambda: codecs.lookup(''), lambda: codecs.getincrementalencoder('utf-16')().getstate()]:
    show(f)
seen = []


def recorder(name):
    seen.append(name)
    return None


codecs.register(recorder)
for name in ['ROT-thirteen', 'A  B', 'x.y', '\xe9-X', 'Tail--']:
    show(lambda: codecs.lookup(name))
codecs.unregister(recorder)
show(lambda: codecs.lookup('ROT-thirteen'))
print(seen, [codecs.lookup(n).name for n in ['U8', 'UTF_16LE', 'latin', 'us', 'windows-1252', 'utf8_ucs4', 'UTF7']])
