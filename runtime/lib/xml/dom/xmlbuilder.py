"""DOM Level 3 Load and Save, the parts minidom has: DOMImplementationLS (a synchronous
DOMBuilder and input sources), DocumentLS (saveXML) and the DOMBuilder's features.

The builder records its features (setFeature/getFeature); parsing builds the document
with xml.dom.expatbuilder, which applies the comments and cdata_sections features;
builder filters are not applied."""

import copy
import xml.dom
from xml.dom.NodeFilter import NodeFilter

__all__ = ["DOMBuilder", "DOMEntityResolver", "DOMInputSource"]


class Options:
    """The current value of every feature a DOMBuilder knows (attribute names are the
    feature names lower-cased with '_' for '-')."""

    namespaces = 1
    namespace_declarations = True
    validation = False
    external_parameter_entities = True
    external_general_entities = True
    external_dtd_subset = True
    validate_if_schema = False
    validate = False
    datatype_normalization = False
    create_entity_ref_nodes = True
    entities = True
    whitespace_in_element_content = True
    cdata_sections = True
    comments = True
    charset_overrides_xml_encoding = True
    infoset = False
    supported_mediatypes_only = False
    errorHandler = None
    filter = None


def _feature_key(name):
    return name.lower().replace("-", "_")


def _settable():
    """(feature, 0 or 1) -> the (option, value) pairs setting it makes; a pair not here
    cannot be set."""
    table = {}
    for feature in ("namespace_declarations", "external_general_entities",
                    "external_parameter_entities", "create_entity_ref_nodes", "entities",
                    "whitespace_in_element_content", "cdata_sections", "comments",
                    "charset_overrides_xml_encoding", "namespaces"):
        for state in (0, 1):
            table[feature, state] = [(feature, state)]
    for feature in ("validation", "validate_if_schema", "supported_mediatypes_only"):
        table[feature, 0] = [(feature, 0)]
    # turning entities off also stops entity reference nodes
    table["entities", 0] = [("create_entity_ref_nodes", 0), ("entities", 0)]
    table["infoset", 0] = []
    table["infoset", 1] = [
        ("namespace_declarations", 0), ("validate_if_schema", 0),
        ("create_entity_ref_nodes", 0), ("entities", 0), ("cdata_sections", 0),
        ("datatype_normalization", 1), ("whitespace_in_element_content", 1),
        ("comments", 1), ("charset_overrides_xml_encoding", 1)]
    return table


class DOMBuilder:
    """Parses documents from DOMInputSources (DOM Level 3 LS-Load)."""

    entityResolver = None
    errorHandler = None
    filter = None

    ACTION_REPLACE = 1
    ACTION_APPEND_AS_CHILDREN = 2
    ACTION_INSERT_AFTER = 3
    ACTION_INSERT_BEFORE = 4
    _legal_actions = (ACTION_REPLACE, ACTION_APPEND_AS_CHILDREN,
                      ACTION_INSERT_AFTER, ACTION_INSERT_BEFORE)

    _settings = _settable()

    def __init__(self):
        self._options = Options()

    def _get_entityResolver(self):
        return self.entityResolver

    def _set_entityResolver(self, entityResolver):
        self.entityResolver = entityResolver

    def _get_errorHandler(self):
        return self.errorHandler

    def _set_errorHandler(self, errorHandler):
        self.errorHandler = errorHandler

    def _get_filter(self):
        return self.filter

    def _set_filter(self, filter):
        self.filter = filter

    def setFeature(self, name, state):
        if not self.supportsFeature(name):
            raise xml.dom.NotFoundErr("unknown feature: " + repr(name))
        settings = self._settings.get((_feature_key(name), 1 if state else 0))
        if settings is None:
            raise xml.dom.NotSupportedErr("unsupported feature: %r" % (name,))
        for option, value in settings:
            setattr(self._options, option, value)

    def supportsFeature(self, name):
        return hasattr(self._options, _feature_key(name))

    def canSetFeature(self, name, state):
        return (_feature_key(name), 1 if state else 0) in self._settings

    def getFeature(self, name):
        key = _feature_key(name)
        if hasattr(self._options, key):
            return getattr(self._options, key)
        raise xml.dom.NotFoundErr("feature %s not known" % repr(name))

    def parseURI(self, uri):
        resolver = self.entityResolver or DOMEntityResolver()
        return self.parse(resolver.resolveEntity(None, uri))

    def parse(self, input):
        options = copy.copy(self._options)
        options.filter = self.filter
        options.errorHandler = self.errorHandler
        stream = input.byteStream
        if stream is None and input.systemId:
            import urllib.request
            stream = urllib.request.urlopen(input.systemId)
        return self._parse_bytestream(stream, options)

    def parseWithContext(self, input, cnode, action):
        if action not in self._legal_actions:
            raise ValueError("not a legal action")
        raise NotImplementedError("Haven't written this yet...")

    def _parse_bytestream(self, stream, options):
        import xml.dom.expatbuilder
        document = xml.dom.expatbuilder.parse(stream)
        _apply_options(document, options)
        return document


