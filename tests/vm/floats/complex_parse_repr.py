for s in ["1+2j", "1-2j", "-1.5e3+4J", "j", "-j", "+1j", "3", "(1+2j)", " ( 4-5j ) ", "1e-3j", "inf", "nanj", "-infj"]:
    print(repr(s), complex(s))
for z in [complex(1, 2), complex(-0.0, 1), complex(1e16, 1e-16), complex(0.1, 0.2), complex(2 ** 53, 1),
          complex(float("nan"), float("inf")), complex(0, 0), complex(-1, -0.0), complex(1.5, 2.5)]:
    print(repr(z), str(z), z.real, z.imag)
for bad in ["1+", "1+2", "(1+2j", "1 + 2j", "j1", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
