name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}")
print(f"{n} {n!r} {name!r} {name!s} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1000000:,} {1000000:_} {0.5:%}")
print(f"{{literal braces}} {n}")
print(f"{n + 1} {n * 2} {[1, 2][0]} {'a' 'b'}")
print(F"upper F {name.upper()}")
print(rf"raw {name}\n", fr"{n}\t")
w = 8
print(f"{name:>{w}}|{pi:.{3}f}|{n:{'*'}^{w}}")
print(f"{n=}")
print(f"{name=!s} {pi=:.1f} {n = }")
d = {'k': 'v'}
print(f"{d['k']} {d}")
print(f"{'nested ' + f'{n}'}")
print(f"""triple {name}
second line""")
