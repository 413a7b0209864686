"""The ElementTree XML API: an element tree (Element, SubElement, ElementTree),
parsing through expat (XMLParser, TreeBuilder, XMLPullParser, iterparse),
serialisation as XML, HTML or text, and Canonical XML 2.0 output.

Written for Spry from the documented behaviour of CPython 3.11's module and what
it observably does; error messages follow CPython's C accelerator."""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"

import contextlib
import io
import re
import sys

from . import ElementPath

_XML_NS = "http://www.w3.org/XML/1998/namespace"


class ParseError(SyntaxError):
    """A document could not be parsed; .code is expat's error number and
    .position the (line, column) it points at."""


def iselement(element):
    """True if element looks like an Element (it has a tag)."""
    return hasattr(element, "tag")


def _type_name(value):
    return "None" if value is None else type(value).__name__


def _check_element(value, what):
    if not isinstance(value, Element):
        raise TypeError(f"{what} must be xml.etree.ElementTree.Element, "
                        f"not {_type_name(value)}")


def _expect_element(value):
    if not isinstance(value, Element):
        raise TypeError(f'expected an Element, not "{_type_name(value)}"')
    return value


# --------------------------------------------------------------------- Element

class Element:
    """One node of the tree: a tag, an attribute dict, text before the first
    child, tail text after the element, and a list of children."""

    __slots__ = ("tag", "attrib", "text", "tail", "_kids", "__weakref__")

    def __init__(self, *args, **extra):
        if not args:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"Element() takes at most 2 arguments ({len(args)} given)")
        if len(args) == 2:
            attrib = args[1]
            if not isinstance(attrib, dict):
                raise TypeError(f"Element() argument 2 must be dict, not {_type_name(attrib)}")
        else:
            # Without a positional dict, an attrib= keyword supplies it.
            attrib = extra.pop("attrib", {})
            if not isinstance(attrib, dict):
                raise TypeError(f"attrib must be dict, not {_type_name(attrib)}")
        self.tag = args[0]
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._kids = []

    def __repr__(self):
        return f"<Element {self.tag!r} at {id(self):#x}>"

    def makeelement(self, *args):
        if len(args) != 2:
            raise TypeError(f"makeelement expected 2 arguments, got {len(args)}")
        tag, attrib = args
        if not isinstance(attrib, dict):
            raise TypeError(f"makeelement() argument 2 must be dict, not {_type_name(attrib)}")
        return self.__class__(tag, dict(attrib))

    def __copy__(self):
        # A shallow copy shares the attribute dict, as CPython's does.
        twin = self.__class__(self.tag)
        twin.attrib = self.attrib
        twin.text, twin.tail = self.text, self.tail
        twin._kids = list(self._kids)
        return twin

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        twin.text = deepcopy(self.text, memo)
        twin.tail = deepcopy(self.tail, memo)
        twin._kids = [deepcopy(kid, memo) for kid in self._kids]
        memo[id(self)] = twin
        return twin

    def __getstate__(self):
        return {"tag": self.tag, "_children": list(self._kids), "attrib": self.attrib,
                "text": self.text, "tail": self.tail}

    def __setstate__(self, state):
        self.tag = state["tag"]
        self.attrib = state.get("attrib") or {}
        self.text = state.get("text")
        self.tail = state.get("tail")
        self._kids = list(state.get("_children") or ())

    def __reduce_ex__(self, protocol):
        return (self.__class__, (self.tag,), self.__getstate__())

    def __len__(self):
        return len(self._kids)

    def __bool__(self):
        return len(self._kids) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._kids[index]
        try:
            position = index.__index__()
        except AttributeError:
            raise TypeError("element indices must be integers") from None
        try:
            return self._kids[position]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = [_expect_element(item) for item in value]
            self._kids[index] = items
            return
        _expect_element(value)
        try:
            self._kids[index.__index__()] = value
        except AttributeError:
            raise TypeError("element indices must be integers") from None
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._kids[index]
            return
        try:
            del self._kids[index.__index__()]
        except AttributeError:
            raise TypeError("element indices must be integers") from None
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        _check_element(subelement, "append() argument")
        self._kids.append(subelement)

    def extend(self, elements):
        self._kids.extend([_expect_element(item) for item in elements])

    def insert(self, index, subelement):
        _check_element(subelement, "insert() argument 2")
        self._kids.insert(index, subelement)

    def remove(self, subelement):
        _check_element(subelement, "remove() argument")
        for position, kid in enumerate(self._kids):
            if kid is subelement or kid == subelement:
                del self._kids[position]
                return
        raise ValueError("list.remove(x): x not in list")

    # A path that is a bare tag (and no prefix map) is looked up among the
    # children directly, as CPython's accelerator does: a "p:x" tag is then a
    # literal name rather than an unknown prefix.

    def find(self, path, namespaces=None):
        if namespaces is None and _is_bare_tag(path):
            return next((kid for kid in self._kids if kid.tag == path), None)
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and _is_bare_tag(path):
            found = self.find(path)
            return default if found is None else found.text or ""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and _is_bare_tag(path):
            return [kid for kid in self._kids if kid.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        self._kids = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        # A stack of child iterators rather than recursion, so deep trees do
        # not run into the recursion limit.
        walks = [iter(self._kids)]
        while walks:
            for node in walks[-1]:
                if tag is None or node.tag == tag:
                    yield node
                if node._kids:
                    walks.append(iter(node._kids))
                    break
            else:
                walks.pop()

    def itertext(self):
        yield from _texts(self)


_PATH_SYNTAX = re.compile(r"[/*\[\]@.{}()=\s]")


def _is_bare_tag(path):
    return isinstance(path, str) and not _PATH_SYNTAX.search(path)


def _texts(element):
    # Text of element and its descendants in document order; the tail of the
    # element a walk starts from is not part of it.
    pending = [(element, False)]
    while pending:
        node, tail_turn = pending.pop()
        if tail_turn:
            if node.tail:
                yield node.tail
            continue
        if node.text:
            yield node.text
        if node is not element:
            pending.append((node, True))
        pending.extend((kid, False) for kid in reversed(node._kids))


def SubElement(parent, tag, attrib={}, **extra):
    """A new element with tag and attributes, appended to parent."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, "
                        f"not {_type_name(parent)}")
    if not isinstance(attrib, dict):
        raise TypeError(f"SubElement() argument 3 must be dict, not {_type_name(attrib)}")
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    """An element standing for a comment; serialised as <!--text-->."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """An element standing for a processing instruction <?target text?>."""
    node = Element(ProcessingInstruction)
    node.text = target if not text else f"{target} {text}"
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name, "{uri}local", usable as a tag, attribute name or
    attribute value; the serialiser gives its URI a prefix."""

    def __init__(self, text_or_uri, tag=None):
        self.text = text_or_uri if tag is None else f"{{{text_or_uri}}}{tag}"

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"<QName {self.text!r}>"

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


# ----------------------------------------------------------------- ElementTree

class ElementTree:
    """A whole document: a root element plus file-level parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        with _opened(source, "rb") as stream:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a "
                f"future version.  If you rely on the current behaviour, change it to {path!r}",
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        method = method or "xml"
        if method not in _METHODS:
            raise ValueError(f"unknown method {method!r}")
        encoding = encoding or "us-ascii"
        unicode = encoding.lower() == "unicode"
        # The whole document is built as one string and written at once.
        pieces = []
        wants_declaration = xml_declaration or (
            xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))
        if method == "xml" and wants_declaration:
            declared = "utf-8" if unicode else encoding
            pieces.append(f"<?xml version='1.0' encoding='{declared}'?>\n")
        if method == "text":
            pieces.extend(_texts(self._root))
        else:
            names, declarations = _namespace_plan(self._root, default_namespace)
            _serialise(pieces, self._root, names, declarations, short_empty_elements,
                       method == "html")
        document = "".join(pieces)
        if not unicode:
            document = document.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(document)
        elif unicode:
            with open(file_or_filename, "w", encoding="utf-8",
                      errors="xmlcharrefreplace") as f:
                f.write(document)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(document)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


@contextlib.contextmanager
def _opened(source, mode):
    """source itself if it can be read, else the file it names, closed after."""
    if hasattr(source, "read"):
        yield source
    else:
        with open(source, mode) as stream:
            yield stream


# ------------------------------------------------------------- serialisation

_namespace_map = {
    _XML_NS: "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Make the serialiser use prefix for uri; ns<digits> prefixes are its own."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known, taken in list(_namespace_map.items()):
        if taken == prefix or known == uri:
            del _namespace_map[known]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError(f"cannot serialize {value!r} (type {_type_name(value)})")


def _namespace_plan(root, default_namespace):
    """Map every name used in the tree to the prefixed form it is written as,
    and list the (uri, prefix) declarations the root must carry."""
    names = {}
    prefixes = {}            # uri -> prefix chosen for it
    if default_namespace:
        prefixes[default_namespace] = ""

    def prefixed(name, is_attribute):
        if name in names:
            return names[name]
        if isinstance(name, QName):
            names[name] = written = prefixed(name.text, is_attribute)
            return written
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] == "{":
            uri, _, local = name[1:].partition("}")
            prefix = prefixes.get(uri)
            if prefix is None:
                prefix = _namespace_map[uri] if uri in _namespace_map else f"ns{len(prefixes)}"
                if prefix != "xml":
                    prefixes[uri] = prefix
            written = f"{prefix}:{local}" if prefix else local
        else:
            if default_namespace and not is_attribute:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            written = name
        names[name] = written
        return written

    for node in root.iter():
        tag = node.tag
        if isinstance(tag, (str, QName)):
            if tag not in names:
                prefixed(tag, False)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in node.attrib.items():
            if key not in names:
                prefixed(key, True)
            if isinstance(value, QName) and value not in names:
                prefixed(value, False)
        if isinstance(node.text, QName) and node.text not in names:
            prefixed(node.text, False)
    declarations = sorted(prefixes.items(), key=lambda pair: pair[1])
    return names, declarations


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_TEXT_HAZARDS = re.compile("[&<>]")


def _escape_text(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    return text.translate(_TEXT_ESCAPES) if _TEXT_HAZARDS.search(text) else text


_XML_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                   "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"})
_HTML_ATTR_ESCAPES = str.maketrans({"&": "&amp;", ">": "&gt;", '"': "&quot;"})
_ATTR_HAZARDS = re.compile('[&<>"\r\n\t]')


def _escape_attribute(value, table):
    if not isinstance(value, str):
        _cannot_serialize(value)
    return value.translate(table) if _ATTR_HAZARDS.search(value) else value


def _start_tag(out, node, names, declarations, table):
    # Names are looked up directly: a QName hashes and compares like its text.
    out.append("<" + names[node.tag])
    for uri, prefix in declarations:
        name = f"xmlns:{prefix}" if prefix else "xmlns"
        out.append(f' {name}="{_escape_attribute(uri, _XML_ATTR_ESCAPES)}"')
    for key, value in node.attrib.items():
        if isinstance(value, QName):
            value = names[value]
        out.append(f' {names[key]}="{_escape_attribute(value, table)}"')


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialise(out, node, names, declarations, short_empty, html):
    """Append node (and its tail) to out as XML, or as HTML if html is set:
    then void elements get no end tag and script/style text is left raw."""
    tag = node.tag
    if tag is Comment:
        out.append(f"<!--{node.text}-->")
    elif tag is PI:
        out.append(f"<?{node.text}?>")
    elif tag is None:
        if node.text:
            out.append(_escape_text(node.text))
        for kid in node._kids:
            _serialise(out, kid, names, (), short_empty, html)
    else:
        _start_tag(out, node, names, declarations,
                   _HTML_ATTR_ESCAPES if html else _XML_ATTR_ESCAPES)
        written = names[tag]
        text = node.text
        if html:
            out.append(">")
            if text:
                raw = written.lower() in ("script", "style")
                out.append(text if raw else _escape_text(text))
        elif text or node._kids or not short_empty:
            out.append(">")
            if text:
                out.append(names[text] if isinstance(text, QName) else _escape_text(text))
        else:
            out.append(" />")
            written = None          # already closed
        for kid in node._kids:
            _serialise(out, kid, names, (), short_empty, html)
        if written is not None and not (html and written.lower() in HTML_EMPTY):
            out.append(f"</{written}>")
    if node.tail:
        out.append(_escape_text(node.tail))


_METHODS = ("xml", "html", "text")


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """element serialised: bytes in encoding (us-ascii by default), or str for
    encoding='unicode'."""
    unicode = encoding is not None and encoding.lower() == "unicode"
    sink = io.StringIO() if unicode else io.BytesIO()
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return sink.getvalue()


class _ListSink:
    """A file-like write() that keeps each piece written, for tostringlist()."""

    def __init__(self):
        self.pieces = []

    def write(self, piece):
        self.pieces.append(piece)

    def writable(self):
        return True


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring()'s result as a list of pieces that join to it."""
    sink = _ListSink()
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return sink.pieces


def dump(elem):
    """Write elem (or a tree's root) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    if not str(elem.getroot().tail or "").endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the subtree in place: blank text and tails become a newline and
    space repeated once per level of depth."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def blank(text):
        return not text or not text.strip()

    def walk(node, depth):
        inner = "\n" + space * (depth + 1)
        if blank(node.text):
            node.text = inner
        for kid in node:
            if len(kid):
                walk(kid, depth + 1)
            if blank(kid.tail):
                kid.tail = inner
        if blank(kid.tail):
            kid.tail = "\n" + space * depth

    walk(tree, level)


# ------------------------------------------------------------------- parsing

def parse(source, parser=None):
    """Parse the file or file name source into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of the document in text (str or bytes)."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """The root of text and a dict of its elements by their id attribute."""
    root = XML(text, parser)
    ids = {node.get("id"): node for node in root.iter() if node.get("id")}
    return root, ids


def fromstringlist(sequence, parser=None):
    """The root element of the document whose pieces are in sequence."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


class TreeBuilder:
    """Builds a tree from start/data/end (and comment/pi) calls; close()
    returns the root. Text is gathered and given to the element it belongs to,
    as text or as tail, when the next structural call arrives."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._make = element_factory or Element
        self._make_comment = comment_factory or Comment
        self._make_pi = pi_factory or ProcessingInstruction
        self._keep_comments = insert_comments
        self._keep_pis = insert_pis
        self._open = []          # elements started and not yet ended
        self._root = None
        self._pieces = []        # text waiting for its owner
        self._last = None        # the element the waiting text follows
        self._after_end = False  # ... as its tail rather than its text

    def _settle_text(self):
        if self._pieces:
            if self._last is not None:
                text = "".join(self._pieces)
                if self._after_end:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._pieces = []

    def close(self):
        return self._root

    def data(self, data):
        self._pieces.append(data)

    def start(self, tag, attrs):
        self._settle_text()
        node = self._make(tag, attrs)
        if self._open:
            self._open[-1].append(node)
        elif self._root is None:
            self._root = node
        else:
            raise ParseError("multiple elements on top level")
        self._open.append(node)
        self._last, self._after_end = node, False
        return node

    def end(self, tag):
        self._settle_text()
        if not self._open:
            raise IndexError("pop from empty stack")
        node = self._open.pop()
        self._last, self._after_end = node, True
        return node

    def _leaf(self, node, keep):
        if keep and self._open:
            self._settle_text()
            self._open[-1].append(node)
            self._last, self._after_end = node, True
        return node

    def comment(self, text):
        return self._leaf(self._make_comment(text), self._keep_comments)

    def pi(self, target, text=None):
        return self._leaf(self._make_pi(target, text), self._keep_pis)


def _expat():
    from xml.parsers import expat
    return expat


class XMLParser:
    """Feeds a document to expat and reports it to target (a TreeBuilder by
    default) through its start/end/data/comment/pi/start_ns/end_ns/doctype
    methods, whichever it has; close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        expat = _expat()
        self._expat = expat
        self._parser = expat.ParserCreate(encoding, "}")
        self.target = target if target is not None else TreeBuilder()
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        self._queue = None       # events list when an XMLPullParser reads them
        self._wanted = ()
        self._names = {}
        self._wire()

    def _wire(self):
        parser, target = self._parser, self.target
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, "comment"):
            parser.CommentHandler = self._comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = self._pi
        parser.StartDoctypeDeclHandler = self._doctype
        parser.ordered_attributes = 1

    def _report_events(self, queue, events):
        """Also append (event, value) pairs for events to queue."""
        self._queue = queue
        self._wanted = events
        parser = self._parser
        if "start-ns" in events or "end-ns" in events:
            parser.StartNamespaceDeclHandler = self._start_ns
            parser.EndNamespaceDeclHandler = self._end_ns
        if "comment" in events:
            parser.CommentHandler = self._comment
        if "pi" in events:
            parser.ProcessingInstructionHandler = self._pi

    def _qualified(self, name):
        # expat writes namespaced names as "uri}local"; the tree uses "{uri}local".
        known = self._names.get(name)
        if known is None:
            known = self._names[name] = "{" + name if "}" in name else name
        return known

    def _start(self, tag, attributes):
        qualify = self._qualified
        attrib = {}
        for position in range(0, len(attributes), 2):
            attrib[qualify(attributes[position])] = attributes[position + 1]
        node = self.target.start(qualify(tag), attrib)
        if self._queue is not None and "start" in self._wanted:
            self._queue.append(("start", node))

    def _end(self, tag):
        node = self.target.end(self._qualified(tag))
        if self._queue is not None and "end" in self._wanted:
            self._queue.append(("end", node))

    def _start_ns(self, prefix, uri):
        prefix, uri = prefix or "", uri or ""
        if hasattr(self.target, "start_ns"):
            self.target.start_ns(prefix, uri)
        if self._queue is not None and "start-ns" in self._wanted:
            self._queue.append(("start-ns", (prefix, uri)))

    def _end_ns(self, prefix):
        if hasattr(self.target, "end_ns"):
            self.target.end_ns(prefix or "")
        if self._queue is not None and "end-ns" in self._wanted:
            self._queue.append(("end-ns", None))

    def _comment(self, text):
        made = self.target.comment(text) if hasattr(self.target, "comment") else None
        if self._queue is not None and "comment" in self._wanted:
            self._queue.append(("comment", made))

    def _pi(self, target, data):
        made = self.target.pi(target, data) if hasattr(self.target, "pi") else None
        if self._queue is not None and "pi" in self._wanted:
            self._queue.append(("pi", made))

    def _doctype(self, name, system, public, has_internal_subset):
        report = getattr(self.target, "doctype", None)
        if report is not None:
            report(name, public, system)

    def _default(self, text):
        # Only entity references expat could not expand reach here: they may be
        # defined by the caller in self.entity.
        if text[:1] != "&" or text[-1:] != ";":
            return
        name = text[1:-1]
        if name in self.entity:
            if hasattr(self.target, "data"):
                self.target.data(self.entity[name])
            return
        expat = self._expat
        failure = ParseError(f"undefined entity {text}: line {self._parser.ErrorLineNumber}, "
                             f"column {self._parser.ErrorColumnNumber}")
        failure.code = expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]
        failure.position = (self._parser.ErrorLineNumber, self._parser.ErrorColumnNumber)
        raise failure

    def _parse(self, data, final):
        try:
            self._parser.Parse(data, final)
        except self._expat.error as e:
            failure = ParseError(str(e))
            failure.code = e.code
            failure.position = (e.lineno, e.offset)
            raise failure from None

    def feed(self, data):
        self._parse(data, False)

    def close(self):
        self._parse(b"", True)
        closing = getattr(self.target, "close", None)
        result = closing() if closing is not None else None
        self.target = self._parser = None
        return result


