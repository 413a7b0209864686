# \N{...} escapes resolve every Unicode 14.0 name (any case), computed names (Hangul
# syllables, CJK ideographs) and formal aliases, in str literals and f-strings.
s = ['\N{GRINNING FACE}', '\N{latin small letter a with grave}', '\N{LATIN CAPITAL LETTER GHA}',
     '\N{HANGUL SYLLABLE HIH}', '\N{CJK UNIFIED IDEOGRAPH-2A700}', '\N{TIBETAN MARK GTER YIG MGO TRUNCATED A}',
     '\N{EGYPTIAN HIEROGLYPH A001}', '\N{MATHEMATICAL BOLD CAPITAL A}', '\N{NULL}', '\N{BEL}',
     f'{1}\N{EM DASH}{2}', '\N{ZERO WIDTH JOINER}']
print(ascii(s))
for src in ["'\\N{NO SUCH CHARACTER NAME}'", "'\\N{KEYCAP NUMBER SIGN}'", "'\\N{TANGUT IDEOGRAPH-17000}'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
