# zipfile reads members encrypted with the traditional PKWARE cipher (archives built here).
import io
import struct
import zipfile
import zlib


def crc_table():
    table = []
    for i in range(256):
        for _ in range(8):
            i = (i >> 1) ^ 0xEDB88320 if i & 1 else i >> 1
        table.append(i)
    return table


TABLE = crc_table()


class Cipher:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k0, k1, k2 = self.k
        k0 = (k0 >> 8) ^ TABLE[(k0 ^ c) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ TABLE[(k2 ^ (k1 >> 24)) & 0xFF]
        self.k = [k0, k1, k2]

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = self.k[2] | 2
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def archive(members, pwd, descriptor=False):
    """members: (name, data, deflate); every member encrypted with pwd."""
    body = b''
    central = b''
    dostime, dosdate = (12 << 11) | (34 << 5), (44 << 9) | (5 << 5) | 17
    for name, data, deflate in members:
        crc = zlib.crc32(data)
        payload = data
        if deflate:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            payload = c.compress(data) + c.flush()
        check = (dostime >> 8) if descriptor else (crc >> 24)
        header12 = bytes(range(1, 12)) + bytes([check & 0xFF])
        cipher = Cipher(pwd)
        enc = cipher.encrypt(header12) + cipher.encrypt(payload)
        flags = 1 | (8 if descriptor else 0)
        method = 8 if deflate else 0
        offset = len(body)
        fname = name.encode()
        body += struct.pack('<4s2B4HL2L2H', b'PK\x03\x04', 20, 0, flags, method, dostime, dosdate,
                            0 if descriptor else crc, 0 if descriptor else len(enc), 0 if descriptor else len(data),
                            len(fname), 0) + fname + enc
        if descriptor:
            body += struct.pack('<LLLL', 0x08074b50, crc, len(enc), len(data))
        central += struct.pack('<4s4B4HL2L5H2L', b'PK\x01\x02', 20, 3, 20, 0, flags, method, dostime, dosdate,
                               crc, len(enc), len(data), len(fname), 0, 0, 0, 0, 0o644 << 16, offset) + fname
    end = struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, len(members), len(members), len(central), len(body), 0)
    return body + central + end


data = archive([('secret.txt', b'top secret text\n' * 3, False), ('packed.bin', b'xyz' * 200, True)], b'pa55')
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print([(zi.filename, zi.flag_bits, zi.compress_size, zi.file_size) for zi in zf.infolist()])
    print(zf.read('secret.txt', pwd=b'pa55')[:16], len(zf.read('packed.bin', pwd=b'pa55')))
    for bad in [lambda: zf.read('secret.txt'), lambda: zf.read('secret.txt', pwd=b'wrong'), lambda: zf.read('secret.txt', pwd='pa55'),
                lambda: zf.setpassword('text')]:
        try:
            bad()
        except (RuntimeError, TypeError) as e:
            print(type(e).__name__, e)
    zf.setpassword(b'pa55')
    with zf.open('packed.bin') as f:
        print(f.read(6), zf.testzip())
    zf.setpassword(None)
    print(zf.pwd)
with zipfile.ZipFile(io.BytesIO(archive([('dd.txt', b'descriptor data', True)], b'k', descriptor=True))) as zf:
    print(zf.read('dd.txt', pwd=b'k'), zf.infolist()[0].flag_bits)
