print("%s and %s" % ("a", "b"))
print("%d %i %5d %-5d| %05d %+d % d" % (42, -7, 42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r %a %s" % ("é", "é", "é"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%%d literal and %s" % "value")
print("%.2s|%5.1s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%d" % 2 ** 70, "%x" % -(2 ** 64), "%e" % 2 ** 70)
print("%s" % {"k": 1}, "%(k)s" % {"k": 1})
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%q", 1), ("%(k)s", 5), ("%c", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
