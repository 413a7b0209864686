# base64: argument checking, the file interfaces, Base32 padding rules,
# Ascii85 folding and wrapping, and main()'s -t/-h/-e/-d and bad options.
import base64, binascii, io, sys, array

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except (TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)

show(base64.b64decode, 'YWJj\u00e9'); show(base64.b64decode, 3.5); show(base64.b64decode, b'YW=Jj', validate=True)
show(base64.b64decode, bytearray(b'YWJj')); show(base64.b64decode, memoryview(b'YWJj'))
show(base64.b64encode, b'x', altchars=b'-'); show(base64.b64encode, 'x')
show(base64.encodebytes, 'x'); show(base64.encodebytes, array.array('i', [1]))
show(base64.decodebytes, memoryview(b'abcd').cast('B', (2, 2)))
show(base64.encodebytes, bytes(range(130)))
for s in [b'M!', b'M!======', b'MZXW6=A=', b'M=======', b'MZ======', b'MZX=====', b'MZXW====', b'MZXW6===', b'MZXW6YQ=', b'']:
    show(base64.b32decode, s)
show(base64.b32decode, b'1AAAAAAA', map01=b'L'); show(base64.b32decode, b'0AAAAAAA', map01=b'LL')
show(base64.b32hexdecode, b'vvvvvvvv', casefold=True); show(base64.b32encode, memoryview(b'abcdefgh')[::2])
show(base64.b16decode, b'0g'); show(base64.b16decode, b'abc'); show(base64.b16decode, 'ff', casefold=True)
show(base64.a85encode, b'\0\0\0\0\0'); show(base64.a85encode, b'        ab', foldspaces=True)
show(base64.a85encode, b'hello world', wrapcol=1, adobe=True); show(base64.a85encode, b'', adobe=True, wrapcol=3)
show(base64.a85decode, b'<~ab'); show(base64.a85decode, b'ab~>', adobe=True); show(base64.a85decode, b'az')
show(base64.a85decode, b'ay', foldspaces=True); show(base64.a85decode, b'uuuuu'); show(base64.a85decode, b'a b\tc', ignorechars=b' ')
show(base64.b85decode, b'~~~~~'); show(base64.b85decode, b'ab"d'); show(base64.b85decode, b'a'); show(base64.b85encode, b'\xff' * 5, pad=True)

out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(200))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(200)), base64.MAXBINSIZE, base64.MAXLINESIZE)

sys.argv = ['base64', '-t']
base64.main()
sys.argv = ['base64', '-h']
base64.main()
sys.stdout.flush()
sys.argv = ['base64', '-x']
base64.main()
