"""ElementTree: a tree of Elements for XML, with parsing and serialization.

Written for Spry from the documented behaviour of CPython 3.11's
xml.etree.ElementTree (whose C accelerator is the reference where the two
differ).  Parsing goes through xml.parsers.expat; canonicalize() writes
Canonical XML 2.0.
"""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
    "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"

import collections
import contextlib
import io
import re
import sys

from . import ElementPath


class ParseError(SyntaxError):
    """A document is not well-formed: code is Expat's error code and
    position the (line, column) it points at."""


def iselement(element):
    """True if element looks like an Element (has a tag)."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib (a dict), text, tail and a list of
    children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s"
                            % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of the same class."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._check(elt)
        else:
            self._check(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def _check(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    @staticmethod
    def _check_arg(e, where):
        if not isinstance(e, Element):
            raise TypeError('%s must be xml.etree.ElementTree.Element, not %s'
                            % (where, type(e).__name__))

    def append(self, subelement):
        """Adds subelement at the end."""
        self._check_arg(subelement, 'append() argument')
        self._children.append(subelement)

    def extend(self, elements):
        """Adds each of elements at the end."""
        for element in elements:
            self._check(element)
            self._children.append(element)

    def insert(self, index, subelement):
        """Inserts subelement before position index."""
        self._check_arg(subelement, 'insert() argument 2')
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Removes subelement (compared by identity or equality)."""
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        """The first child element matching path, or None."""
        if namespaces is None and _is_plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first element matching path, '' if it has
        none, default if there is no such element."""
        if namespaces is None and _is_plain_tag(path):
            child = self.find(path)
            return default if child is None else child.text or ''
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """All the elements matching path, in document order."""
        if namespaces is None and _is_plain_tag(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """The elements matching path, as an iterator."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Removes children and attributes; text and tail become None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and its descendants, depth first, keeping those
        with the given tag ('*' or None: all)."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        """The text of this element and its descendants, in order."""
        if self.text:
            yield self.text
        for child in self:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def _is_plain_tag(path):
    # A path without XPath syntax outside {uri} is a child's tag.
    if not isinstance(path, str):
        return True
    if path[:2] == '{}' or path[:3] == '{*}':
        return False
    return not _path_syntax.search(_uri_part.sub('', path))


_uri_part = re.compile(r'\{[^}]*\}?')
_path_syntax = re.compile(r'[/*\[@.]')


def SubElement(parent, tag, attrib={}, **extra):
    """A new element appended to parent."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (serialized as <!--text-->)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element (serialized as <?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or
    value; serialization gives its namespace a prefix."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A document: a root element, with parsing from and writing to
    files."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Reads the document in source (a file name or a binary file) and
        returns its root."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Writes the document to a file name or file object.  encoding
        'unicode' writes str; others write bytes (us-ascii by default, with
        character references for what the encoding cannot hold)."""
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        with _open_writer(file_or_filename, encoding) as (write, declared):
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None
                    and encoding.lower() not in ("utf-8", "us-ascii",
                                                 "unicode"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root,
                                                 default_namespace)
                _SERIALIZERS[method](write, self._root, qnames, namespaces,
                                     short_empty_elements)

    def write_c14n(self, file):
        # lxml compatibility: there is no such method here (use
        # canonicalize()), as in CPython.
        return self.write(file, method="c14n")


@contextlib.contextmanager
def _open_writer(target, encoding):
    """Yields (write, declared encoding) for a file name or file object."""
    if encoding.lower() == "unicode":
        if hasattr(target, "write"):
            declared = getattr(target, "encoding", None) or "utf-8"
            yield target.write, declared
        else:
            with open(target, "w", errors="xmlcharrefreplace") as f:
                yield f.write, f.encoding
        return
    if not hasattr(target, "write"):
        with open(target, "w", encoding=encoding,
                  errors="xmlcharrefreplace") as f:
            yield f.write, encoding
        return
    chunks = []
    yield chunks.append, encoding
    data = "".join(chunks).encode(encoding, "xmlcharrefreplace")
    if isinstance(target, io.TextIOBase):
        target.write(data.decode(encoding))
    else:
        target.write(data)


# Serialization.

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Makes serialization use prefix for uri (replacing any other
    mapping of either)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _serialization_error(value):
    raise TypeError("cannot serialize %r (type %s)"
                    % (value, type(value).__name__))


def _namespaces(root, default_namespace=None):
    """(qnames, namespaces): the serialized form of every name in the
    tree, and the prefix chosen for each namespace uri."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _serialization_error(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _start_tag(write, elem, tag, qnames, namespaces, escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                     _escape_attrib(uri)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = qnames[value.text]
        else:
            value = escape(value)
        write(' %s="%s"' % (qnames[key], value))


