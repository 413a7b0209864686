# IGNORECASE classes and literals with the code points whose case folds leave ASCII:
# U+0131 (dotless i), U+0130 (dotted capital I), U+017F (long s), U+212A (Kelvin sign).
import re

for pat in ('[i]', '[I]', '[a-z]', '[h-j]', '[^a-z]', '[s]', '[S]', '[r-t]', '[k]', '[K]', '[j-l]', 'i', 's', 'k', '\u0131', '\u017f', '[\u0131]', '[\u017f]', '\u212a', '[\u212a]'):
    r = re.compile(pat, re.I)
    print(ascii(pat), [ascii(c) for c in 'iIsSkK\u0130\u0131\u017f\u212a' if r.fullmatch(c)])
print(re.findall(r'(?i)[a-z]+', 'D\u0131\u017fk \u212aelvin'), re.findall(r'(?ia)[a-z]+', 'D\u0131\u017f'))
print(re.fullmatch(r'(?i)(s)\1', 's\u017f'), re.fullmatch(r'(?i)[^\u0131]', 'i'))
