# repr() of many doubles (powers of two, thirds/sevenths, LCG-chosen bit patterns across
# the exponent range) is the shortest round-tripping text, as CPython's: compared via
# a digest of all of them, plus a sample printed.
import hashlib
import struct

vals = [2.0 ** k for k in range(-1074, 1024, 5)] + [i / 7.0 for i in range(2000)]
vals += [i / 3.0 * 10.0 ** (i % 40 - 20) for i in range(2000)]
x = 12345
for _ in range(30000):
    x = (x * 6364136223846793005 + 1442695040888963407) & (2 ** 64 - 1)
    bits = x & ~(1 << 63)
    if (bits >> 52) & 0x7ff == 0x7ff:
        continue
    vals.append(struct.unpack('<d', struct.pack('<Q', bits))[0])
texts = [repr(v) for v in vals]
print(len(texts), hashlib.sha1('\n'.join(texts).encode()).hexdigest())
print(texts[:3], texts[500:503], texts[-3:])
print(all(float(s) == v for s, v in zip(texts, vals)))
