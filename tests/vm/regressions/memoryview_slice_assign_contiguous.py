# memoryview slice assignment: contiguous and strided targets and sources, overlapping views,
# other item sizes, and the size-mismatch error (contiguous targets are copied in one piece).
import array

buf = bytearray(b'0123456789abcdef')
view = memoryview(buf)
view[2:6] = b'WXYZ'
print(buf)
view[::4] = b'ABCD'
print(buf)
view[1:9] = view[8:16]          # overlapping source and destination
print(buf)
view[8:16] = view[0:16:2]       # strided source
print(buf)
view[0:0] = b''
print(buf)
try:
    view[0:3] = b'xy'
except ValueError as exc:
    print('ValueError', exc)
nums = array.array('i', range(8))
ints = memoryview(nums)
ints[2:5] = memoryview(array.array('i', [-1, -2, -3]))
ints[5:] = memoryview(array.array('i', [70, 80, 90]))
print(nums.tolist())
try:
    ints[0:2] = b'12345678'
except ValueError as exc:
    print('ValueError', exc)
big = bytearray(1 << 20)
memoryview(big)[100:100 + (1 << 19)] = bytes(range(256)) * 2048
print(big[100:104], big[(1 << 19) + 96:(1 << 19) + 104], sum(big) % 1000003)