def _tag_of(elem, qnames):
    tag = elem.tag
    if isinstance(tag, QName):
        tag = tag.text
    return qnames[tag]


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize(write, elem, qnames, namespaces, short_empty_elements, html):
    """Writes elem as XML or, when html is true, as HTML: no empty-element
    tags, raw script and style text, escaped comments and PIs."""
    tag = elem.tag
    text = elem.text
    if tag is Comment or tag is ProcessingInstruction:
        opening, closing = ("<!--", "-->") if tag is Comment else ("<?", "?>")
        write(opening + (_escape_cdata(text) if html else "%s" % (text,))
              + closing)
    else:
        tag = _tag_of(elem, qnames)
        if tag is not None:
            _start_tag(write, elem, tag, qnames, namespaces,
                       _escape_attrib_html if html else _escape_attrib)
        if tag is not None and not html and not (
                text or len(elem) or not short_empty_elements):
            write(" />")
        else:
            if tag is not None:
                write(">")
            raw = html and tag is not None and tag.lower() in ("script",
                                                              "style")
            if text:
                write(text if raw else _escape_cdata(text))
            for child in elem:
                _serialize(write, child, qnames, None, short_empty_elements,
                           html)
            if tag is not None and not (html and tag.lower() in HTML_EMPTY):
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    _serialize(write, elem, qnames, namespaces, short_empty_elements, False)


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements):
    _serialize(write, elem, qnames, namespaces, short_empty_elements, True)


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {
    "xml": _serialize_xml,
    "html": _serialize_html,
    "text": _serialize_text,
}


def _escaper(*pairs):
    """A function replacing each character of pairs by its reference (in
    order: '&' first), raising TypeError for what is not a string."""
    def escape(text):
        try:
            for char, ref in pairs:
                if char in text:
                    text = text.replace(char, ref)
            return text
        except (TypeError, AttributeError):
            _serialization_error(text)
    return escape


