data = bytes(range(256))
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        s = data.decode("cp1252", errors)
        print(errors, ascii(s[120:170]), len(s))
    except UnicodeDecodeError as e:
        print(errors, e)
text = "Price: 5€ – “quoted” … Œuvre ž Ÿ ñ 😀 \x81"
for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
    try:
        print(errors, text.encode("windows-1252", errors))
    except UnicodeEncodeError as e:
        print(errors, e, e.start, e.end)
print("abc".encode("CP1252"), b"\x80\x9f".decode("cp-1252" if False else "1252"), "\u20ac\u20ac😀😀x".encode("cp1252", "replace"))
