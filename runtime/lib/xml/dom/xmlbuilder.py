"""The DOM Level 3 Load and Save pieces minidom offers: DOMBuilder with its
feature switches, DOMInputSource, DOMEntityResolver, DOMBuilderFilter, and the
DOMImplementationLS / DocumentLS mixins.

Written for Spry from the documented behaviour of CPython 3.11's module."""

import copy

import xml.dom
from xml.dom.NodeFilter import NodeFilter

__all__ = ["DOMBuilder", "DOMEntityResolver", "DOMInputSource"]


def _with_accessors(*names):
    """Class decorator adding the DOM-style _get_<name>/_set_<name> pair for
    each attribute name."""
    def add(cls):
        for name in names:
            def getter(self, _name=name):
                return getattr(self, _name)

            def setter(self, value, _name=name):
                setattr(self, _name, value)
            getter.__name__, setter.__name__ = "_get_" + name, "_set_" + name
            setattr(cls, getter.__name__, getter)
            setattr(cls, setter.__name__, setter)
        return cls
    return add


# Every feature a builder knows, with its initial setting.
_INITIAL_FEATURES = dict(
    namespaces=1, namespace_declarations=True, validation=False,
    external_parameter_entities=True, external_general_entities=True,
    external_dtd_subset=True, validate_if_schema=False, validate=False,
    datatype_normalization=False, create_entity_ref_nodes=True, entities=True,
    whitespace_in_element_content=True, cdata_sections=True, comments=True,
    charset_overrides_xml_encoding=True, infoset=False, supported_mediatypes_only=False)


class Options:
    """The feature settings a DOMBuilder parses with (class attributes hold the
    initial values; a builder's own copy records its changes)."""

    errorHandler = None
    filter = None


for _feature, _initial in _INITIAL_FEATURES.items():
    setattr(Options, _feature, _initial)
del _feature, _initial


def _feature_key(name):
    # Feature names are case-insensitive and may use '-' for '_'.
    return name.lower().replace("-", "_")


# Features that may be switched either way, and those that may only be off.
_SWITCHABLE = {"namespaces", "namespace_declarations", "external_general_entities",
               "external_parameter_entities", "create_entity_ref_nodes", "entities",
               "whitespace_in_element_content", "cdata_sections", "comments",
               "charset_overrides_xml_encoding", "infoset"}
_OFF_ONLY = {"validation", "validate_if_schema", "supported_mediatypes_only"}

# Settings that come along with a (feature, state) choice.
_IMPLIED = {
    ("entities", 0): {"create_entity_ref_nodes": 0},
    ("infoset", 1): {"namespace_declarations": 0, "validate_if_schema": 0,
                     "create_entity_ref_nodes": 0, "entities": 0, "cdata_sections": 0,
                     "datatype_normalization": 1, "whitespace_in_element_content": 1,
                     "comments": 1, "charset_overrides_xml_encoding": 1},
}


def _settable(key, state):
    return key in _SWITCHABLE or (key in _OFF_ONLY and state == 0)


@_with_accessors("entityResolver", "errorHandler", "filter")
class DOMBuilder:
    """Parses documents into minidom trees according to its features."""

    entityResolver = errorHandler = filter = None
    (ACTION_REPLACE, ACTION_APPEND_AS_CHILDREN,
     ACTION_INSERT_AFTER, ACTION_INSERT_BEFORE) = range(1, 5)

    def __init__(self):
        self._options = Options()

    def supportsFeature(self, name):
        return hasattr(self._options, _feature_key(name))

    def canSetFeature(self, name, state):
        return _settable(_feature_key(name), 1 if state else 0)

    def setFeature(self, name, state):
        if not self.supportsFeature(name):
            raise xml.dom.NotFoundErr(f"unknown feature: {name!r}")
        key, state = _feature_key(name), 1 if state else 0
        if not _settable(key, state):
            raise xml.dom.NotSupportedErr(f"unsupported feature: {name!r}")
        for other, value in _IMPLIED.get((key, state), {}).items():
            setattr(self._options, other, value)
        if key != "infoset":   # a shorthand for other settings, never stored
            setattr(self._options, key, state)

    def getFeature(self, name):
        try:
            return getattr(self._options, _feature_key(name))
        except AttributeError:
            raise xml.dom.NotFoundErr(f"feature {name!r} not known") from None

    def parseURI(self, uri):
        resolver = self.entityResolver or DOMEntityResolver()
        return self.parse(resolver.resolveEntity(None, uri))

    def parse(self, input):
        # The builder's own handlers travel with a snapshot of its settings.
        options = copy.copy(self._options)
        options.errorHandler, options.filter = self.errorHandler, self.filter
        stream = input.byteStream
        if stream is None and input.systemId:
            import urllib.request
            stream = urllib.request.urlopen(input.systemId)
        return self._parse_bytestream(stream, options)

    def parseWithContext(self, input, cnode, action):
        if action not in range(1, 5):
            raise ValueError("not a legal action")
        raise NotImplementedError("Haven't written this yet...")

    def _parse_bytestream(self, stream, options):
        from xml.dom import expatbuilder
        document = expatbuilder.parse(stream)
        if not options.comments or not options.cdata_sections:
            _apply_content_options(document, options)
        return document


