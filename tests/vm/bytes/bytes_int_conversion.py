n = 0x1234567890ABCDEF
b = n.to_bytes(8, "big")
print(b, b.hex(), int.from_bytes(b, "big") == n, int.from_bytes(b, "little"))
print(list(b), b[0] << 8 | b[1])
words = [int.from_bytes(b[i:i + 2], "little") for i in range(0, 8, 2)]
print(words)
rebuilt = b"".join(w.to_bytes(2, "little") for w in words)
print(rebuilt == b)
print(int(b"42"), int(b"-0x10", 16), float(b"1.5"))
print(bytes([0x41]) * 3, bytes(4).hex(), (255).to_bytes(2, "little").hex())
def crc8(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(crc8(b"123456789"), crc8(b""), crc8(bytes(range(256))))
