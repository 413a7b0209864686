"""The SAX driver built on xml.parsers.expat: an IncrementalParser that turns
expat's callbacks into ContentHandler, DTDHandler and LexicalHandler events."""

version = "0.20"

from xml.sax import handler, saxutils, xmlreader
from xml.sax._exceptions import (SAXNotSupportedException, SAXParseException,
                                 SAXReaderNotAvailable)
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl, _unrecognized

try:
    from xml.parsers import expat
    expat.ParserCreate
except (ImportError, AttributeError):
    raise SAXReaderNotAvailable("expat not supported", None)

# Features this driver knows but can only have switched off, with the reason
# given when someone asks to switch one on.
_UNSUPPORTED_FEATURES = {
    handler.feature_namespace_prefixes: "expat does not report namespace prefixes",
    handler.feature_validation: "expat does not support validation",
    handler.feature_external_pes: "expat does not read external parameter entities",
}


class ExpatLocator(xmlreader.Locator):
    """The position of an ExpatParser, asked of the parser each time."""

    def __init__(self, parser):
        self._reader = parser   # the ExpatParser, which knows where it is

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX reader over expat. Set namespaceHandling (or the namespaces feature)
    to receive startElementNS/endElementNS with (uri, localname) names."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        super().__init__(bufsize)
        self._namespaces = namespaceHandling
        self._external_ges = 0
        self._interning = None
        self._lexical = None
        self._source = xmlreader.InputSource()
        self._parser = None
        self._parsing = False
        self._suspended = []              # (parser, source) of documents an entity interrupted
        self._closed_at = (1, None)       # what the locator reports once closed

    # -- reading

    def parse(self, source):
        self._source = source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            self._content.setDocumentLocator(ExpatLocator(self))
            super().parse(source)
        except:
            self._close_streams()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            if self._parser is None:   # parse() and reset() leave a fresh one
                self.reset()
            self._parsing = True
            self._content.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._errors.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def close(self):
        if self._parser is None or self._suspended:
            return
        ended = False
        try:
            self.feed(b"", isFinal=True)
            self._content.endDocument()
            ended = True
        finally:
            parser, self._parser = self._parser, None
            self._parsing = False
            self._closed_at = ((1, None) if ended else
                               (parser.ErrorLineNumber, parser.ErrorColumnNumber))
            self._close_streams()

    def _close_streams(self):
        for stream in (self._source.getByteStream(), self._source.getCharacterStream()):
            if stream is not None:
                stream.close()

    def reset(self):
        self._parser = expat.ParserCreate(self._source.getEncoding(),
                                          " " if self._namespaces else None,
                                          intern=self._interning)
        self._parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._connect()
        self._parsing = False
        self._suspended = []

    def _connect(self):
        """Point expat's callbacks at the current handlers; where the signatures
        agree the handler's own method is installed."""
        parser, content, lexical = self._parser, self._content, self._lexical
        if self._namespaces:
            parser.namespace_prefixes = 1
            parser.StartElementHandler = self._start_ns
            parser.EndElementHandler = self._end_ns
            parser.StartNamespaceDeclHandler = content.startPrefixMapping
            parser.EndNamespaceDeclHandler = content.endPrefixMapping
        else:
            parser.StartElementHandler = self._start
            parser.EndElementHandler = content.endElement
        parser.CharacterDataHandler = content.characters
        parser.ProcessingInstructionHandler = content.processingInstruction
        parser.SkippedEntityHandler = self._skipped
        parser.NotationDeclHandler = self._notation
        parser.UnparsedEntityDeclHandler = self._unparsed_entity
        parser.ExternalEntityRefHandler = self._external_entity
        if lexical is None:
            for name in ("CommentHandler", "StartCdataSectionHandler",
                         "EndCdataSectionHandler", "StartDoctypeDeclHandler",
                         "EndDoctypeDeclHandler"):
                setattr(parser, name, None)
        else:
            parser.CommentHandler = lexical.comment
            parser.StartCdataSectionHandler = lexical.startCDATA
            parser.EndCdataSectionHandler = lexical.endCDATA
            parser.StartDoctypeDeclHandler = self._doctype
            parser.EndDoctypeDeclHandler = lexical.endDTD

    def setContentHandler(self, handler):
        super().setContentHandler(handler)
        if self._parser is not None:
            self._connect()

    # -- features and properties

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name == handler.feature_external_ges:
            return self._external_ges
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name in _UNSUPPORTED_FEATURES:
            return 0
        raise _unrecognized("Feature", name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_external_ges:
            self._external_ges = state
        elif name == handler.feature_string_interning:
            keep = self._interning if self._interning is not None else {}
            self._interning = keep if state else None
        elif name not in _UNSUPPORTED_FEATURES:
            raise _unrecognized("Feature", name)
        elif state:
            raise SAXNotSupportedException(_UNSUPPORTED_FEATURES[name])

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lexical
        if name == handler.property_interning_dict:
            return self._interning
        if name != handler.property_xml_string:
            raise _unrecognized("Property", name)
        if self._parser is None:
            raise SAXNotSupportedException("XML string cannot be returned when not parsing")
        return self._parser.GetInputContext()

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lexical = value
            if self._parser is not None:
                self._connect()
        elif name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException(f"Property '{name}' cannot be set")
        else:
            raise _unrecognized("Property", name)

    # -- Locator

    def getLineNumber(self):
        if self._parser is None:
            return self._closed_at[0]
        return self._parser.ErrorLineNumber

    def getColumnNumber(self):
        if self._parser is None:
            return self._closed_at[1]
        return self._parser.ErrorColumnNumber

    def getSystemId(self):
        return self._source.getSystemId()

    def getPublicId(self):
        return self._source.getPublicId()

    # -- expat callbacks that reshape their arguments

    def _start(self, name, attrs):
        self._content.startElement(name, AttributesImpl(attrs))

    def _start_ns(self, name, attrs):
        values, written = {}, {}
        for raw, value in attrs.items():
            pair, qname = _split_expanded(raw)
            values[pair] = value
            written[pair] = qname
        self._content.startElementNS(_split_expanded(name)[0], None,
                                     AttributesNSImpl(values, written))

    def _end_ns(self, name):
        self._content.endElementNS(_split_expanded(name)[0], None)

    def _doctype(self, name, sysid, pubid, has_internal_subset):
        self._lexical.startDTD(name, pubid, sysid)

    def _notation(self, name, base, sysid, pubid):
        self._dtd.notationDecl(name, pubid, sysid)

    def _unparsed_entity(self, name, base, sysid, pubid, notation_name):
        self._dtd.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def _skipped(self, name, is_parameter_entity):
        self._content.skippedEntity(("%" if is_parameter_entity else "") + name)

    def _external_entity(self, context, base, sysid, pubid):
        # Read the entity with a child parser in place of the document's, so that
        # its events and positions come out through this reader.
        if not self._external_ges:
            return 1
        wanted = self._resolver.resolveEntity(pubid, sysid)
        source = saxutils.prepare_input_source(wanted, self._source.getSystemId() or "")
        self._suspended.append((self._parser, self._source))
        self._parser = self._parser.ExternalEntityParserCreate(context)
        self._source = source
        try:
            self.prepareParser(source)
            stream = source.getCharacterStream() or source.getByteStream()
            for chunk in iter(lambda: stream.read(self._bufsize), stream.read(0)):
                self.feed(chunk)
            # No final Parse: the entity holds content, not a document, and its
            # parser is simply dropped once the text is read.
        finally:
            self._parser, self._source = self._suspended.pop()
        return 1


def _split_expanded(name):
    """(uri, localname) and the qualified name of an expat "uri local prefix" name
    (a name outside any namespace comes as just "local")."""
    parts = name.split(" ")
    if len(parts) == 1:
        return (None, name), name
    if len(parts) == 3:
        return (parts[0], parts[1]), f"{parts[2]}:{parts[1]}"
    return (parts[0], parts[1]), parts[1]


def create_parser(*args, **kwargs):
    """A new ExpatParser; the arguments are ExpatParser's."""
    return ExpatParser(*args, **kwargs)
