# xml.parsers.expat: malformed documents give Expat's code, message and
# position.
from xml.parsers import expat

BAD = [
    '<a></b>', '<a><b></a>', 'text', '<a>&foo;</a>', '<a/><b/>',
    '<a x="1" x="2"/>', '<a><</a>', '<a b=1/>', '<a>&#0;</a>', '<a>',
    '', '<a', '<a>]]></a>', '<a x="<"/>', '<a>\x01</a>',
    '<a><!-- x -- y --></a>', '<a><!-- x</a>', '<a x="1"y="2"/>',
    '<a>x</a>y', '<a>&#xD800;</a>', '<a>&amp</a>', '<a>&</a>',
    '<a>\n<b>\n</a>', '< a/>', '</a>', '<a x/>', '<a><![CDATA[x</a>',
    '<?xml?><a/>', ' <?xml version="1.0"?><a/>', '<a><? x?></a>',
    '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
    '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</b></a>',
    '\n\n<a>\n  <b x="\n">',
]
for doc in BAD:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(repr(doc), 'parsed')
    except expat.ExpatError as e:
        print(repr(doc), '->', e, '|', e.code, e.lineno, e.offset,
              p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber,
              p.ErrorByteIndex)

for doc in ['<p:a/>', '<a xmlns:b=""/>', '<a:b:c xmlns:a="x"/>',
            '<r xmlns:p="u" xmlns:q="u" p:x="2" q:x="3"/>',
            '<p:r xmlns:p="u"></q:r>']:
    p = expat.ParserCreate(namespace_separator='}')
    try:
        p.Parse(doc, True)
        print(repr(doc), 'parsed')
    except expat.ExpatError as e:
        print(repr(doc), '->', e, e.code)

# After an error the parser stays failed; after the end it is finished.
p = expat.ParserCreate()
p.Parse('<a>', False)
try:
    p.Parse('</b>', True)
except expat.ExpatError as e:
    print('first', e)
p = expat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except expat.ExpatError as e:
    print('finished', e, e.code)
