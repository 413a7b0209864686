for c in "aZ0 ~\n\x00é€😀":
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print(chr(0), repr(chr(127)), chr(255), chr(0x3b1), chr(0x1F40D), repr(chr(0xD800)))
print(ord("\U0010FFFF"), len(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
print(ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(i) for i in range(65, 91)))
print([ord(c) - ord("a") for c in "python"])
