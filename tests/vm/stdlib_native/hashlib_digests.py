# Digests of every supported algorithm against CPython's, over lengths around the
# block boundaries (55/56/64/111/112/128 bytes) and incremental updates.
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65,
        b'x' * 111, b'x' * 112, b'x' * 127, b'x' * 128, b'x' * 129,
        bytes(range(256)) * 5]
for name in names:
    cons = getattr(hashlib, name)
    for m in msgs:
        h = cons(m)
        print(name, len(m), h.hexdigest())
    h = hashlib.new(name)
    print(name, 'sizes', h.digest_size, h.block_size, h.name)

# incremental updates in odd chunks equal the one-shot digest
data = bytes((i * 7 + 3) & 255 for i in range(3000))
for name in names:
    h = hashlib.new(name)
    pos = 0
    step = 1
    while pos < len(data):
        h.update(data[pos:pos + step])
        pos += step
        step = step * 3 % 97 + 1
    print(name, h.digest() == hashlib.new(name, data).digest(), h.hexdigest()[:16])

# copy() forks the state; digest() does not finalize
h = hashlib.sha256(b'hello ')
c = h.copy()
c.update(b'world')
print(h.hexdigest())
print(c.hexdigest())
print(h.digest() == h.digest(), len(h.digest()), type(h.digest()).__name__)
h.update(bytearray(b'world'))
print(h.hexdigest() == c.hexdigest())
h.update(memoryview(b'!'))
print(h.hexdigest())
