"""SAX 2 handler interfaces, with the feature and property names parsers understand.

Every method does nothing by default, except that ErrorHandler raises errors and prints
warnings; applications subclass the interface they need."""

version = '2.0beta'

_SAX_FEATURE = 'http://xml.org/sax/features/'
_SAX_PROPERTY = 'http://xml.org/sax/properties/'
_PYTHON_PROPERTY = 'http://www.python.org/sax/properties/'

feature_namespaces = _SAX_FEATURE + 'namespaces'
feature_namespace_prefixes = _SAX_FEATURE + 'namespace-prefixes'
feature_string_interning = _SAX_FEATURE + 'string-interning'
feature_validation = _SAX_FEATURE + 'validation'
feature_external_ges = _SAX_FEATURE + 'external-general-entities'
feature_external_pes = _SAX_FEATURE + 'external-parameter-entities'
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

property_lexical_handler = _SAX_PROPERTY + 'lexical-handler'
property_dom_node = _SAX_PROPERTY + 'dom-node'
property_declaration_handler = _SAX_PROPERTY + 'declaration-handler'
property_xml_string = _SAX_PROPERTY + 'xml-string'
property_encoding = _PYTHON_PROPERTY + 'encoding'
property_interning_dict = _PYTHON_PROPERTY + 'interning-dict'
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]


class ErrorHandler:
    """Receives parse problems: errors and fatal errors raise, warnings are printed."""

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print(exception)


class ContentHandler:
    """Receives the document's logical content, one event per call."""

    def __init__(self):
        self._locator = None  # set by setDocumentLocator; parsers may report positions

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        pass

    def endDocument(self):
        pass

    def startPrefixMapping(self, prefix, uri):
        pass

    def endPrefixMapping(self, prefix):
        pass

    def startElement(self, name, attrs):
        pass

    def endElement(self, name):
        pass

    def startElementNS(self, name, qname, attrs):
        pass

    def endElementNS(self, name, qname):
        pass

    def characters(self, content):
        pass

    def ignorableWhitespace(self, whitespace):
        pass

    def processingInstruction(self, target, data):
        pass

    def skippedEntity(self, name):
        pass


class DTDHandler:
    """Receives the notations and unparsed entities the DTD declares."""

    def notationDecl(self, name, publicId, systemId):
        pass

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        pass


class EntityResolver:
    """Maps an external entity to the source to read; by default its system id."""

    def resolveEntity(self, publicId, systemId):
        return systemId


class LexicalHandler:
    """Receives comments, DTD boundaries and CDATA section boundaries."""

    def comment(self, content):
        pass

    def startDTD(self, name, public_id, system_id):
        pass

    def endDTD(self):
        pass

    def startCDATA(self):
        pass

    def endCDATA(self):
        pass
