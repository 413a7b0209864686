# xml.etree.ElementInclude: xi:include of XML and text, with a custom
# loader, the default file loader, recursion and depth limits.
import os
import tempfile
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"'
FILES = {
    'part.xml': '<part n="1">piece<sub/></part>',
    'note.txt': 'plain & simple',
    'loop.xml': '<loop %s><xi:include href="loop.xml"/></loop>' % XI,
    'deep1.xml': '<d1 %s><xi:include href="deep2.xml"/></d1>' % XI,
    'deep2.xml': '<d2 %s><xi:include href="part.xml"/></d2>' % XI,
}


def loader(href, parse, encoding=None):
    data = FILES.get(href)
    if data is None:
        return None
    return ET.fromstring(data) if parse == 'xml' else data


def run(doc, **kw):
    root = ET.fromstring(doc)
    try:
        ElementInclude.include(root, loader=kw.pop('use', loader), **kw)
        print(ET.tostring(root, encoding='unicode'))
    except (ElementInclude.FatalIncludeError, ValueError) as e:
        print(type(e).__name__, e)


run('<doc %s>a<xi:include href="part.xml"/>tail<b/></doc>' % XI)
run('<doc %s>a<xi:include href="note.txt" parse="text"/>t1<b/>'
    '<xi:include href="note.txt" parse="text"/>t2</doc>' % XI)
run('<doc %s><xi:include href="missing.xml"/></doc>' % XI)
run('<doc %s><xi:include href="part.xml" parse="json"/></doc>' % XI)
run('<doc %s><xi:fallback/></doc>' % XI)
run('<doc %s><xi:include href="loop.xml"/></doc>' % XI)
run('<doc %s><xi:include href="deep1.xml"/></doc>' % XI)
run('<doc %s><xi:include href="deep1.xml"/></doc>' % XI, max_depth=1)
run('<doc %s><xi:include href="deep1.xml"/></doc>' % XI, max_depth=None)
run('<doc/>', max_depth=-1)

tmp = tempfile.mkdtemp()
for name in ('part.xml', 'note.txt'):
    with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
        f.write(FILES[name])
cwd = os.getcwd()
os.chdir(tmp)
try:
    tree = ET.ElementTree(ET.fromstring(
        '<doc %s><xi:include href="part.xml"/><xi:include href="note.txt" '
        'parse="text"/></doc>' % XI))
    ElementInclude.include(tree)
    print(ET.tostring(tree.getroot(), encoding='unicode'))
finally:
    os.chdir(cwd)
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
print(ElementInclude.XINCLUDE_INCLUDE, ElementInclude.DEFAULT_MAX_INCLUSION_DEPTH,
      issubclass(ElementInclude.LimitedRecursiveIncludeError, SyntaxError))
