"""Helpers for SAX: escaping, XMLGenerator (a handler writing XML back),
XMLFilterBase and prepare_input_source."""

import io
import os
import sys

from . import handler
from . import xmlreader


def _replace_all(s, table):
    for key, value in table.items():
        s = s.replace(key, value)
    return s


def escape(data, entities={}):
    """Escapes '&', '<' and '>' in data, then the keys of entities."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities)
    return data


def unescape(data, entities={}):
    """Undoes escape(): '&lt;', '&gt;', the entities, then '&amp;'."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped and quoted for use as an attribute value."""
    entities = {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'}
    data = escape(data, entities)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


class _EncodingWriter:
    """Writes str to a binary stream in an encoding, with character
    references for what it cannot hold."""

    def __init__(self, stream, encoding):
        self._stream = stream
        self._encoding = encoding

    def write(self, text):
        self._stream.write(text.encode(self._encoding, 'xmlcharrefreplace'))

    def flush(self):
        flush = getattr(self._stream, 'flush', None)
        if flush is not None:
            flush()


def _text_writer(out, encoding):
    if out is None:
        return sys.stdout
    if isinstance(out, io.TextIOBase):
        return out
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        return _EncodingWriter(out, encoding)
    try:
        out.write(b'')
    except TypeError:
        return out  # a text stream of another kind
    return _EncodingWriter(out, encoding)


class XMLGenerator(handler.ContentHandler):
    """A content handler that writes the events it gets as XML to out
    (stdout by default)."""

    def __init__(self, out=None, encoding="iso-8859-1",
                 short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        out = _text_writer(out, encoding)
        self._write = out.write
        self._flush = out.flush
        self._ns_contexts = [{}]  # uri -> prefix, one dict per level
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        uri, local = name
        if uri:
            # The xml prefix is bound by definition and never declared.
            if uri == 'http://www.w3.org/XML/1998/namespace':
                return 'xml:' + local
            prefix = self._current_context[uri]
            if prefix:
                return prefix + ":" + local
        return local

    def _finish_pending_start_element(self):
        if self._pending_start_element:
            self._write('>')
            self._pending_start_element = False

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def _open(self, tag):
        self._finish_pending_start_element()
        self._write('<' + tag)

    def _end_open(self):
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def _close(self, tag):
        if self._pending_start_element:
            self._write('/>')
            self._pending_start_element = False
        else:
            self._write('</%s>' % tag)

    def startElement(self, name, attrs):
        self._open(name)
        for aname, value in attrs.items():
            self._write(' %s=%s' % (aname, quoteattr(value)))
        self._end_open()

    def endElement(self, name):
        self._close(name)

    def startElementNS(self, name, qname, attrs):
        self._open(self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for aname, value in attrs.items():
            self._write(' %s=%s' % (self._qname(aname), quoteattr(value)))
        self._end_open()

    def endElementNS(self, name, qname):
        self._close(self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write('<?%s %s?>' % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """An XMLReader between a parent reader and the application's
    handlers, passing every event through unchanged."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    # ContentHandler
    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    # DTDHandler
    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    # XMLReader
    def parse(self, source):
        self._parent.setContentHandler(self)
        self._parent.setErrorHandler(self)
        self._parent.setEntityResolver(self)
        self._parent.setDTDHandler(self)
        self._parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=""):
    """An InputSource for source: a file name, a file object or an
    InputSource (opened when it has no stream)."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        f = source
        source = xmlreader.InputSource()
        if isinstance(f.read(0), str):
            source.setCharacterStream(f)
        else:
            source.setByteStream(f)
        if hasattr(f, "name") and isinstance(f.name, str):
            source.setSystemId(f.name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        sysid = source.getSystemId()
        basehead = os.path.dirname(os.path.normpath(base))
        filename = os.path.join(basehead, sysid)
        if os.path.isfile(filename):
            source.setSystemId(filename)
        else:
            # Only file: URLs can be fetched (there is no urllib.request).
            import urllib.parse
            url = urllib.parse.urljoin(base, sysid)
            source.setSystemId(url)
            if not url.startswith("file:"):
                raise ValueError("unknown url type: %r" % url)
            filename = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        source.setByteStream(open(filename, "rb"))
    return source
