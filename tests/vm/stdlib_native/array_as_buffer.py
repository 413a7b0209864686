# The native modules read an array.array's raw items where CPython takes any buffer:
# hashlib, hmac, zlib (one-shot and streaming), crc32/adler32.
import array
import hashlib
import hmac
import zlib

a = array.array('i', range(-5, 300, 7))
d = array.array('d', [0.5, -1.25, 1e100])
raw = a.tobytes()
print(hashlib.md5(a).hexdigest() == hashlib.md5(raw).hexdigest(), hashlib.sha256(d).hexdigest())
h = hashlib.sha1()
h.update(array.array('B', b'abc'))
print(h.hexdigest())
print(hmac.new(b'k', a, 'sha256').hexdigest() == hmac.new(b'k', raw, 'sha256').hexdigest())
print(hmac.compare_digest(array.array('b', [1, 2]), b'\x01\x02'))
c = zlib.compress(a)
print(zlib.decompress(c) == raw, zlib.crc32(a) == zlib.crc32(raw), zlib.adler32(d))
print(zlib.decompress(array.array('B', c)) == raw)
co = zlib.compressobj()
s = co.compress(a) + co.flush()
do = zlib.decompressobj()
print(do.decompress(array.array('B', s)) == raw)
print(hashlib.pbkdf2_hmac('sha1', array.array('B', b'pw'), array.array('B', b'salt'), 2).hex())
