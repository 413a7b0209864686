"""Helpers for SAX applications: text and attribute escaping, XMLGenerator (a
ContentHandler that writes the events back out as XML), XMLFilterBase (a reader
that sits between a parent reader and the application), prepare_input_source."""

import codecs
import io
import os
import sys
import urllib.parse

from xml.sax import handler, xmlreader

_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _replace_all(text, pairs):
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape &, < and > in data, then apply the extra replacements in entities."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities.items())


def unescape(data, entities={}):
    """Turn &lt;, &gt; and the keys of entities back into text; &amp; goes last
    so that an escaped entity name is not expanded twice."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape data for use as an attribute value and wrap it in quotes, choosing
    the quote character that needs no escaping when there is one."""
    data = escape(data, {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"%s"' % data.replace('"', "&quot;")


class _WriteOnly(io.BufferedIOBase):
    """Presents any object with write() as a binary stream a TextIOWrapper can sit
    on, without ever closing the caller's object."""

    def __init__(self, target):
        self._target = target

    def writable(self):
        return True

    def write(self, data):
        self._target.write(data)
        return len(data)

    def flush(self):
        flush = getattr(self._target, "flush", None)
        if flush is not None:
            flush()

    def close(self):
        pass


def _text_stream(out, encoding):
    """A text stream on top of out that encodes (unencodable characters become
    character references) and writes through at once."""
    if out is None:
        return sys.stdout
    if isinstance(out, (io.TextIOBase, codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out
    return io.TextIOWrapper(_WriteOnly(out), encoding=encoding, errors="xmlcharrefreplace",
                            newline="\n", write_through=True)


class XMLGenerator(handler.ContentHandler):
    """Writes the events it receives as an XML document to out (sys.stdout by
    default). With short_empty_elements, an element with no content is written
    as <name/>; otherwise the start tag's '>' waits until content arrives."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        self._out = _text_stream(out, encoding)
        self._encoding = encoding
        self._short_empty = short_empty_elements
        self._tag_open = False        # a start tag is written but not yet closed
        self._prefixes = {_XML_NS: "xml"}
        self._saved_prefixes = [self._prefixes.copy()]
        self._new_declarations = []   # (prefix, uri) to declare on the next element

    def _emit(self, text):
        self._out.write(text)

    def _close_start_tag(self):
        if self._tag_open:
            self._emit(">")
            self._tag_open = False

    def _prefixed(self, pair):
        uri, local = pair
        if not uri:
            return local
        prefix = "xml" if uri == _XML_NS else self._prefixes[uri]
        return f"{prefix}:{local}" if prefix else local

    def _as_text(self, content):
        if isinstance(content, str):
            return content
        return str(content, self._encoding)

    def startDocument(self):
        self._emit(f'<?xml version="1.0" encoding="{self._encoding}"?>\n')

    def endDocument(self):
        self._out.flush()

    def startPrefixMapping(self, prefix, uri):
        self._saved_prefixes.append(self._prefixes.copy())
        self._prefixes[uri] = prefix
        self._new_declarations.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefixes = self._saved_prefixes[-1]
        del self._saved_prefixes[-1]

    def _start_tag(self, name, attributes):
        self._close_start_tag()
        self._emit("<" + name)
        for attr_name, value in attributes:
            self._emit(f" {attr_name}={value}")
        if self._short_empty:
            self._tag_open = True
        else:
            self._emit(">")

    def _end_tag(self, name):
        if self._tag_open:
            self._emit("/>")
            self._tag_open = False
        else:
            self._emit(f"</{name}>")

    def startElement(self, name, attrs):
        self._start_tag(name, [(key, quoteattr(value)) for key, value in attrs.items()])

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        # Declarations are written verbatim, before the element's own attributes.
        attributes = [("xmlns:" + prefix if prefix else "xmlns", f'"{uri}"')
                      for prefix, uri in self._new_declarations]
        self._new_declarations = []
        attributes += [(self._prefixed(pair), quoteattr(value))
                       for pair, value in attrs.items()]
        self._start_tag(self._prefixed(name), attributes)

    def endElementNS(self, name, qname):
        self._end_tag(self._prefixed(name))

    def characters(self, content):
        if content:
            self._close_start_tag()
            self._emit(escape(self._as_text(content)))

    def ignorableWhitespace(self, content):
        if content:
            self._close_start_tag()
            self._emit(self._as_text(content))

    def processingInstruction(self, target, data):
        self._close_start_tag()
        self._emit(f"<?{target} {data}?>")


def _relay(handler_slot, event):
    """A method that passes event on to the handler stored in handler_slot."""
    def relay(self, *args):
        return getattr(getattr(self, handler_slot), event)(*args)
    relay.__name__ = relay.__qualname__ = event
    return relay


def _ask_parent(request):
    """A method that hands request to the parent reader."""
    def ask(self, *args):
        return getattr(self._parent, request)(*args)
    ask.__name__ = ask.__qualname__ = request
    return ask


class XMLFilterBase(xmlreader.XMLReader):
    """A reader that reads through its parent and passes every event on to its
    own handlers unchanged; subclasses override the events they want to alter."""

    def __init__(self, parent=None):
        super().__init__()
        self._parent = parent

    def parse(self, source):
        # The parent reports to this filter, which relays to the application.
        for install in (self._parent.setContentHandler, self._parent.setErrorHandler,
                        self._parent.setEntityResolver, self._parent.setDTDHandler):
            install(self)
        self._parent.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


for _slot, _events in (
        ("_errors", "error fatalError warning"),
        ("_content", "setDocumentLocator startDocument endDocument startPrefixMapping "
                     "endPrefixMapping startElement endElement startElementNS "
                     "endElementNS characters ignorableWhitespace "
                     "processingInstruction skippedEntity"),
        ("_dtd", "notationDecl unparsedEntityDecl"),
        ("_resolver", "resolveEntity")):
    for _event in _events.split():
        setattr(XMLFilterBase, _event, _relay(_slot, _event))
for _request in ("setLocale", "getFeature", "setFeature", "getProperty", "setProperty"):
    setattr(XMLFilterBase, _request, _ask_parent(_request))
del _slot, _events, _event, _request


def _source_reading(stream):
    """An InputSource over an open file object, named after its file if it has one."""
    source = xmlreader.InputSource()
    text = isinstance(stream.read(0), str)
    (source.setCharacterStream if text else source.setByteStream)(stream)
    name = getattr(stream, "name", None)
    if isinstance(name, str):
        source.setSystemId(name)
    return source


def _open_system_id(source, base):
    """Open what source's system id names: a file relative to base's directory
    if there is one, else the URL it makes joined to base."""
    wanted = source.getSystemId()
    path = os.path.join(os.path.dirname(os.path.normpath(base)), wanted)
    if os.path.isfile(path):
        source.setSystemId(path)
        return open(path, "rb")
    import urllib.request
    url = urllib.parse.urljoin(base, wanted)
    source.setSystemId(url)
    return urllib.request.urlopen(url)


def prepare_input_source(source, base=""):
    """Turn source (an InputSource, a system id, a path or a file object) into an
    InputSource with a stream to read, opening the file or URL it names
    (relative to base) when it has none."""
    if isinstance(source, (str, os.PathLike)):
        source = xmlreader.InputSource(os.fspath(source))
    elif hasattr(source, "read"):
        source = _source_reading(source)
    if source.getByteStream() is None and source.getCharacterStream() is None:
        source.setByteStream(_open_system_id(source, base))
    return source
