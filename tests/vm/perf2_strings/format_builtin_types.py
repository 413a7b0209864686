# format() / f-strings / str.format of int, float, str and bool through their own
# __format__, and of subclasses that override (or inherit) it.
class I(int):
    def __format__(self, spec):
        return "I<%s>" % spec


class F(float):
    pass


class T(str):
    def __format__(self, spec):
        return "T<%s>" % spec


class U(str):
    def __str__(self):
        return "U-str"


values = [0, 7, -42, 2 ** 70, True, False, 3.25, -0.0, 1e300, float("nan"), "text", "é€", I(5), F(2.5),
          T("t"), U("u")]
for v in values:
    print(repr(format(v, "")), repr(format(v, ">8")) if not isinstance(v, float) or v == v else "",
          f"{v}", f"{v!r:^12}", "{0}|{0:<6}".format(v))
for v, spec in [(255, "x"), (255, "#010b"), (-3, "+05d"), (1234567, ",d"), (1234567, "_x"), (3.14159, ".3f"),
                (3.14159, "10.2e"), (0.5, "%"), (1e16, "g"), (1e16, ""), (12.0, "n"), ("abc", "*^9"), ("abc", ".2"),
                (True, "d"), (True, "^6"), (F(1.5), "08.3f")]:
    print(spec, repr(format(v, spec)))
for v, spec in [(1, "s"), (1.5, "d"), ("s", "d"), (2, ".2s")]:
    try:
        format(v, spec)
    except ValueError as e:
        print("ValueError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
