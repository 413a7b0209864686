vals = [3.5, -1.0, 0.0, -0.0, 2, 1e-300, -1e300, 7, 2.0000000000000004, 2.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals))
print(0.0 == -0.0, 0.0 < -0.0, sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(2 == 2.0, 2 < 2.0000000000000004, 1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(0.1 * 3 > 0.3, 0.1 * 3 == 0.30000000000000004)
print(1.0 in [1], 1 in [1.0], {1.0: 'f'}[1])
d = {0.5: 'half', 1: 'one', 1.0: 'one float', True: 'true'}
print(d)
print(len({1, 1.0, True}), {0, 0.0, False, -0.0})
