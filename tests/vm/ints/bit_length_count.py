for v in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, 2 ** 62 - 1, 2 ** 62, 2 ** 63, -(2 ** 63),
          2 ** 64 - 1, 2 ** 64, 2 ** 100, -(2 ** 100) + 1]:
    print(v, v.bit_length(), v.bit_count())
print((12).as_integer_ratio(), (-(2 ** 70)).as_integer_ratio())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((2 ** 65).real == 2 ** 65, (-3).numerator)
print(int.bit_length(1024), True.bit_length())
print((10).is_integer() if hasattr(int, 'is_integer') else "no int.is_integer in 3.11")
