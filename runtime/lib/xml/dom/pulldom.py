"""A pull interface to DOM building: a SAX handler turns parse events into
(event, node) pairs that DOMEventStream hands out one at a time, reading more
of the document only when it runs dry. expandNode() fills in the subtree of
the element just pulled.

Written for Spry from the documented behaviour of CPython 3.11's module."""

import collections

import xml.sax
import xml.sax.handler

START_ELEMENT = "START_ELEMENT"
END_ELEMENT = "END_ELEMENT"
COMMENT = "COMMENT"
START_DOCUMENT = "START_DOCUMENT"
END_DOCUMENT = "END_DOCUMENT"
PROCESSING_INSTRUCTION = "PROCESSING_INSTRUCTION"
IGNORABLE_WHITESPACE = "IGNORABLE_WHITESPACE"
CHARACTERS = "CHARACTERS"

default_bufsize = (2 ** 14) - 20

_XMLNS = "http://www.w3.org/2000/xmlns/"
_XML = "http://www.w3.org/XML/1998/namespace"


class PullDOM(xml.sax.ContentHandler):
    """Makes a detached DOM node for each SAX event and queues (event, node).
    Only the document element is attached (to the document); expandNode()
    does the rest on demand."""

    def __init__(self, documentFactory=None):
        super().__init__()
        if documentFactory is None:
            from xml.dom import minidom
            documentFactory = minidom.getDOMImplementation()
        self.documentFactory = documentFactory
        self.document = None
        self._queue = collections.deque()
        self._open = []                    # the document, then open elements
        self._scopes = [{_XML: "xml"}]     # uri -> prefix, one dict per mapping
        self._declarations = []            # (prefix, uri) for the next element

    def _queue_event(self, event, node):
        self._queue.append((event, node))

    def pop(self):
        """Remove and return the innermost open node."""
        return self._open.pop()

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        self._declarations.append((prefix, uri))
        self._scopes.append({**self._scopes[-1], uri: prefix or ""})

    def endPrefixMapping(self, prefix):
        self._scopes.pop()

    def _attach(self, node):
        # Only the document element hangs in the tree while pulling.
        if self.document.documentElement is None:
            self.document.appendChild(node)

    def startElementNS(self, name, tagName, attrs):
        uri, local = name
        document = self.document
        if uri:
            if tagName is None:
                prefix = self._scopes[-1].get(uri)
                tagName = f"{prefix}:{local}" if prefix else local
            node = document.createElementNS(uri, tagName)
        else:
            node = document.createElement(local)
        for (attr_uri, attr_local), value in attrs.items():
            if attr_uri:
                prefix = self._scopes[-1].get(attr_uri)
                qname = f"{prefix}:{attr_local}" if prefix else attr_local
                attribute = document.createAttributeNS(attr_uri, qname)
            else:
                attribute = document.createAttribute(attr_local)
            attribute.value = value
            node.setAttributeNodeNS(attribute)
        for prefix, declared in self._declarations:
            attribute = document.createAttributeNS(
                _XMLNS, f"xmlns:{prefix}" if prefix else "xmlns")
            attribute.value = declared
            node.setAttributeNodeNS(attribute)
        self._declarations = []
        self._attach(node)
        self._open.append(node)
        self._queue_event(START_ELEMENT, node)

    def endElementNS(self, name, tagName):
        self._queue_event(END_ELEMENT, self.pop())

    def startElement(self, name, attrs):
        node = self.document.createElement(name)
        for attr_name, value in attrs.items():
            attribute = self.document.createAttribute(attr_name)
            attribute.value = value
            node.setAttributeNode(attribute)
        self._attach(node)
        self._open.append(node)
        self._queue_event(START_ELEMENT, node)

    def endElement(self, name):
        self._queue_event(END_ELEMENT, self.pop())

    def comment(self, s):
        self._queue_event(COMMENT, self.document.createComment(s))

    def processingInstruction(self, target, data):
        self._queue_event(PROCESSING_INSTRUCTION,
                          self.document.createProcessingInstruction(target, data))

    def ignorableWhitespace(self, chars):
        self._queue_event(IGNORABLE_WHITESPACE, self.document.createTextNode(chars))

    def characters(self, chars):
        self._queue_event(CHARACTERS, self.document.createTextNode(chars))

    def startDocument(self):
        self.document = self.documentFactory.createDocument(None, None, None)
        self._open.append(self.document)
        self._queue_event(START_DOCUMENT, self.document)

    def buildDocument(self, uri, tagname):
        """A fresh document whose element is tagname in namespace uri."""
        document = self.documentFactory.createDocument(uri, tagname, None)
        self.document = document
        return document.documentElement

    def endDocument(self):
        self._queue_event(END_DOCUMENT, self.document)
        self.pop()

    def clear(self):
        self.document = None
        self._queue.clear()
        self._open = []


class ErrorHandler:
    """Prints warnings; errors and fatal errors are raised."""

    def error(self, exception):
        raise exception

    fatalError = error

    def warning(self, exception):
        print(exception)


class DOMEventStream:
    """Iterates over the (event, node) pairs of a document read from stream
    with parser, bufsize characters or bytes at a time."""

    def __init__(self, stream, parser, bufsize):
        self.stream, self.parser, self.bufsize = stream, parser, bufsize
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __iter__(self):
        return self

    def __next__(self):
        event = self.getEvent()
        if event is None:
            raise StopIteration
        return event

    def getEvent(self):
        """The next (event, node) pair, or None at the end. The end of the
        input is reported once (by None) before any events it produced."""
        queue = self.pulldom._queue
        while not queue:
            chunk = self.stream.read(self.bufsize)
            if not chunk:
                self.parser.close()
                return None
            self.parser.feed(chunk)
        return queue.popleft()

    def expandNode(self, node):
        """Pull the events up to node's end, building its subtree."""
        parents = [node]
        while True:
            event = self.getEvent()
            if event is None:
                return
            kind, current = event
            if current is node:
                return
            if kind == END_ELEMENT:
                parents.pop()
                continue
            parents[-1].appendChild(current)
            if kind == START_ELEMENT:
                parents.append(current)

    def clear(self):
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also links every node into the tree as it is made."""

    def _link_last(self):
        node = self._queue[-1][1]
        parent = self._open[-2] if len(self._open) > 1 else self._open[-1]
        if node.parentNode is None:
            parent.appendChild(node)

    def startElementNS(self, name, tagName, attrs):
        super().startElementNS(name, tagName, attrs)
        self._link_last()

    def startElement(self, name, attrs):
        super().startElement(name, attrs)
        self._link_last()

    def _link_leaf(self):
        node = self._queue[-1][1]
        if self._open:
            self._open[-1].appendChild(node)

    def processingInstruction(self, target, data):
        super().processingInstruction(target, data)
        self._link_leaf()

    def ignorableWhitespace(self, chars):
        super().ignorableWhitespace(chars)
        self._link_leaf()

    def characters(self, chars):
        super().characters(chars)
        self._link_leaf()


def parse(stream_or_string, parser=None, bufsize=None):
    """A DOMEventStream over a file name or file object."""
    if bufsize is None:
        bufsize = default_bufsize
    stream = open(stream_or_string, "rb") if isinstance(stream_or_string, str) \
        else stream_or_string
    return DOMEventStream(stream, parser or xml.sax.make_parser(), bufsize)


def parseString(string, parser=None):
    """A DOMEventStream over a document held in a str."""
    import io
    return DOMEventStream(io.StringIO(string), parser or xml.sax.make_parser(), len(string))
