# Tagged (small) ints format through their own digit loop: every base, sign and edge.
for v in [0, 1, -1, 7, -255, 2**40, -(2**61), 2**62-1, -(2**62), 2**63, -(2**64)+5, 10**30]:
    print(hex(v), oct(v), bin(v)[:20], f"{v:05d}|{v:x}|{v:#X}|{v:+,d}|{v:_b}"[:90], format(v, "o"))
for v in [0, 1, -1, 9, 10, -10, 2**62-1, -(2**62), 123456789]:
    print(str(v), repr(v), f"{v}", "%d" % v)