_escape_cdata = _escaper(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# Parsers turn \r, \n and \t in attributes into spaces: keep them as
# references.
_escape_attrib = _escaper(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                          ("\"", "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                          ("\t", "&#09;"))
_escape_attrib_html = _escaper(("&", "&amp;"), (">", "&gt;"),
                               ("\"", "&quot;"))


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The serialized element: bytes (us-ascii by default), or str for
    encoding='unicode'."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """tostring() as a list of pieces."""
    return [tostring(element, encoding, method,
                     xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Writes the element to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place: each child on its own line, nested
    levels by one more space string.  Text that is not whitespace stays."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def prefix(depth):
        while len(prefixes) <= depth:
            prefixes.append(prefixes[-1] + space)
        return prefixes[depth]

    def walk(elem, depth):
        inner = prefix(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = prefix(depth)  # the closing tag's own line

    walk(tree, 0)


# Parsing.

def parse(source, parser=None):
    """An ElementTree of the document in source."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self.root = None
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._events = self._generate()

    def _generate(self):
        try:
            pull = self._pull
            while True:
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)


def iterparse(source, events=None, parser=None):
    """Parses source incrementally, yielding (event, element) pairs; events
    are among 'start', 'end' (the default), 'comment', 'pi', 'start-ns'
    and 'end-ns'.  The iterator's root is set once parsing ends."""
    return _IterParseIterator(source, events, parser)


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Ends the input: events for the rest become available."""
        self._close_and_return_root()

    def read_events(self):
        """The events collected so far, as an iterator of (event, value)."""
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


def XML(text, parser=None):
    """The root element of the document in text (str or bytes)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """(root, {id attribute: element}) for the document in text."""
    root = XML(text, parser)
    ids = {}
    for elem in root.iter():
        key = elem.get("id")
        if key:
            ids[key] = elem
    return root, ids


def fromstringlist(sequence, parser=None):
    """The root element of the document made of the pieces in sequence."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """A parser target that builds Elements (made by element_factory) from
    start/data/end calls.  Comments and processing instructions become
    part of the tree when insert_comments / insert_pis are true."""

    def __init__(self, element_factory=None, *,
                 comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        """The root element, once every element is closed."""
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments,
                            text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Parses XML with expat and calls the target's start(), end(),
    data(), comment(), pi(), start_ns(), end_ns(), doctype() and close()
    (those it has).  The default target is a TreeBuilder."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        parser.SkippedEntityHandler = self._skipped_entity
        # The target's methods, called directly or through a translation.
        for method, handler, via in [
                ("start", "StartElementHandler", self._start),
                ("end", "EndElementHandler", self._end),
                ("start_ns", "StartNamespaceDeclHandler", self._start_ns),
                ("end_ns", "EndNamespaceDeclHandler", self._end_ns),
                ("data", "CharacterDataHandler", None),
                ("comment", "CommentHandler", None),
                ("pi", "ProcessingInstructionHandler", None),
                ("doctype", "StartDoctypeDeclHandler", self._doctype)]:
            if hasattr(target, method):
                setattr(parser, handler, via or getattr(target, method))

    def _setevents(self, queue, events):
        parser = self._parser
        append = queue.append
        for name in events:
            if name == "start":
                def handler(tag, attrs, event=name):
                    append((event, self._start(tag, attrs)))
                parser.StartElementHandler = handler
            elif name == "end":
                def handler(tag, event=name):
                    append((event, self._end(tag)))
                parser.EndElementHandler = handler
            elif name == "start-ns":
                if hasattr(self.target, "start_ns"):
                    def handler(prefix, uri, event=name):
                        append((event, self._start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=name):
                        append((event, (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = handler
            elif name == "end-ns":
                if hasattr(self.target, "end_ns"):
                    def handler(prefix, event=name):
                        append((event, self._end_ns(prefix)))
                else:
                    def handler(prefix, event=name):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif name == "comment":
                def handler(text, event=name):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif name == "pi":
                def handler(target, data, event=name):
                    append((event, self.target.pi(target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError("unknown event %r" % name)

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attrib):
        # expat gives a new dict per element, in document order.
        fixname = self._fixname
        for key in attrib:
            if "}" in key:
                attrib = {fixname(k): v for k, v in attrib.items()}
                break
        return self.target.start(fixname(tag), attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _doctype(self, name, system, public, has_internal_subset):
        self.target.doctype(name, public, system)

    def _skipped_entity(self, name, is_parameter_entity):
        # An entity the document's external DTD may define: the entity
        # dict can supply it.
        data = getattr(self.target, "data", None)
        if data is None:
            return
        try:
            data(self.entity[name])
        except KeyError:
            parser = self.parser
            err = self._error("undefined entity &%s;: line %d, column %d"
                              % (name, parser.CurrentLineNumber,
                                 parser.CurrentColumnNumber))
            err.code = 11  # XML_ERROR_UNDEFINED_ENTITY
            err.lineno = parser.CurrentLineNumber
            err.offset = parser.CurrentColumnNumber
            raise err

    def feed(self, data):
        """Parses more of the document."""
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        """Ends the document; returns what the target's close() returns."""
        try:
            self.parser.Parse(b"", True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        else:
            return close_handler()
        finally:
            del self.parser, self._parser
            del self.target, self._target


# Canonical XML 2.0 (https://www.w3.org/TR/xml-c14n2/).

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """The C14N 2.0 form of a document given as text (xml_data) or as a
    file (from_file): returned as str, or written to out.  The options are
    those of C14NWriterTarget."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided "
                         "as input")
    sio = None
    if out is None:
        sio = out = io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return sio.getvalue() if sio is not None else None


_looks_like_prefix_name = re.compile(r'^\w+:\w+$', re.UNICODE).match
_escape_cdata_c14n = _escaper(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                              ("\r", "&#xD;"))
_escape_attrib_c14n = _escaper(("&", "&amp;"), ("<", "&lt;"),
                               ("\"", "&quot;"), ("\t", "&#x9;"),
                               ("\n", "&#xA;"), ("\r", "&#xD;"))
_XML_URI = "http://www.w3.org/XML/1998/namespace"


class C14NWriterTarget:
    """A parser target writing Canonical XML 2.0 through write().

    with_comments keeps comments; strip_text strips text around elements
    (unless xml:space="preserve"); rewrite_prefixes renames prefixes n0,
    n1, ...; qname_aware_tags / qname_aware_attrs name the tags whose text
    and the attributes whose values are QNames to keep resolvable;
    exclude_attrs / exclude_tags leave those out.
    """

    def __init__(self, write, *,
                 with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None,
                 qname_aware_attrs=None, exclude_attrs=None,
                 exclude_tags=None):
        self._write = write
        self._data = []
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._exclude_attrs = set(exclude_attrs) if exclude_attrs else None
        self._exclude_tags = set(exclude_tags) if exclude_tags else None
        self._rewrite_prefixes = rewrite_prefixes
        self._qname_aware_tags = set(qname_aware_tags) \
            if qname_aware_tags else None
        self._qname_aware_attrs = set(qname_aware_attrs) \
            if qname_aware_attrs else None
        # Per open element, the (uri, prefix) pairs written on it; the
        # outermost entry holds the predeclared xml prefix.
        self._declared_ns_stack = [[(_XML_URI, "xml")]]
        # Per open element, the (uri, prefix) pairs the document declared
        # on it; the outermost entries are the registered prefixes (when
        # prefixes are kept) and those of the element about to start.
        self._ns_stack = []
        if not rewrite_prefixes:
            self._ns_stack.append(list(_namespace_map.items()))
        self._ns_stack.append([])
        self._prefix_map = {}
        self._preserve_space = [False]
        self._pending_start = None
        self._root_seen = False
        self._root_done = False
        self._ignored_depth = 0

    @staticmethod
    def _innermost_first(ns_stack):
        for namespaces in reversed(ns_stack):
            yield from namespaces

    def _resolve_prefix_name(self, prefixed_name):
        prefix, name = prefixed_name.split(':', 1)
        for uri, p in self._innermost_first(self._ns_stack):
            if p == prefix:
                return f'{{{uri}}}{name}'
        raise ValueError(f'Prefix {prefix} of QName "{prefixed_name}" is not '
                         f'declared in scope')

    def _qname(self, qname, uri=None):
        """(written name, local name, uri) for a {uri}local name, declaring
        its namespace on the current element when it is not in scope."""
        if uri is None:
            uri, tag = qname[1:].rsplit('}', 1) if qname[:1] == '{' \
                else ('', qname)
        else:
            tag = qname
        shadowed = set()
        for u, prefix in self._innermost_first(self._declared_ns_stack):
            if u == uri and prefix not in shadowed:
                return (f'{prefix}:{tag}' if prefix else tag), tag, uri
            shadowed.add(prefix)
        if self._rewrite_prefixes:
            prefix = self._prefix_map.get(uri)
            if prefix is None:
                prefix = self._prefix_map[uri] = f'n{len(self._prefix_map)}'
            self._declared_ns_stack[-1].append((uri, prefix))
            return f'{prefix}:{tag}', tag, uri
        if not uri and '' not in shadowed:
            return tag, tag, uri  # no default namespace to undo
        for u, prefix in self._innermost_first(self._ns_stack):
            if u == uri:
                self._declared_ns_stack[-1].append((uri, prefix))
                return (f'{prefix}:{tag}' if prefix else tag), tag, uri
        if not uri:
            return tag, tag, uri
        raise ValueError(f'Namespace "{uri}" is not declared in scope')

    def data(self, data):
        if not self._ignored_depth:
            self._data.append(data)

    def _flush(self):
        data = ''.join(self._data)
        del self._data[:]
        if self._strip_text and not self._preserve_space[-1]:
            data = data.strip()
        if self._pending_start is not None:
            args, self._pending_start = self._pending_start, None
            qname_text = data if data and _looks_like_prefix_name(data) \
                else None
            self._start(*args, qname_text)
            if qname_text is not None:
                return
        if data and self._root_seen:
            self._write(_escape_cdata_c14n(data))

    def start_ns(self, prefix, uri):
        if self._ignored_depth:
            return
        if self._data:
            self._flush()  # text may hold QNames in the old scope
        self._ns_stack[-1].append((uri, prefix))

    def start(self, tag, attrs):
        if self._exclude_tags is not None and (
                self._ignored_depth or tag in self._exclude_tags):
            self._ignored_depth += 1
            return
        if self._data:
            self._flush()
        new_namespaces = []
        self._declared_ns_stack.append(new_namespaces)
        if self._qname_aware_tags is not None and tag in self._qname_aware_tags:
            # The text decides which prefixes the tag needs: wait for it.
            self._pending_start = (tag, attrs, new_namespaces)
            return
        self._start(tag, attrs, new_namespaces)

    def _start(self, tag, attrs, new_namespaces, qname_text=None):
        if self._exclude_attrs is not None and attrs:
            attrs = {k: v for k, v in attrs.items()
                     if k not in self._exclude_attrs}
        qnames = {tag, *attrs}
        resolved_names = {}
        if qname_text is not None:
            qname = resolved_names[qname_text] = \
                self._resolve_prefix_name(qname_text)
            qnames.add(qname)
        qattrs = None
        if self._qname_aware_attrs is not None and attrs:
            qattrs = self._qname_aware_attrs.intersection(attrs) or None
            for attr_name in qattrs or ():
                value = attrs[attr_name]
                if _looks_like_prefix_name(value):
                    qname = resolved_names[value] = \
                        self._resolve_prefix_name(value)
                    qnames.add(qname)
        # Prefixes are assigned in the order of the names' uris.
        parsed = {n: self._qname(n)
                  for n in sorted(qnames, key=lambda n: n.split('}', 1))}
        attr_list = sorted(('xmlns:' + prefix if prefix else 'xmlns', uri)
                           for uri, prefix in new_namespaces)
        for k, v in sorted(attrs.items()):
            if qattrs is not None and k in qattrs and v in resolved_names:
                v = parsed[resolved_names[v]][0]
            attr_qname, attr_name, uri = parsed[k]
            # Attributes in no namespace take no prefix.
            attr_list.append((attr_qname if uri else attr_name, v))
        space = attrs.get('{http://www.w3.org/XML/1998/namespace}space')
        self._preserve_space.append(space == 'preserve' if space
                                    else self._preserve_space[-1])
        write = self._write
        write('<' + parsed[tag][0])
        if attr_list:
            write(''.join([f' {k}="{_escape_attrib_c14n(v)}"'
                           for k, v in attr_list]))
        write('>')
        if qname_text is not None:
            write(_escape_cdata_c14n(parsed[resolved_names[qname_text]][0]))
        self._root_seen = True
        self._ns_stack.append([])

    def end(self, tag):
        if self._ignored_depth:
            self._ignored_depth -= 1
            return
        if self._data:
            self._flush()
        self._write(f'</{self._qname(tag)[0]}>')
        self._preserve_space.pop()
        self._root_done = len(self._preserve_space) == 1
        self._declared_ns_stack.pop()
        self._ns_stack.pop()

    def _before_markup(self):
        # Outside the root element, each node is on its own line.
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()

    def comment(self, text):
        if not self._with_comments or self._ignored_depth:
            return
        self._before_markup()
        self._write(f'<!--{_escape_cdata_c14n(text)}-->')
        if not self._root_seen:
            self._write('\n')

    def pi(self, target, data):
        if self._ignored_depth:
            return
        self._before_markup()
        self._write(f'<?{target} {_escape_cdata_c14n(data)}?>' if data
                    else f'<?{target}?>')
        if not self._root_seen:
            self._write('\n')
