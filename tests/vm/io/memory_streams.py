# StringIO and BytesIO.
import io
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), repr(s.read()), repr(s.read()))
print(s.seek(0, 2), s.seek(2), s.truncate(), repr(s.getvalue()))
s.seek(5)
s.write('!')
print(repr(s.getvalue()))
s = io.StringIO('l1\nl2\nl3')
print(list(s), s.readable(), s.writable(), s.seekable(), s.line_buffering)
s = io.StringIO(initial_value='abc', newline='')
print(s.read(), s.newlines, s.closed)
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
for call in [lambda: s.read(), lambda: s.getvalue(), lambda: s.write('x'), lambda: s.isatty()]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
s = io.StringIO('abc')
for call in [lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 3), lambda: s.truncate(-1),
             lambda: s.write(b'x'), lambda: io.StringIO(5), lambda: io.StringIO(newline='x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'one\ntwo\nthree')
print(b.read(2), b.readline(), b.tell(), b.readlines(), b.read())
print(b.seek(0), list(b), b.getvalue())
print(b.seek(20), b.write(b'!'), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.truncate(3), b.getvalue(), b.tell())
ba = bytearray(5)
b.seek(0)
print(b.readinto(ba), ba, b.read1(), b.readable(), b.writable(), b.seekable())
print(bytes(b.getbuffer()), io.BytesIO(initial_bytes=b'q').read())
b.close()
for call in [lambda: b.read(), lambda: b.getvalue(), lambda: b.write(b'x'), lambda: b.tell(), lambda: b.flush()]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: io.BytesIO('s'), lambda: io.BytesIO().write('s'), lambda: io.BytesIO().seek(-1),
             lambda: io.BytesIO().seek(0, 5), lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO().read('x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(b'h\xc3\xa9\r\nthere'))
print(repr(w.read()), w.encoding, w.newlines, repr(w))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
w.write('a\nb')
w.flush()
print(w.buffer.getvalue())
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 42)
out, sys.stdout = sys.stdout.getvalue(), old
print(repr(out))
