# Final-sigma rule of str.lower(): a character that is both cased and case-ignorable
# (U+0345, modifier letters like U+02B0) is skipped when looking for the cased letter
# before a capital sigma, as in CPython.
for s in [' \u0345\u03a3', 'A\u0345\u03a3', ' \u02b0\u03a3', 'A\u03a3\u02b0', 'A\u03a3\u02b0 ',
          '\u02b0\u03a3', 'AB\u03a3', '\u03a3']:
    print(ascii(s), ascii(s.lower()))
