# Lookahead, lookbehind, atomic groups, possessive quantifiers, conditionals.
import re

print(re.search(r'(?<=abc)def', 'abcdef'), re.search(r'(?<!abc)def', 'abcdef'), re.search(r'(?<!x)def', 'abcdef'))
print(re.match(r'a(?=b)', 'ab'), re.match(r'a(?!b)', 'ab'), re.match(r'a(?!b)', 'ac'))
print(re.findall(r'(?<=(a))b', 'ab ab'), re.findall(r'\w+(?=,)', 'a, bb, c'))
print(re.search(r'(?<=\bab)c', 'xab abc'), re.search(r'(?<=a|b)c', 'bc'), re.search(r'(?<=ab|cd)e', 'cde'))
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?!(a)b)\w', 'ac').groups(), re.match(r'(?=(a))\w', 'ac').groups())
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'))
print(re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'), re.match(r'a*+', 'aaa'), re.match(r'a?+a', 'a'))
print(re.match(r'(?:ab)++c', 'ababc'), re.match(r'a{1,2}+a', 'aa'), re.match(r'a{1,2}+a', 'aaa'), re.match(r'(a)*+b', 'aab').groups())
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<x><)?\w+(?(x)>)', '<a>'), re.match(r'(?P<x><)?\w+(?(x)>)', '<a'), re.match(r'(a)?(?(1)b)c', 'c'))
print(re.findall(r'(?<![\d.])\d+(?![\d.])', '1 2.5 33 4'))
print(re.sub(r'(?<=a)', '-', 'aaa'), re.sub(r'(?=a)', '-', 'aaa'))
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<=\n)a', 'b\na'), re.search(r'a(?=$)', 'ba'))
print(re.match(r'(?=a)*a', 'a') if False else None, re.search(r'(?<=x{3})y', 'xxxy'))