def _apply_content_options(node, options):
    """Drop comments and turn CDATA sections into text, as options ask, joining
    the text nodes that end up side by side."""
    for child in list(node.childNodes):
        kind = child.nodeType
        if kind == child.COMMENT_NODE and not options.comments:
            node.removeChild(child)
        elif kind == child.CDATA_SECTION_NODE and not options.cdata_sections:
            node.replaceChild(node.ownerDocument.createTextNode(child.data), child)
        elif child.hasChildNodes():
            _apply_content_options(child, options)
    previous = None
    for child in list(node.childNodes):
        if child.nodeType == child.TEXT_NODE and previous is not None \
                and previous.nodeType == previous.TEXT_NODE:
            previous.data = previous.data + child.data
            node.removeChild(child)
        else:
            previous = child


class DOMEntityResolver:
    """Opens the resource a system id names."""

    __slots__ = ("_opener",)

    def resolveEntity(self, publicId, systemId):
        if systemId is None:
            raise ValueError("resolveEntity() needs a system id")
        import urllib.request
        source = DOMInputSource()
        source.publicId = publicId
        source.systemId = systemId
        source.byteStream = urllib.request.urlopen(systemId)
        info = getattr(source.byteStream, "info", None)
        if info is not None:
            source.encoding = info().get_content_charset()
        source.baseURI = systemId.rpartition("/")[0] + "/" if "/" in systemId else None
        return source


_INPUT_FIELDS = ("byteStream", "characterStream", "stringData", "encoding", "publicId",
                 "systemId", "baseURI")


@_with_accessors(*_INPUT_FIELDS)
class DOMInputSource:
    """Where a document comes from: a stream or string plus its ids."""

    __slots__ = _INPUT_FIELDS

    def __init__(self):
        for field in _INPUT_FIELDS:
            setattr(self, field, None)


@_with_accessors("whatToShow")
class DOMBuilderFilter:
    """Accepts every node; subclasses decide otherwise."""

    FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP, FILTER_INTERRUPT = range(1, 5)
    whatToShow = NodeFilter.SHOW_ALL

    def acceptNode(self, element):
        return self.FILTER_ACCEPT

    startContainer = acceptNode


def _not_written(message):
    def refuse(self, *args):
        raise NotImplementedError(message)
    return refuse


class DocumentLS:
    """The Load and Save methods of a Document: only saveXML does anything."""

    async_ = False   # loading is always synchronous

    def _get_async(self):
        return self.async_

    def _set_async(self, flag):
        if not flag:
            return
        raise xml.dom.NotSupportedErr("asynchronous document loading is not supported")

    abort = _not_written("haven't figured out what this means yet")
    load = loadXML = _not_written("haven't written this yet")

    def saveXML(self, snode):
        """The XML text of snode, a node of this document (itself if None)."""
        node = self if snode is None else snode
        if node is not self and node.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr()
        return node.toxml()


class DOMImplementationLS:
    """The builder factory methods of a DOMImplementation."""

    MODE_SYNCHRONOUS, MODE_ASYNCHRONOUS = 1, 2

    def createDOMInputSource(self):
        return DOMInputSource()

    def createDOMBuilder(self, mode, schemaType):
        refusal = None
        if schemaType is not None:
            refusal = xml.dom.NotSupportedErr("schemaType not yet supported")
        elif mode == self.MODE_ASYNCHRONOUS:
            refusal = xml.dom.NotSupportedErr("asynchronous builders are not supported")
        elif mode != self.MODE_SYNCHRONOUS:
            refusal = ValueError("unknown value for mode")
        if refusal is not None:
            raise refusal
        return DOMBuilder()

    createDOMWriter = _not_written("the writer interface hasn't been written yet!")
