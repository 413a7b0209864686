# quopri: quoted-printable encoding and decoding of strings and streams.
import io
import quopri

samples = [b'hello world', b'caf\xc3\xa9 = 100%\n', b'tab\there \nend \n', b'x' * 100 + b'\n', b'under_score and space', b'=41=42\n', b'',
           b'line1\r\nline2\r\n', b'\x00\xff\x7f~', b'trailing space ']
for s in samples:
    e1, e2, e3 = quopri.encodestring(s), quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True)
    print(s[:20], e1, e2, e3, quopri.decodestring(e1) == s, quopri.decodestring(e3, header=True) == s)
print(quopri.decodestring(b'soft=\nbreak =3D =3d =ZZ =4'), quopri.decodestring(b'a_b', header=True), quopri.decodestring('=41'))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'caf\xc3\xa9 \t\n'), out, quotetabs=False)
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(out.getvalue(), back.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False), quopri.needsquoting(b'_', False, True), quopri.needsquoting(b'a', False, False),
      quopri.quote(b'\xab'), quopri.ishex(b'F'), quopri.ishex(b'g'), quopri.unhex(b'ff'), quopri.MAXLINESIZE)
