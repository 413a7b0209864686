# unicodedata.normalize / is_normalized: the four forms on composed and decomposed text,
# canonical ordering of marks, Hangul, compatibility characters, exclusions.
import unicodedata as u

texts = ['caf\u00e9', 'cafe\u0301', 'A\u030a', '\u212b', '\u1e9b\u0323', 'q\u0307\u0323',
         '\u0041\u0323\u0302', '\u1ea0\u0302', '\uac00\u11a8', '\u1100\u1161\u11a8', '\ud7a3',
         '\ufb01', '\u2460', '\u00bd', '\uff21\uff22', '\u0958', '\u2126', 'x\u0301\u0300\u0328',
         '\u0344', '\u0f73', 'plain ascii', '', '\u00c5\u0327', '\U0001d15e', '\u3099\u304b',
         '\u304b\u3099', '\u0e33', '\u1e0a\u0323', 'e\u0301\u0301']
for s in texts:
    forms = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(x) for x in forms],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
for args in [('NFX', 'a'), ('nfc', 'a')]:
    try:
        u.normalize(*args)
    except ValueError as e:
        print('ValueError', e)
for args in [(1, 'a'), ('NFC', 1)]:
    try:
        u.normalize(*args)
    except TypeError as e:
        print('TypeError', e)
# every NFC result is stable and NFD of it is back in canonical order
big = ''.join(chr(c) for c in range(0xc0, 0x250)) + ''.join(chr(c) for c in range(0x1e00, 0x1f00))
nfd = u.normalize('NFD', big)
print(len(big), len(nfd), u.normalize('NFC', nfd) == big, u.is_normalized('NFD', nfd))
