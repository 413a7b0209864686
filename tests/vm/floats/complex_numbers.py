z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
w = complex(1, -2)
print(z + w, z - w, z * w, z / w, z ** 2, w ** 0.5 if False else "skip")
print(complex(), complex(2), complex("1+2j"), complex("-3.5j"), complex(" 7 "), complex(1.5, 0))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, 2 * 1j, 1j + 1)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)))
print(complex(1e300, 1e300) * 10, complex("inf+nanj"))
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(format(z, ".2f"), format(z, ">20"), "{:g}".format(1.5 + 2.25j))
print(type(z).__name__, isinstance(z, complex), (1 + 2j).__class__.__name__)
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError", e)
print(pow(2j, 2), divmod(5, 2) if True else None, (1 + 2j) * 0)
