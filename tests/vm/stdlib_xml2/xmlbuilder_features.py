# xml.dom.xmlbuilder: feature name spelling, which settings may change and
# what they imply, the accessors of DOMInputSource/DOMBuilder/filters, and a
# parse honouring comments and cdata_sections.
import io
import xml.dom
from xml.dom import minidom, xmlbuilder

impl = minidom.getDOMImplementation()
builder = impl.createDOMBuilder(impl.MODE_SYNCHRONOUS, None)
for name in ['Comments', 'CDATA-Sections', 'comments ', 'namespaces', 'infoset', 'validate']:
    try:
        print(name, builder.getFeature(name), builder.supportsFeature(name),
              builder.canSetFeature(name, 1), builder.canSetFeature(name, 0))
    except xml.dom.NotFoundErr as e:
        print('NotFoundErr', e)
print(builder.canSetFeature('validation', 5), builder.canSetFeature('entities', 'x'))
builder.setFeature('Comments', 5)
print(builder.getFeature('comments'))
builder.setFeature('infoset', 0)
print(builder.getFeature('infoset'), builder.getFeature('cdata-sections'))
builder.setFeature('entities', 0)
print(builder.getFeature('entities'), builder.getFeature('create_entity_ref_nodes'))
for name, state in [('validate', 0), ('supported-mediatypes-only', 1), ('nothing', 0)]:
    try:
        builder.setFeature(name, state)
    except (xml.dom.NotFoundErr, xml.dom.NotSupportedErr) as e:
        print(type(e).__name__, e)
try:
    impl.createDOMBuilder(impl.MODE_ASYNCHRONOUS, 'schema')
except xml.dom.NotSupportedErr as e:
    print('NotSupportedErr', e)

print(builder.entityResolver, builder._get_errorHandler(), builder._get_filter())
builder._set_filter('f')
print(builder.filter, builder.ACTION_REPLACE, builder.ACTION_INSERT_BEFORE)
source = xmlbuilder.DOMInputSource()
for field in ['byteStream', 'characterStream', 'stringData', 'encoding', 'publicId',
              'systemId', 'baseURI']:
    getattr(source, '_set_' + field)(field.upper())
    print(field, getattr(source, field), getattr(source, '_get_' + field)())
try:
    source.extra = 1
except AttributeError:
    print('no extra attributes')
filt = xmlbuilder.DOMBuilderFilter()
print(filt.FILTER_ACCEPT, filt.FILTER_REJECT, filt.FILTER_SKIP, filt.FILTER_INTERRUPT,
      filt.whatToShow == filt._get_whatToShow())

plain = impl.createDOMBuilder(1, None)
plain.setFeature('comments', False)
plain.setFeature('cdata_sections', False)
source = impl.createDOMInputSource()
source.byteStream = io.BytesIO(b'<r><a>x<!--c--></a><![CDATA[1]]><![CDATA[2]]>y'
                               b'<!--c--><b><![CDATA[<z>]]></b></r>')
doc = plain.parse(source)
print(doc.toxml(), [n.nodeType for n in doc.documentElement.childNodes])
print(doc.saveXML(doc.documentElement.lastChild), doc._get_async(), doc.async_)
doc._set_async(False)
print(xmlbuilder.Options.namespaces, xmlbuilder.Options().comments, xmlbuilder.Options.filter)
