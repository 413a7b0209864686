# Match.expand and sub templates over bytes-like subjects: bytes and bytearray work; a
# memoryview or array subject fails as CPython's (its slices have no join) once a template
# with groups is expanded, while literal templates and callables still work
import array, re

for subject in (b"abc", bytearray(b"abc"), memoryview(b"abc"), array.array("b", b"abc")):
    name = type(subject).__name__
    m = re.match(rb"(a)(b)", subject)
    print(name, repr(m.group(1)), repr(m[2]), m.groups(), m.span(2))
    for template in (rb"<\2\1>", rb"plain", memoryview(rb"\1"), bytearray(rb"\g<2>")):
        try:
            print("  expand", repr(m.expand(template)))
        except AttributeError as e:
            print("  expand AttributeError", e)
    for template in (rb"", rb"x", rb"\n", rb"\g<0>", rb"y\g<0>", lambda m: m.group() + b"!"):
        for pattern in (rb"a", rb"z"):
            try:
                print("  sub", pattern, repr(re.sub(pattern, template, subject)))
            except AttributeError as e:
                print("  sub", pattern, "AttributeError", e)
m = re.match(r"(a)", "abc")
for template in (b"\\1", memoryview(b"x")):
    try:
        print(repr(m.expand(template)))
    except TypeError as e:
        print("TypeError", e)
