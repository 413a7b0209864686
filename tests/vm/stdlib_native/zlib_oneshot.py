# zlib one-shot functions: round trips at every level and wbits (zlib, gzip, raw, auto),
# checksums, and the error messages.
import zlib

data = b''.join(b'line %d: the quick brown fox\n' % i for i in range(500))
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), c[:2].hex(), zlib.decompress(c) == data)
print(zlib.compress(b'hello').hex())
print(zlib.compress(b'', level=9).hex())
for wbits in [9, 15, -15, -9, 31, 25]:
    c = zlib.compress(data, 6, wbits)
    print('wbits', wbits, len(c), zlib.decompress(c, wbits) == data)
gz = zlib.compress(data, wbits=31)
print(zlib.decompress(gz, 47) == data, zlib.decompress(zlib.compress(data), 32 + 15) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(bytearray(zlib.compress(b'abc'))), zlib.decompress(memoryview(zlib.compress(b'xy'))))

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.crc32(b'hello world'), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40 + 5))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')))
print(zlib.adler32(data), zlib.crc32(data))
import binascii
print(binascii.crc32(data) == zlib.crc32(data), binascii.crc32(b'x', 7) == zlib.crc32(b'x', 7))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b'garbage!')
err(zlib.decompress, zlib.compress(data)[:-10])
err(zlib.decompress, b'')
err(zlib.decompress, b'x', wbits=99)
err(zlib.decompress, zlib.compress(b'a'), bufsize=-1)
err(zlib.decompress, zlib.compress(data, wbits=-15))
err(zlib.compress, b'', 99)
err(zlib.compress, 'text')
err(zlib.crc32, 'text')
err(zlib.crc32, b'x', 'y')
err(zlib.decompress, zlib.compress(data)[:2] + b'\xff' * 50)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE)
print(zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEFLATED, zlib.Z_RLE)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION).__name__)
