data = bytearray()
for i in range(32):
    data.append((i * 37 + 11) % 256)
print(bytes(data))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum)
print(bytes(b ^ 0x5A for b in data[:8]))
enc = bytes((b + 3) % 256 for b in b"secret")
print(enc, bytes((b - 3) % 256 for b in enc))
chunks = [bytes(data[i:i + 8]) for i in range(0, len(data), 8)]
print(len(chunks), chunks[1].hex())
joined = b"".join(chunks)
print(joined == bytes(data))
print(bytes(reversed(b"abc")), sorted(b"dcba"), bytes(sorted(b"dcba")))
