# SHA-256 and SHA-224 over every length around the 64-byte block and its padding
# boundaries, random lengths up to several hundred blocks, and updates in uneven
# pieces: the compression runs on the CPU's SHA extensions where it has them and in
# portable C elsewhere, and both must give these digests.
import hashlib
import random

r = random.Random(7)
lengths = list(range(0, 300)) + [r.randrange(0, 20000) for _ in range(200)]
every = []
for n in lengths:
    data = bytes(r.randrange(256) for _ in range(n))
    one = hashlib.sha256(data).hexdigest()
    pieces = hashlib.sha224()
    for i in range(0, n, 37):
        pieces.update(data[i:i + 37])
    every.append(one + pieces.hexdigest())
    if n < 4 or n % 61 == 0:
        print(n, one, pieces.hexdigest())
    assert hashlib.sha256(data[:n // 2]).copy() is not None
    whole = hashlib.sha224(data).hexdigest()
    if whole != pieces.hexdigest():
        print("sha224 mismatch at", n)
print(hashlib.sha256(b"x" * (1 << 20)).hexdigest())
print(hashlib.md5(" ".join(every).encode()).hexdigest())
