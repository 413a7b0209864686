# Backtracking, empty iterations, case folding and boundary semantics, compared case by case.
import re
cases = [
 (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*?c', 'abc'), (r'(?:a|(b))*', 'ab'), (r'x*$', 'axx'),
 (r'(?i)[k]', '\u212a'), (r'(a{2}){2}', 'aaaa'), (r'(?:a{1,3}b){2,}', 'abaaabab'), (r'(?:)*', 'a'), (r'()*', 'a'),
 (r'(a?)*?b', 'aab'), (r'(?:(?:a)*)*b', 'aab'), (r'(?x)[#]', '#'), (r'[a-c-e]+', 'a-eb'),
 (r'(a)|b', 'b'), (r'|a', 'a'), (r'a|', 'b'), (r'(?:a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+|b+)*c', 'aabbc'),
 (r'(a)(?:(?=b)|c)', 'ab'), (r'^(?:(a)|(b)|(c))+$', 'abc'), (r'(?:(a)|b)+?$', 'ab'), (r'(a*)\1', 'aaaa'),
 (r'(a*)b\1', 'aabaa'), (r'(?i)(ab)\1', 'abAB'), (r'(?s)a.*', 'a\n\nb'), (r'\d+?\d', '123'), (r'[\d\w]+?!', 'a1!'),
 (r'(?i)[^k]', '\u212a'), (r'(?i)ǅ', 'ǆ'), (r'(?i)[ǅ]', 'Ǆ'), (r'\w+', 'x²³'), (r'\d', '²'), (r'[^\x00-\x7f]+', 'aé€b'),
 (r'(?i)[\w]+', 'ÀÉ'), (r'(?i)[A-Z]+', 'àz'), (r'(?i)[À-Þ]+', 'àþ'), (r'a(?#comment)b', 'ab'), (r'(?:a|b|c|d)+e', 'abcde'),
 (r'(a)(b)?(c)?', 'ac'), (r'(?P<a>.)(?P<b>.)?', 'x'), (r'(.)(?!\1)', 'aab'), (r'(?<=(.))x', 'ax'), (r'\bfoo\b', 'a foo.'),
 (r'a{0}', 'a'), (r'(a){0}', 'a'), (r'a{0,0}?b', 'b'), (r'(?:a{2})*?b', 'aaaab'), (r'.{3,}?x', 'abcdx'), (r'\s*$', 'a  '),
 (r'a\Z', 'a'), (r'(?m)a\Z', 'a\n'), (r'(?m)a$', 'a\nb'), (r'^$', ''), (r'(?m)^$', 'a\n\nb'), (r'.\b.', 'a b'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), re.findall(pat, s), re.sub(pat, '<\\g<0>>', s))
print(re.compile('^a', re.M).search('ba\na', 1), re.compile(r'a\Z').search('ab', 0, 1), re.compile(r'a$').search('a\nb', 0, 2))
print(re.compile(r'\b').findall('ab cd', 1, 4), re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'^b').match('ab', 1))
print(re.sub(r'\d*', 'X', 'a12b'), re.split(r'\d*', 'a12b'), re.findall(r'\d*', 'a12b'))
print(re.sub('(?i)b+', 'x', 'bbbb BBBB'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@ex bob@ey'))
print(re.match(r'(?i)\w+', 'ǅungla'), re.match('(?i)ﬀ', 'FF'), re.match('(?i)ı', 'I'), re.match('(?i)i', 'İ'))
print(re.Pattern, re.Match)
try:
    print(re.Pattern[str], re.Match[bytes])
except Exception as e:
    print('ERR', e)
import copy
p = re.compile('a'); m = p.match('a')
print(copy.copy(p) is p, copy.deepcopy(m) is m) if hasattr(copy, 'copy') else None
print(re.search('(?i)ß', 'ss'), re.search('(?i)[ß]', 'ẞ'), re.search('(?i)[^ß]', 'ẞ'))
print(re.split(r'(?=x)', 'axbxc'), re.split(r'(x)?', 'axb'))
print(re.findall(r'\b\w+\b', "It's a dog's life."), re.fullmatch(r'(?:\d+\.)+\d+', '1.2.3'))
