# xml.dom.xmlbuilder: DOMImplementationLS/DocumentLS as minidom has them, DOMBuilder features
import io
import xml.dom
from xml.dom import minidom, xmlbuilder

impl = minidom.getDOMImplementation()
print(isinstance(impl, xmlbuilder.DOMImplementationLS), impl.hasFeature("ls-load", "3.0"))
builder = impl.createDOMBuilder(impl.MODE_SYNCHRONOUS, None)
print(type(builder).__name__, builder.getFeature("namespaces"), builder.getFeature("comments"))
for bad in ((impl.MODE_ASYNCHRONOUS, None), (1, "http://schema"), (7, None)):
    try:
        impl.createDOMBuilder(*bad)
    except (xml.dom.NotSupportedErr, ValueError) as e:
        print(type(e).__name__, e)

print(builder.supportsFeature("cdata-sections"), builder.supportsFeature("bogus"))
print(builder.canSetFeature("validation", True), builder.canSetFeature("validation", False),
      builder.canSetFeature("infoset", 1))
try:
    builder.setFeature("validation", True)
except xml.dom.NotSupportedErr as e:
    print("NotSupportedErr", e)
try:
    builder.setFeature("no-such", True)
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", e)
try:
    builder.getFeature("no-such")
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", e)
builder.setFeature("entities", False)
print(builder.getFeature("entities"), builder.getFeature("create-entity-ref-nodes"))
builder.setFeature("infoset", True)
print([builder.getFeature(f) for f in ("namespace_declarations", "cdata_sections", "datatype_normalization", "infoset")])

source = impl.createDOMInputSource()
print(type(source).__name__, source.byteStream, source.systemId)
source.byteStream = io.BytesIO(b"<root a='1'><!-- note --><child>text</child><![CDATA[<raw>]]></root>")
source._set_systemId("file.xml")
print(source._get_systemId())
plain = impl.createDOMBuilder(1, None)
doc = plain.parse(source)
print(doc.documentElement.tagName, doc.documentElement.toxml())
source.byteStream = io.BytesIO(b"<root><!-- note --><child>text</child>x<![CDATA[<raw>]]></root>")
plain.setFeature("comments", False)
plain.setFeature("cdata_sections", False)
doc2 = plain.parse(source)
print(doc2.documentElement.toxml(), len(doc2.documentElement.childNodes))

print(isinstance(doc, xmlbuilder.DocumentLS), doc.async_, doc._get_async())
print(doc.saveXML(None))
print(doc.saveXML(doc.documentElement.firstChild.nextSibling))
try:
    doc.saveXML(doc2.documentElement)
except xml.dom.WrongDocumentErr as e:
    print("WrongDocumentErr", repr(str(e)))
try:
    doc._set_async(True)
except xml.dom.NotSupportedErr as e:
    print("NotSupportedErr", e)
for call in (doc.abort, lambda: doc.load("x"), impl.createDOMWriter,
             lambda: plain.parseWithContext(source, doc, 1)):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError", e)
try:
    plain.parseWithContext(source, doc, 9)
except ValueError as e:
    print("ValueError", e)
f = xmlbuilder.DOMBuilderFilter()
print(f.acceptNode(None), f.startContainer(None), f._get_whatToShow() == 0xFFFFFFFF)
print(xmlbuilder.__all__)
