# xml.etree.ElementTree.canonicalize: Canonical XML 2.0 with each option.
import xml.etree.ElementTree as ET, io
docs = ['<r xmlns:b="u" z="1" a="2"><b:x/><!--c--> t </r>',
        '<?xml version="1.0"?>\n<!--before-->\n<?pi  data ?>\n<doc b:x="1" xmlns:b="urn:b" xmlns="urn:d" a="&lt;&amp;&quot;\t\n">\n  <e1   />\n  <e2 xmlns="">text\r\nmore &gt; &lt;</e2>\n  <b:e3 xml:space="preserve">  keep  </b:e3><![CDATA[<cd>]]>\n</doc>\n<!--after--><?end?>',
        '<a xmlns:p="urn:p" xmlns:q="urn:p"><p:b q:c="1"/><q:d/></a>',
        '<root xmlns:x="urn:x"><v>x:val</v><w attr="x:attr"/></root>',
        '<r><keep>1</keep><drop a="1">2<x/></drop><keep drop="y" k="z">3</keep></r>']
for d in docs:
    for opts in [{}, {'with_comments': True}, {'strip_text': True}, {'rewrite_prefixes': True},
                 {'qname_aware_tags': ['v'], 'qname_aware_attrs': ['attr']},
                 {'exclude_tags': ['drop'], 'exclude_attrs': ['drop']},
                 {'rewrite_prefixes': True, 'qname_aware_tags': ['v'], 'qname_aware_attrs': ['attr'], 'with_comments': True, 'strip_text': True}]:
        try:
            print(repr(ET.canonicalize(d, **opts)))
        except Exception as e:
            print(type(e).__name__, e)
out = io.StringIO(); print(ET.canonicalize(from_file=io.BytesIO(docs[0].encode()), out=out), repr(out.getvalue()))
try: ET.canonicalize()
except ValueError as e: print(e)
try: ET.canonicalize('<r><v>y:z</v></r>', qname_aware_tags=['v'])
except ValueError as e: print(e)
try: ET.ElementTree(ET.Element('a')).write_c14n(io.BytesIO())
except ValueError as e: print(e)
