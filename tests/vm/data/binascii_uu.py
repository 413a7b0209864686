import binascii
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(45)), b'\0\0\0', b'Cat']:
    e = binascii.b2a_uu(d)
    print(e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e) == d, binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d)
show(binascii.b2a_uu, b'x' * 46)
show(binascii.a2b_uu, b'')
show(binascii.a2b_uu, b'\n')
show(binascii.a2b_uu, ' ')
show(binascii.a2b_uu, b'!\x01')
show(binascii.a2b_uu, b'!80  \n')
show(binascii.a2b_uu, b'!80  x')
show(binascii.a2b_uu, b'#0V%T')
show(binascii.a2b_uu, b'#0V%T`` \r\n')
show(binascii.a2b_uu, '%0V%T')
show(binascii.a2b_uu, b'!' + b'\x7f')
show(binascii.b2a_uu, 'str')