_KNOWN_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """A non-blocking parser: feed() it data as it arrives and collect
    (event, value) pairs from read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        events = ("end",) if events is None else tuple(events)
        for event in events:
            if event not in _KNOWN_EVENTS:
                raise ValueError(f"unknown event {event!r}")
        self._parser._report_events(self._events, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as failure:
                self._events.append(failure)

    def _finish(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._finish()

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParse:
    """iterparse()'s iterator; .root is set once the whole document is read."""

    def __init__(self, source, events, parser):
        self.root = None
        self._pull = XMLPullParser(events, _parser=parser)
        self._owned = not hasattr(source, "read")
        self._source = open(source, "rb") if self._owned else source
        self._steps = self._run()

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                chunk = self._source.read(16 * 1024)
                if not chunk:
                    break
                self._pull.feed(chunk)
            root = self._pull._finish()
            yield from self._pull.read_events()
            self.root = root
        finally:
            if self._owned:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def iterparse(source, events=None, parser=None):
    """Parse source incrementally, yielding (event, element) pairs; events
    defaults to ('end',)."""
    return _IterParse(source, events, parser)


# ------------------------------------------------------------ Canonical XML

_QNAME_VALUE = re.compile(r"([^\s:]+):([^\s:]+)\Z")


def _split_qualified(name):
    if name[:1] == "{":
        uri, _, local = name[1:].partition("}")
        return uri, local
    return "", name


