print('single', "double", '''triple single''', """triple double""")
print('a' 'b' "c")
print('it\'s', "say \"hi\"")
print('tab\there', 'nl\\n', 'bell\x07'.encode())
print(r'raw\nstring', R"raw\t")
print('\u00e9', '\N{GREEK SMALL LETTER ALPHA}', '\U0001F600'.encode('utf-8'))
print('\101\102\103', '\x41')
print(b'bytes', B'\x00\xff', rb'\d', br'\n')
print(len('''line1
line2
line3'''))
s = """a\
b"""
print(s)
print(repr(''), repr(""))
print(repr('a\nb'), repr("'"), repr('"'), repr('\'"'))
