print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(1, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 64).to_bytes(9, 'little'))
print((2 ** 100).to_bytes(13, 'big'))
print((-(2 ** 63)).to_bytes(8, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'\x80' + b'\x00' * 7, 'big', signed=True))
print(int.from_bytes(bytes(range(1, 20)), 'little'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'))
print((5).to_bytes(), int.from_bytes(b'\x07'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError", e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print("OverflowError", e)
for v in (0, 1, -1, 2 ** 62, -(2 ** 62) - 1, 2 ** 80 + 12345):
    b = v.to_bytes(16, 'little', signed=True)
    print(v, int.from_bytes(b, 'little', signed=True) == v)
