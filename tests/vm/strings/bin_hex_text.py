text = "Hi! é"
data = text.encode("utf-8")
print(data.hex(), data.hex(" "), data.hex(":", 2))
print(bytes.fromhex(data.hex()).decode(), bytes.fromhex("de ad be ef"))
print(" ".join(f"{b:08b}" for b in data))
print(" ".join(format(ord(c), "04x") for c in text))
bits = "".join(f"{b:08b}" for b in b"AB")
print(bits, int(bits, 2), bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
print(hex(int.from_bytes(data, "big")), oct(len(text)), bin(ord("A")))
