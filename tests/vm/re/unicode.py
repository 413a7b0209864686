# Unicode-aware classes and case folding for str patterns.
import re

print(re.findall(r'\d', '١٢3'), re.findall(r'(?a)\d', '١٢3'))
print(re.findall(r'\w+', 'héllo wörld ñ_1'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\s', 'a\u00a0b\u2003c\x1cd'), re.findall(r'(?a)\s', 'a\u00a0b \x0bc'))
print(re.match(r'(?i)\u00e9', '\u00c9'), re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)ß', 'ẞ'))
print(re.match(r'(?i)k', '\u212a'), re.match(r'(?i)s', 'ſ'), re.match(r'(?i)[a-z]', 'K'))
print(re.match(r'(?i)Σ', 'σ'), re.match(r'(?i)[α-ω]+', 'ΑΒΓ'), re.match(r'(?ai)é', 'É'))
print(re.findall('[à-ÿ]+', 'voilà garçon'), re.findall(r'\W+', 'a, b'))
print(re.sub(r'\b', '|', 'ça va'), re.search(r'\bva\b', 'ça va'))
print(re.findall('.', '\U0001F600x'), re.match('\\U0001F600', '\U0001F600'), re.match(r'\u00e9', 'é'))
print(re.match('[\U0001F600-\U0001F64F]+', '\U0001F601\U0001F602'))
print(re.split(r'\W+', 'Ünïcödé, wörds; here'))
print(re.findall(r'[^\d\s]+', 'a1 ١b c'))
