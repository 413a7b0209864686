"""The SAX 2 reader interfaces: XMLReader and IncrementalParser for drivers to
implement, Locator, InputSource, and the two attribute collections handed to
startElement / startElementNS."""

from xml.sax import handler
from xml.sax._exceptions import SAXNotRecognizedException, SAXNotSupportedException

_MUST_IMPLEMENT = "This method must be implemented!"


def _unrecognized(kind, name):
    return SAXNotRecognizedException(f"{kind} '{name}' not recognized")


class XMLReader:
    """Base of every SAX reader: it holds the four handlers and refuses all
    features and properties until a driver says otherwise."""

    def __init__(self):
        self._content = handler.ContentHandler()
        self._dtd = handler.DTDHandler()
        self._resolver = handler.EntityResolver()
        self._errors = handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError(_MUST_IMPLEMENT)

    def setContentHandler(self, handler):
        self._content = handler

    def setDTDHandler(self, handler):
        self._dtd = handler

    def setEntityResolver(self, resolver):
        self._resolver = resolver

    def setErrorHandler(self, handler):
        self._errors = handler

    def getContentHandler(self):
        return self._content

    def getDTDHandler(self):
        return self._dtd

    def getEntityResolver(self):
        return self._resolver

    def getErrorHandler(self):
        return self._errors

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        raise _unrecognized("Feature", name)

    def setFeature(self, name, state):
        raise _unrecognized("Feature", name)

    def getProperty(self, name):
        raise _unrecognized("Property", name)

    def setProperty(self, name, value):
        raise _unrecognized("Property", name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed a document piece by piece. parse() is built
    on the incremental calls: prepareParser, feed in bufsize chunks, close."""

    def __init__(self, bufsize=2**16):
        XMLReader.__init__(self)
        self._bufsize = bufsize

    def parse(self, source):
        from xml.sax.saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream() or source.getByteStream()
        for chunk in iter(lambda: stream.read(self._bufsize), stream.read(0)):
            self.feed(chunk)
        self.close()

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")

    def feed(self, data):
        raise NotImplementedError(_MUST_IMPLEMENT)

    def close(self):
        raise NotImplementedError(_MUST_IMPLEMENT)

    def reset(self):
        raise NotImplementedError(_MUST_IMPLEMENT)


class Locator:
    """Where the reader is in the document; this base knows nothing."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """Everything a reader needs to open one document: its ids, its declared
    encoding and a byte or character stream (a character stream wins)."""

    def __init__(self, system_id=None):
        self._ids = [None, system_id]       # public id, system id
        self._encoding = None
        self._streams = [None, None]        # bytes, characters

    def getPublicId(self):
        return self._ids[0]

    def getSystemId(self):
        return self._ids[1]

    def getEncoding(self):
        return self._encoding

    def getByteStream(self):
        return self._streams[0]

    def getCharacterStream(self):
        return self._streams[1]

    def setPublicId(self, value):
        self._ids[0] = value

    def setSystemId(self, value):
        self._ids[1] = value

    def setEncoding(self, value):
        self._encoding = value

    def setByteStream(self, value):
        self._streams[0] = value

    def setCharacterStream(self, value):
        self._streams[1] = value


class AttributesImpl:
    """The attributes of one element, keyed by name; names and qualified names
    are the same thing here. Every value has type CDATA."""

    def __init__(self, attrs):
        self._values = attrs

    def __len__(self):
        return len(self._values)

    def __contains__(self, name):
        return name in self._values

    def __getitem__(self, name):
        return self._values[name]

    def _known(self, name):
        if name not in self._values:
            raise KeyError(name)
        return name

    getLength = __len__
    getValue = getValueByQName = __getitem__
    getNameByQName = getQNameByName = _known

    def getType(self, name):
        return "CDATA"

    def get(self, name, alternative=None):
        return self._values.get(name, alternative)

    def keys(self):
        return [*self._values]

    getNames = getQNames = keys

    def items(self):
        return [*self._values.items()]

    def values(self):
        return [*self._values.values()]

    def copy(self):
        return type(self)(self._values)


class AttributesNSImpl(AttributesImpl):
    """Namespaced attributes: names are (uri, localname) pairs and qnames maps
    each such pair to the prefixed name written in the document."""

    def __init__(self, attrs, qnames):
        AttributesImpl.__init__(self, attrs)
        self._written = qnames

    def getNameByQName(self, name):
        for pair, written in self._written.items():
            if written == name:
                return pair
        raise KeyError(name)

    def getValueByQName(self, name):
        return self._values[self.getNameByQName(name)]

    def getQNameByName(self, name):
        return self._written[name]

    def getQNames(self):
        return [*self._written.values()]

    def copy(self):
        return type(self)(self._values, self._written)
