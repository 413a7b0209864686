print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1))
print(repr(True), str(False), int(True), float(False))
print(bool(0), bool(-1), bool(2 ** 64), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(sum([True, True, False, True]))
print(True << 3, True >> 1, True ** 5)
print(["no", "yes"][True], {True: "a", 1: "b"})
print(max(True, 0), min(False, -1), abs(True), divmod(True, True))
print(f"{True:d} {True:>5} {False!r}")
try:
    bool.__new__(bool, 1)
    class B(bool): pass
except TypeError as e:
    print("TypeError", e)
