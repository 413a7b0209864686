ba = bytearray(b"the quick brown fox")
print(bytearray(sorted(ba)), bytes(sorted(set(ba))))
ba.reverse()
print(ba)
counts = [0] * 256
for b in b"mississippi":
    counts[b] += 1
print([(chr(i), c) for i, c in enumerate(counts) if c])
freq = {}
for b in b"abracadabra":
    freq[b] = freq.get(b, 0) + 1
print(sorted(freq.items()), bytes(sorted(freq, key=lambda k: (-freq[k], k))))
print(bytes(sorted(b"zyx", reverse=True)), max(bytearray(b"az")), min(b"az"))
