s = 'single'
s = "double"
s = '''triple single'''
s = """triple double"""
s = """multi
line
string"""
s = 'it\'s'
s = "say \"hi\""
s = 'mixed "quotes"'
s = "mixed 'quotes'"
s = 'both \' and "'
s = ''
s = ""
s = ''''''
s = r'raw \n string'
s = R"raw \d"
s = r'\''
s = rb'raw bytes \x00'
s = Rb'x'
s = bR'x'
s = BR'x'
s = br"x"
s = u'unicode'
s = U'unicode'
s = b'bytes'
s = B"bytes"
s = b'\x00\xff\n\t\\'
s = b'\777'
s = 'escapes: \n \t \r \a \b \f \v \\ \0 \07 \101 \x41 \u0041 \U00000041'
s = 'unknown \d \q escape'
s = '\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE} \N{SPACE}'
s = '\ud800 lone surrogate'
s = '\udc00\ud800'
s = '\U0001F600 astral'
s = 'non-ascii: é ü ñ 中文 😀'
s = 'line \
continuation'
s = 'implicit' 'concatenation'
s = ('multi'
     'line'
     "concat")
s = u'first is u' 'second'
s = 'first' u'second is u'
s = b'a' b'b' rb'c'
s = '\x00\x01\x7f'
s = 'tab\there'
s = '\\'
s = '''can have ' and " and '' inside'''
s = """ends with quote\""""
s = 'control \x1b[0m'
s = '\u00a0 nbsp \u200b zwsp \u2028 \ufeff \uffff \U000e0001'
s = 'caf\u00e9'
