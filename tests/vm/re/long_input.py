# Long subjects and backtracking-heavy patterns run without deep C recursion.
import re

n = 200000
s = 'x' * n
print(re.match('x*', s).end(), re.match('(?:x|y)*', s).end(), re.match('(x)*', s).span(1))
print(re.match('(?:xx)+', s).end(), re.match('(x|y)+?$', s).end(), re.fullmatch('(?:x+)+', s) is not None)
print(re.search('y', s), len(re.findall('x', s)), len(re.split('x', s)))
print(re.match('.*y', s + 'y').end(), re.match('.*?y', s + 'y').end())
print(re.match(r'(?:(a)|b)*c', 'ab' * 50000 + 'c').span(1))
print(re.match(r'((?:a|b)*)c', 'ab' * 50000 + 'c').end(1))
print(re.match(r'(?>x*)y', s), re.match(r'(?=(x*))\1y', s))
print(re.match(r'(a+)+b', 'a' * 22))
print(len(re.sub('x', 'yy', s)), re.search(r'(\w+)\s\1', 'a ' * 1000 + 'b b').span())
