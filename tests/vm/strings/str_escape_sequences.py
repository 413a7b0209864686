print(len("\n\t\\\'\"\a\b\f\v\r\0"))
print([ord(c) for c in "\n\t\\\'\"\a\b\f\v\r\0"])
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(repr("\1\12\123\1234"), repr("\777"[0]) if False else "skip")
print(r"\n\t", len(r"\n\t"), r"\\", r"\"", len(r"\""))
print("a\
b")
print("""multi
line with \"quotes\" and 'apostrophes'""")
print('tab:[\t] newline-escaped:[\\n]')
print(b"\x00\x7f\x80\xff", list(b"\n\t\\"))
