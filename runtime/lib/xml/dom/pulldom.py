"""A pull parser giving (event, node) pairs with minidom nodes; any
element's subtree can be built on demand with expandNode().

Written for Spry from the documented behaviour of CPython 3.11's
xml.dom.pulldom.  Events are queued in a linked list of [event, next]
cells that the SAX handler appends to and the stream takes from.
"""

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

_XMLNS_URI = "http://www.w3.org/2000/xmlns/"


class PullDOM(xml.sax.ContentHandler):
    """A SAX handler turning events into minidom nodes, queued for a
    DOMEventStream.  The document is made when the root element starts;
    comments and PIs seen before wait for it."""
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        self.documentFactory = documentFactory
        self.firstEvent = [None, None]
        self.lastEvent = self.firstEvent
        self.elementStack = []
        self.push = self.elementStack.append
        self.pop = self.elementStack.pop
        self._ns_contexts = [{XML_NAMESPACE: 'xml'}]  # uri -> prefix
        self._current_context = self._ns_contexts[-1]
        self._xmlns_attrs = []
        self.pending_events = []

    def _queue(self, event):
        cell = [event, None]
        self.lastEvent[1] = cell
        self.lastEvent = cell
        return cell

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        self._xmlns_attrs.append((prefix or 'xmlns', uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElementNS(self, name, tagName, attrs):
        uri, localname = name
        if uri:
            # The reader may not give the name as written: make one from
            # the prefixes in scope.
            if tagName is None:
                prefix = self._current_context[uri]
                tagName = prefix + ":" + localname if prefix else localname
            if self.document:
                node = self.document.createElementNS(uri, tagName)
            else:
                node = self.buildDocument(uri, tagName)
        elif self.document:
            node = self.document.createElement(localname)
        else:
            node = self.buildDocument(None, localname)
        # The namespace declarations come after the other attributes.
        items = list(attrs.items())
        items += [((_XMLNS_URI, aname), value)
                  for aname, value in self._xmlns_attrs]
        self._xmlns_attrs = []
        for (a_uri, a_localname), value in items:
            if a_uri == _XMLNS_URI:
                qname = 'xmlns' if a_localname == 'xmlns' \
                    else 'xmlns:' + a_localname
                attr = self.document.createAttributeNS(a_uri, qname)
                node.setAttributeNodeNS(attr)
            elif a_uri:
                prefix = self._current_context[a_uri]
                qname = prefix + ":" + a_localname if prefix else a_localname
                attr = self.document.createAttributeNS(a_uri, qname)
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_localname)
                node.setAttributeNode(attr)
            attr.value = value
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._queue((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        if self.document:
            node = self.document.createElement(name)
        else:
            node = self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._queue((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._queue((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append([(COMMENT, s), None])

    def processingInstruction(self, target, data):
        if self.document:
            node = self.document.createProcessingInstruction(target, data)
            self._queue((PROCESSING_INSTRUCTION, node))
        else:
            self.pending_events.append(
                [(PROCESSING_INSTRUCTION, target, data), None])

    def ignorableWhitespace(self, chars):
        self._queue((IGNORABLE_WHITESPACE,
                     self.document.createTextNode(chars)))

    def characters(self, chars):
        self._queue((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.Document.implementation

    def buildDocument(self, uri, tagname):
        """Makes the document around the root element; returns the root."""
        node = self.documentFactory.createDocument(uri, tagname, None)
        self.document = node
        self._queue((START_DOCUMENT, node))
        self.push(node)
        for cell in self.pending_events:
            event = cell[0]
            if event[0] == PROCESSING_INSTRUCTION:
                made = node.createProcessingInstruction(event[1], event[2])
            elif event[0] == COMMENT:
                made = node.createComment(event[1])
            else:
                raise AssertionError("Unknown pending event ", event[0])
            cell[0] = (event[0], made)
            self.lastEvent[1] = cell
            self.lastEvent = cell
        self.pending_events = None
        return node.firstChild

    def endDocument(self):
        self._queue((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        """Drops the reference to the document."""
        self.document = None


ErrorHandler = xml.sax.handler.ErrorHandler  # prints warnings, raises errors


class DOMEventStream:
    """An iterator over the (event, node) pairs of a document read from a
    stream with a SAX parser."""

    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        if not hasattr(self.parser, 'feed'):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __next__(self):
        rc = self.getEvent()
        if rc:
            return rc
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Reads on to the end of node, building its subtree."""
        event = self.getEvent()
        parents = [node]
        while event:
            token, cur_node = event
            if cur_node is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur_node)
            if token == START_ELEMENT:
                parents.append(cur_node)
            elif token == END_ELEMENT:
                del parents[-1]
            event = self.getEvent()

    def getEvent(self):
        """The next (event, node), or None at the end."""
        pulldom = self.pulldom
        if not pulldom.firstEvent[1]:
            pulldom.lastEvent = pulldom.firstEvent
        while not pulldom.firstEvent[1]:
            buf = self.stream.read(self.bufsize)
            if not buf:
                self.parser.close()
                return None
            self.parser.feed(buf)
        rc = pulldom.firstEvent[1][0]
        pulldom.firstEvent[1] = pulldom.firstEvent[1][1]
        return rc

    def _slurp(self):
        """For parsers without feed(): parse everything first."""
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        rc = self.pulldom.firstEvent[1][0]
        self.pulldom.firstEvent[1] = self.pulldom.firstEvent[1][1]
        return rc

    def clear(self):
        """Forgets the stream, the parser and the document."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also links every node into the tree as it goes."""

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def _link_last(self):
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self._link_last()

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self._link_last()

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self._link_last()


default_bufsize = (2 ** 14) - 20


def parse(stream_or_string, parser=None, bufsize=None):
    """A DOMEventStream over a file name or a binary file."""
    if bufsize is None:
        bufsize = default_bufsize
    if isinstance(stream_or_string, str):
        stream = open(stream_or_string, 'rb')
    else:
        stream = stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    """A DOMEventStream over the document in string."""
    from io import StringIO
    bufsize = len(string)
    buf = StringIO(string)
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(buf, parser, bufsize)
