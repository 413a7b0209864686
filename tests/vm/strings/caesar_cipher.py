def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

msg = "Hello, World! The Quick Brown Fox."
for k in (1, 3, 13, 25, -1, 52):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
table = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print(msg.translate(table), msg.translate(table) == caesar(msg, 13))
freq = {}
for c in msg.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
