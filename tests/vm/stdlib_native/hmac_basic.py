# hmac: RFC 2104 values for every digest, copy/update, compare_digest and errors.
import hashlib
import hmac

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for key in [b'key', b'k' * 64, b'K' * 200, b'']:
        h = hmac.new(key, b'The quick brown fox jumps over the lazy dog', name)
        print(name, len(key), h.hexdigest())
    print(h.name, h.digest_size, h.block_size)

h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b'secret', b'part one, part two', 'sha256').digest() == h.digest())
print(hmac.digest(b'key', b'msg', 'sha1').hex())
print(hmac.HMAC(bytearray(b'key'), b'msg', digestmod=hashlib.md5).hexdigest())

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'))
print(hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest('abc', 'abc'))
print(hmac.compare_digest(bytearray(b'x'), b'x'), hmac.compare_digest('', ''))
for a, b in [('abc', b'abc'), (1, 2), (b'a', 'a')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.compare_digest('\xe9', '\xe9')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new(b'key')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('key', b'', 'md5')
except TypeError as e:
    print('TypeError', e)
