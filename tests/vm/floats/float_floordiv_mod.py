vals = [7.0, -7.0, 7.5, -7.5, 0.0, -0.0, 1e300, 5e-324]
divs = [2.0, -2.0, 0.3, -0.3, 1e-300]
for a in vals:
    row = []
    for b in divs:
        row.append((a // b, a % b))
    print(a, row)
print(divmod(1.0, 0.1), 1.0 // 0.1, 1.0 % 0.1)
print(-1e-20 % 1.0, 1e-20 % -1.0, -0.0 % 5.0, 0.0 % -5.0)
import math
print(math.fmod(-7.5, 2), math.fmod(7.5, -2), math.remainder(7.5, 2), math.remainder(5, 2))
