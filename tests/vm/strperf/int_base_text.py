# hex/oct/bin of tagged ints, big ints, bools, int subclasses and __index__ objects.
class I(int):
    def __format__(self, spec):
        return "formatted"

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

values = [0, 1, -1, 7, 255, -256, 2**31, 2**62 - 1, -2**62, 2**62, 2**63 - 1, -2**63,
          2**64, -2**64 - 1, 3**50, -(7**40), True, False, I(10), I(-10)]
for v in values:
    print(repr(v), hex(v), oct(v), bin(v))
print(hex(Idx(4095)), oct(Idx(-8)), bin(Idx(2**70)))
for bad in [1.5, "12", None, Idx("x")]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hex()
except TypeError as e:
    print("TypeError", e)
try:
    bin(1, 2)
except TypeError as e:
    print("TypeError", e)
print(f"{hex(123456789)}|{oct(2**40)}|{bin(-3)}")
print(int(hex(-2**62 - 5), 16), int(bin(2**63 + 1), 2), int(oct(-2**63), 8))