class C14NWriterTarget:
    """A parser target that writes the events it receives as Canonical XML 2.0
    through write(). Namespace declarations are moved to where a prefix is
    first used; with rewrite_prefixes every namespace gets a fresh n<number>
    prefix."""

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None, qname_aware_attrs=None,
                 exclude_attrs=None, exclude_tags=None):
        self._write = write
        self._comments = with_comments
        self._strip = strip_text
        self._rewrite = rewrite_prefixes
        self._qname_tags = set(qname_aware_tags or ())
        self._qname_attrs = set(qname_aware_attrs or ())
        self._skip_attrs = set(exclude_attrs or ())
        self._skip_tags = set(exclude_tags or ())
        self._source_scopes = [[("xml", _XML_NS)]]   # declarations seen, per element
        self._pending_ns = []                        # declared for the next element
        self._written_scopes = [{"xml": _XML_NS}]     # prefix -> uri in the output
        self._fresh = {}                             # uri -> rewritten prefix
        self._text = []
        self._preserve = [False]
        self._depth = 0          # open elements written so far
        self._skipping = 0       # depth inside an excluded element
        self._seen_root = False
        self._deferred = None    # a qname-aware start tag waiting for its text

    # -- names

    def _source_prefix(self, uri):
        for scope in reversed(self._source_scopes):
            for prefix, bound in scope:
                if bound == uri:
                    return prefix
        return None

    def _source_uri(self, prefix):
        for scope in reversed(self._source_scopes):
            for bound_prefix, uri in scope:
                if bound_prefix == prefix:
                    return uri
        return None

    def _output_prefix(self, uri):
        """The prefix uri is written with, and whether that binding is new here."""
        if uri == _XML_NS:
            return "xml"
        if self._rewrite:
            return self._fresh[uri]
        if uri == "":
            return ""
        prefix = self._source_prefix(uri)
        if prefix is None:
            raise ValueError(f"Namespace {uri!r} is not declared in scope")
        return prefix

    def _resolve_value(self, value, needed):
        """The written form of a prefix:local value, noting the URI it needs."""
        match = _QNAME_VALUE.match(value)
        if not match:
            return value
        prefix, local = match.groups()
        uri = self._source_uri(prefix)
        if uri is None:
            raise ValueError(f'Prefix {prefix} of QName "{value}" is not declared in scope')
        needed.append(uri)
        return ("{%s}%s" % (uri, local), prefix)

    # -- events

    def start_ns(self, prefix, uri):
        if self._skipping:
            return
        self._flush_text()
        self._pending_ns.append((prefix, uri))

    def start(self, tag, attrs):
        if self._skipping or tag in self._skip_tags:
            self._skipping += 1
            self._pending_ns = []
            return
        self._flush_text()
        self._source_scopes.append(self._pending_ns)
        self._pending_ns = []
        space = attrs.get("{%s}space" % _XML_NS)
        self._preserve.append(space == "preserve" if space is not None else self._preserve[-1])
        if tag in self._qname_tags:
            self._deferred = (tag, attrs)
            self._text = []
            return
        self._open_element(tag, attrs, None)

    def _open_element(self, tag, attrs, text_value):
        needed = [_split_qualified(tag)[0]]
        kept = []
        for name, value in attrs.items():
            if name in self._skip_attrs:
                continue
            uri, local = _split_qualified(name)
            if uri != "" or self._rewrite:
                needed.append(uri)
            if name in self._qname_attrs:
                value = self._resolve_value(value, needed)
            kept.append((uri, local, value))
        if text_value is not None:
            text_value = self._resolve_value(text_value, needed)
        if self._rewrite:
            for uri in sorted(set(needed) - set(self._fresh) - {_XML_NS}):
                self._fresh[uri] = f"n{len(self._fresh)}"
        # Declarations: each prefix used here whose output binding differs.
        visible = self._written_scopes[-1]
        declare = {}
        for uri in needed:
            if uri == _XML_NS:
                continue
            prefix = self._output_prefix(uri)
            if uri == "" and not self._rewrite:
                if visible.get("", "") != "":
                    declare[""] = ""
                continue
            if visible.get(prefix) != uri:
                declare[prefix] = uri
        self._written_scopes.append({**visible, **declare})

        def written(uri, local):
            prefix = self._output_prefix(uri) if (uri or self._rewrite) else ""
            return f"{prefix}:{local}" if prefix else local

        def show(value):
            if isinstance(value, tuple):
                uri, local = _split_qualified(value[0])
                return written(uri, local)
            return value

        out = ["<" + written(*_split_qualified(tag))]
        for prefix in sorted(declare):
            name = f"xmlns:{prefix}" if prefix else "xmlns"
            out.append(f' {name}="{_c14n_attribute(declare[prefix])}"')
        for uri, local, value in sorted(kept, key=lambda item: (item[0], item[1])):
            name = written(uri, local) if uri else local
            out.append(f' {name}="{_c14n_attribute(show(value))}"')
        out.append(">")
        self._write("".join(out))
        self._depth += 1
        self._seen_root = True
        if text_value is not None:
            self._write(_c14n_text(show(text_value)))

    def _release_deferred(self):
        if self._deferred is not None:
            tag, attrs = self._deferred
            self._deferred = None
            text = "".join(self._text)
            self._text = []
            if self._strip and not self._preserve[-1]:
                text = text.strip()
            self._open_element(tag, attrs, text if text else None)

    def end(self, tag):
        if self._skipping:
            self._skipping -= 1
            return
        if self._deferred is not None:
            self._release_deferred()
        else:
            self._flush_text()
        self._write(f"</{self._written_tag(tag)}>")
        self._written_scopes.pop()
        self._source_scopes.pop()
        self._preserve.pop()
        self._depth -= 1

    def _written_tag(self, tag):
        uri, local = _split_qualified(tag)
        prefix = self._output_prefix(uri) if (uri or self._rewrite) else ""
        return f"{prefix}:{local}" if prefix else local

    def data(self, data):
        if not self._skipping:
            self._text.append(data)

    def _flush_text(self):
        if self._deferred is not None:
            self._release_deferred()
            return
        if not self._text:
            return
        text = "".join(self._text)
        self._text = []
        if self._strip and not self._preserve[-1]:
            text = text.strip()
        if text and self._depth:
            self._write(_c14n_text(text))

    def _outside_root(self, markup):
        # Outside the root element comments and PIs sit on lines of their own.
        if self._depth:
            self._write(markup)
        elif self._seen_root:
            self._write("\n" + markup)
        else:
            self._write(markup + "\n")

    def comment(self, text):
        if self._skipping or not self._comments:
            return
        self._flush_text()
        self._outside_root(f"<!--{text}-->")

    def pi(self, target, data):
        if self._skipping:
            return
        self._flush_text()
        self._outside_root(f"<?{target} {data}?>" if data else f"<?{target}?>")

    def close(self):
        return None


def _c14n_text(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#xD;"))


def _c14n_attribute(value):
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .replace("\t", "&#x9;").replace("\n", "&#xA;").replace("\r", "&#xD;"))


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """The Canonical XML 2.0 form of xml_data (or of the file from_file):
    returned as a str, or written to out (a text stream) if given."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    collected = None
    if out is None:
        out = collected = io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return collected.getvalue() if collected is not None else None
