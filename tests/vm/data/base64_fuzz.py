import base64, binascii, random
r = random.Random(4242)
alpha = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n -_!'
def show(f, *a, **k):
    try:
        v = f(*a, **k)
        print(v.hex() if isinstance(v, bytes) else v)
    except Exception as e:
        print(type(e).__name__, e)
for i in range(1500):
    data = bytes(r.randrange(256) for _ in range(r.randint(0, 20)))
    junk = bytes(r.choice(alpha) for _ in range(r.randint(0, 14)))
    print(base64.b64encode(data), base64.b32encode(data), base64.b85encode(data), base64.a85encode(data), binascii.crc32(data), binascii.crc_hqx(data, i))
    show(binascii.a2b_base64, junk)
    show(binascii.a2b_base64, junk, strict_mode=True)
    show(base64.b32decode, junk.upper().replace(b'\n', b'A').replace(b' ', b'B'))
    show(base64.b16decode, junk[:8].upper())
    show(base64.b85decode, junk)
    show(base64.a85decode, junk)
    show(binascii.unhexlify, junk[:6])
