# unicodedata's per-character properties and names (Unicode 14.0.0 as CPython 3.11), on a
# sample across scripts, plus the error messages.
import unicodedata as u

print(u.unidata_version)
sample = 'aZ5\u00bd\u00e9\u0301\u0345\u05d0\u0627\u0660\u0967\u1100\u2028\u20ac\u2167\u3000' \
         '\u3042\u4e00\uac00\ud7a3\ufb01\uff21\U0001d400\U0001f600\U00020000\U0010fffd' \
         '\u0378\U0001fae8\U000e0001\x00\x7f'
for c in sample:
    print('%06X' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)),
          u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'GRINNING FACE', 'LATIN CAPITAL LETTER GHA',
             'BYTE ORDER MARK', 'KEYCAP NUMBER SIGN', 'LATIN SMALL LETTER R WITH TILDE',
             'NUSHU CHARACTER-1B170', 'TANGUT COMPONENT-001']:
    print(name, ascii(u.lookup(name)))
for bad in ['NOT A REAL NAME', 'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE XX', '']:
    try:
        u.lookup(bad)
    except KeyError as e:
        print('KeyError', e)
for f, arg in [(u.name, '\u0378'), (u.name, '\x00'), (u.decimal, 'x'), (u.digit, 'x'),
               (u.numeric, 'x'), (u.category, 'ab'), (u.category, 5), (u.name, ''),
               (u.bidirectional, b'a')]:
    try:
        print(f(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(u.numeric('\u4e07'), u.numeric('\u5146'), u.numeric('\u2155'), u.digit('\u2460'), u.decimal('\uff19'))
print(sum(1 for cp in range(0x3000, 0x3100) if u.name(chr(cp), '')), u.name('\U00017000', 'no name'))
