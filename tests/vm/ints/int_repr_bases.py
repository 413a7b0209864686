for v in [0, 1, -1, 10, -10, 255, 2 ** 62, -(2 ** 63), 2 ** 64 + 1, 2 ** 100]:
    print(v, bin(v), oct(v), hex(v))
print(format(255, 'b'), format(255, '#x'), format(-255, '#X'), format(255, '08b'))
print(format(2 ** 64, ','), format(-(2 ** 70), '_'), format(2 ** 64, '_x'))
print(str(-0), repr(10 ** 25), str(-(10 ** 25)))
print(format(42, 'c'), format(42, 'n'), format(42, ''), format(42, 'e'))
print(format(2 ** 70, '.3e'), format(2 ** 70, 'f'))