def _apply_options(node, options):
    """Drops the comments, or turns CDATA sections into text, when those features are
    off."""
    from xml.dom.minidom import Text
    for child in list(node.childNodes):
        if child.nodeType == child.COMMENT_NODE and not options.comments:
            node.removeChild(child)
        elif child.nodeType == child.CDATA_SECTION_NODE and not options.cdata_sections:
            text = Text()
            text.data = child.data
            text.ownerDocument = child.ownerDocument
            node.replaceChild(text, child)
        else:
            _apply_options(child, options)
    if not options.cdata_sections:
        node.normalize()


class DOMEntityResolver(object):
    """Opens a system id (a URL) as a DOMInputSource."""

    __slots__ = "_opener",

    def resolveEntity(self, publicId, systemId):
        assert systemId is not None
        source = DOMInputSource()
        source.publicId = publicId
        source.systemId = systemId
        source.byteStream = self._get_opener().open(systemId)
        source.encoding = self._guess_media_encoding(source)
        import posixpath
        import urllib.parse
        scheme, netloc, path, params, query, fragment = urllib.parse.urlparse(systemId)
        if path and not path.endswith("/"):
            path = posixpath.dirname(path) + "/"
            source.baseURI = urllib.parse.urlunparse(
                (scheme, netloc, path, params, query, fragment))
        return source

    def _get_opener(self):
        try:
            return self._opener
        except AttributeError:
            self._opener = self._create_opener()
            return self._opener

    def _create_opener(self):
        import urllib.request
        return urllib.request.build_opener()

    def _guess_media_encoding(self, source):
        info = source.byteStream.info()
        if "Content-Type" in info:
            for param in info.getplist():
                if param.startswith("charset="):
                    return param.split("=", 1)[1].lower()
        return None


def _input_source_accessors(cls):
    # the DOM's _get_x/_set_x accessor pairs over the plain attributes
    for field in cls.__slots__:
        def getter(self, field=field):
            return getattr(self, field)

        def setter(self, value, field=field):
            setattr(self, field, value)
        setattr(cls, "_get_" + field, getter)
        setattr(cls, "_set_" + field, setter)
    return cls


@_input_source_accessors
class DOMInputSource(object):
    """Where a document comes from: a byte or character stream, a string, or ids."""

    __slots__ = ("byteStream", "characterStream", "stringData", "encoding", "publicId",
                 "systemId", "baseURI")

    def __init__(self):
        for field in self.__slots__:
            setattr(self, field, None)


class DOMBuilderFilter:
    """A filter a builder may consult for each element; this one accepts everything."""

    FILTER_ACCEPT = 1
    FILTER_REJECT = 2
    FILTER_SKIP = 3
    FILTER_INTERRUPT = 4

    whatToShow = NodeFilter.SHOW_ALL

    def _get_whatToShow(self):
        return self.whatToShow

    def acceptNode(self, element):
        return self.FILTER_ACCEPT

    def startContainer(self, element):
        return self.FILTER_ACCEPT


del NodeFilter


class DocumentLS:
    """Load and save on a Document: only synchronous, and only saveXML is there."""

    async_ = False

    def _get_async(self):
        return False

    def _set_async(self, flag):
        if flag:
            raise xml.dom.NotSupportedErr("asynchronous document loading is not supported")

    def abort(self):
        raise NotImplementedError("haven't figured out what this means yet")

    def load(self, uri):
        raise NotImplementedError("haven't written this yet")

    def loadXML(self, source):
        raise NotImplementedError("haven't written this yet")

    def saveXML(self, snode):
        """The XML text of snode (the whole document when None), a node of this
        document."""
        if snode is None:
            snode = self
        elif snode.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr()
        return snode.toxml()


class DOMImplementationLS:
    """The factories of Load and Save on a DOMImplementation."""

    MODE_SYNCHRONOUS = 1
    MODE_ASYNCHRONOUS = 2

    def createDOMBuilder(self, mode, schemaType):
        if schemaType is not None:
            raise xml.dom.NotSupportedErr("schemaType not yet supported")
        if mode == self.MODE_SYNCHRONOUS:
            return DOMBuilder()
        if mode == self.MODE_ASYNCHRONOUS:
            raise xml.dom.NotSupportedErr("asynchronous builders are not supported")
        raise ValueError("unknown value for mode")

    def createDOMWriter(self):
        raise NotImplementedError("the writer interface hasn't been written yet!")

    def createDOMInputSource(self):
        return DOMInputSource()
