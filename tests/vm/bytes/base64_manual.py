ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        for j in range(4):
            if j <= len(chunk):
                out.append(ALPHABET[(n >> (18 - 6 * j)) & 63])
            else:
                out.append(ord("="))
    return bytes(out)

def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count(b"=")
        n = 0
        for c in quad:
            n = (n << 6) | (lookup[c] if c != ord("=") else 0)
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(20))]:
    e = b64encode(s)
    print(s, e, b64decode(e) == s)
