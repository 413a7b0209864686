"""A small DOM Level 2 implementation: Document, Element, Attr, Text and the
other node types, with toxml()/toprettyxml() serialisation, and parse() /
parseString() through xml.dom.expatbuilder (or pulldom with a SAX parser).

Written for Spry from the documented behaviour of CPython 3.11's module.
Children are kept in a NodeList on each parent; every node also carries its
parent and both siblings, which _relink keeps in step after each change."""

import xml.dom
# EMPTY_NAMESPACE and XMLNS_NAMESPACE are also this module's, as callers expect.
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, domreg
from xml.dom.minicompat import EmptyNodeList, NodeList
from xml.dom.xmlbuilder import DOMImplementationLS, DocumentLS

_N = xml.dom.Node


def _relink(children, index):
    """Fix the sibling links around children[index] after it changed."""
    node = children[index]
    before = children[index - 1] if index > 0 else None
    after = children[index + 1] if index + 1 < len(children) else None
    node.previousSibling, node.nextSibling = before, after
    if before is not None:
        before.nextSibling = node
    if after is not None:
        after.previousSibling = node


def _split_qname(qname):
    prefix, colon, local = qname.partition(":")
    return (prefix, local) if colon else (EMPTY_PREFIX, qname)


def _escaped(text):
    if text and any(c in text for c in '&<">'):
        text = (text.replace("&", "&amp;").replace("<", "&lt;")
                .replace('"', "&quot;").replace(">", "&gt;"))
    return text


def _write_data(writer, data):
    if data:
        writer.write(_escaped(data))


def _position(children, node):
    for index, child in enumerate(children):
        if child is node:
            return index
    raise xml.dom.NotFoundErr()


class _Pieces(list):
    """A writer for writexml() that keeps what is written, to join once."""
    write = list.append


def _forget_siblings(node):
    node.parentNode = node.previousSibling = node.nextSibling = None


class Node(xml.dom.Node):
    """What every node has: its place in the tree and child management."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    _allowed = ()
    _user_data = None

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        pieces = _Pieces()
        if self.nodeType == _N.DOCUMENT_NODE:
            self.writexml(pieces, "", indent, newl, encoding, standalone)
        else:
            self.writexml(pieces, "", indent, newl)
        text = "".join(pieces)
        return text if encoding is None else text.encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    @property
    def localName(self):
        return None

    def _accept(self, node):
        if node.nodeType not in self._allowed:
            raise xml.dom.HierarchyRequestErr(f"{node!r} cannot be child of {self!r}")

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in list(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._accept(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        index = _position(self.childNodes, refChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = _position(self.childNodes, refChild)
        self.childNodes.insert(index, newChild)
        newChild.parentNode = self
        _relink(self.childNodes, index)
        return newChild

    def appendChild(self, node):
        if node.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        self._accept(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        _relink(self.childNodes, len(self.childNodes) - 1)
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            following = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, following)
        self._accept(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        index = _position(self.childNodes, oldChild)
        self.childNodes[index] = newChild
        newChild.parentNode = self
        _forget_siblings(oldChild)
        _relink(self.childNodes, index)
        return oldChild

    def removeChild(self, oldChild):
        index = _position(self.childNodes, oldChild)
        del self.childNodes[index]
        before, after = oldChild.previousSibling, oldChild.nextSibling
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        _forget_siblings(oldChild)
        return oldChild

    def normalize(self):
        kept = []
        for child in self.childNodes:
            if child.nodeType == _N.TEXT_NODE:
                if not child.data:
                    child.unlink()
                    continue
                if kept and kept[-1].nodeType == _N.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    child.unlink()
                    continue
            elif child.nodeType == _N.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept
        for index in range(len(kept)):
            _relink(kept, index)

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        entry = (self._user_data or {}).get(key)
        return entry[0] if entry else None

    def setUserData(self, key, data, handler):
        if self._user_data is None:
            self._user_data = {}
        previous = self._user_data.get(key)
        if data is None:
            self._user_data.pop(key, None)
        else:
            self._user_data[key] = (data, handler)
        return previous[0] if previous else None

    def _tell_handlers(self, operation, source, copy):
        for key, (data, handler) in (getattr(source, "_user_data", None) or {}).items():
            if handler is not None:
                handler.handle(operation, key, data, source, copy)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        if self.childNodes:
            self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.unlink()


def _refusal(error, wording):
    def refuse(self, *args):
        raise error(f"{self.nodeName} nodes {wording}")
    return refuse


class Childless:
    """Mixin for nodes that never have children."""

    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    appendChild = _refusal(xml.dom.HierarchyRequestErr, "cannot have children")
    insertBefore = replaceChild = _refusal(xml.dom.HierarchyRequestErr, "do not have children")
    removeChild = _refusal(xml.dom.NotFoundErr, "do not have children")

    def hasChildNodes(self):
        return False

    def normalize(self):
        pass


_CONTENT = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE, _N.COMMENT_NODE,
            _N.TEXT_NODE, _N.CDATA_SECTION_NODE, _N.ENTITY_REFERENCE_NODE)


class DocumentFragment(Node):
    nodeType = _N.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _allowed = _CONTENT

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute: a name (possibly namespaced) and a string value."""

    nodeType = _N.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False
    _allowed = (_N.TEXT_NODE, _N.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        # expatbuilder passes the local name before the prefix.
        self._name, self._local, self._prefix = qName, localName, prefix
        self.namespaceURI = namespaceURI
        self.ownerElement = None
        self.childNodes = NodeList()
        self._value = ""

    name = nodeName = property(lambda self: self._name,
                               lambda self, qname: setattr(self, "_name", qname))
    value = nodeValue = property(lambda self: self._value,
                                 lambda self, text: setattr(self, "_value", text))

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self._name.rpartition(":")[2]

    def _get_prefix(self):
        return self._prefix

    def _set_prefix(self, prefix):
        self._prefix = prefix

    prefix = property(_get_prefix, _set_prefix)

    @property
    def isId(self):
        return self._is_id

    schemaType = None

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap:
    """An element's attributes, by name and by (namespaceURI, localName); a
    live view over the element's own dictionaries."""

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    def __len__(self):
        return len(self._attrs)

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        if 0 <= index < len(self._attrs):
            return list(self._attrs.values())[index]
        return None

    def items(self):
        return [(attr.name, attr.value) for attr in self._attrs.values()]

    def itemsNS(self):
        return [(key, attr.value) for key, attr in self._attrsNS.items()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        return key in (self._attrs if isinstance(key, str) else self._attrsNS)

    def __getitem__(self, key):
        return self._attrsNS[key] if isinstance(key, tuple) else self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            attr = self._attrs.get(name)
            if attr is None:
                attr = Attr(name)
                attr.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(attr)
            attr.value = value
        else:
            self.setNamedItem(value)

    def __delitem__(self, name):
        self.removeNamedItem(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise xml.dom.NotFoundErr()
        return self._ownerElement.removeAttributeNode(attr)

    def removeNamedItemNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        if attr is None:
            raise xml.dom.NotFoundErr()
        return self._ownerElement.removeAttributeNode(attr)

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr(f"{node!r} cannot be child of {self!r}")
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class Element(Node):
    nodeType = _N.ELEMENT_NODE
    nodeValue = None
    schemaType = None
    _allowed = _CONTENT

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}       # qualified name -> Attr
        self._attrsNS = {}     # (namespaceURI, localName) -> Attr

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.rpartition(":")[2]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def __repr__(self):
        return f"<DOM Element: {self.tagName} at {id(self):#x}>"

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        return attr.value if attr is not None else ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        attr = self._attrsNS.get((namespaceURI, local))
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        elif attr.name != qualifiedName:
            # Renamed in place: it stays filed under the name it was set with.
            attr.name, attr.prefix = qualifiedName, prefix
        attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        replaced = None
        for table, key in ((self._attrs, attr.name),
                           (self._attrsNS, (attr.namespaceURI, attr.localName))):
            old = table.get(key)
            if old is not None and old is not attr:
                self.removeAttributeNode(old)
                replaced = replaced or old
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        return replaced

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        if attr is None:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        del self._attrs[node.name]
        self._attrsNS.pop((node.namespaceURI, node.localName), None)
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda node: name == "*" or node.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(self, _ns_matcher(namespaceURI, localName)))

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or self._attrs.get(idAttr.name) is not idAttr:
            raise xml.dom.NotFoundErr()
        idAttr._is_id = True

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(f' {name}="')
            _write_data(writer, attr.value)
            writer.write('"')
        children = self.childNodes
        if not children:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(children) == 1 and children[0].nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            children[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write(f"</{self.tagName}>{newl}")

    def unlink(self):
        for attr in list(self._attrs.values()):
            attr.unlink()
        self._attrs = {}
        self._attrsNS = {}
        Node.unlink(self)


def _descendants(node, wanted):
    found = []
    pending = list(reversed(node.childNodes))
    while pending:
        child = pending.pop()
        if child.nodeType == _N.ELEMENT_NODE:
            if wanted(child):
                found.append(child)
            pending.extend(reversed(child.childNodes))
    return found


def _ns_matcher(namespaceURI, localName):
    def wanted(node):
        return ((localName == "*" or node.localName == localName)
                and (namespaceURI == "*" or node.namespaceURI == namespaceURI))
    return wanted


class CharacterData(Childless, Node):
    """Nodes whose content is a string: text, CDATA sections, comments."""

    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ""

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        self._data = data

    data = nodeValue = property(_get_data, _set_data)

    def __len__(self):
        return len(self._data)

    @property
    def length(self):
        return len(self._data)

    def __repr__(self):
        more = "..." if len(self._data) > 10 else ""
        return f'<DOM {type(self).__name__} node "{self._data[:10]!r}{more}">'

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self._data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data = self._data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self._data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + arg + self._data[offset + count:]


class Text(CharacterData):
    nodeType = _N.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self._data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = self.__class__()
        rest.data = self._data[offset:]
        rest.ownerDocument = self.ownerDocument
        if self.parentNode is not None and self in self.parentNode.childNodes:
            following = self.nextSibling
            if following is None:
                self.parentNode.appendChild(rest)
            else:
                self.parentNode.insertBefore(rest, following)
        self._data = self._data[:offset]
        return rest

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, f"{indent}{self._data}{newl}")

    @property
    def wholeText(self):
        pieces = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            pieces.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            pieces.append(node.data)
            node = node.nextSibling
        return "".join(pieces)

    def replaceWholeText(self, content):
        parent = self.parentNode
        for direction in ("previousSibling", "nextSibling"):
            node = getattr(self, direction)
            while node is not None and node.nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
                following = getattr(node, direction)
                parent.removeChild(node)
                node = following
        if content:
            self.data = content
            return self
        parent.removeChild(self)
        return None

    @property
    def isWhitespaceInElementContent(self):
        return False


class CDATASection(Text):
    nodeType = _N.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self._data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f"<![CDATA[{self._data}]]>")


class Comment(CharacterData):
    nodeType = _N.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self._data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f"{indent}<!--{self._data}-->{newl}")


class ProcessingInstruction(Childless, Node):
    nodeType = _N.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    nodeName = property(lambda self: self.target,
                        lambda self, value: setattr(self, "target", value))
    nodeValue = property(lambda self: self.data,
                         lambda self, value: setattr(self, "data", value))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(f"{indent}<?{self.target} {self.data}?>{newl}")


class Identified:
    """publicId and systemId, for document types, entities and notations."""

    publicId = None
    systemId = None

    def _set_ids(self, publicId, systemId):
        self.publicId, self.systemId = publicId, systemId

    def _get_publicId(self):
        return self.publicId

    def _get_systemId(self):
        return self.systemId


class ReadOnlySequentialNamedNodeMap:
    """The entities or notations of a document type: read-only, in order."""

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def getNamedItem(self, name):
        return next((node for node in self._seq if node.nodeName == name), None)

    def getNamedItemNS(self, namespaceURI, localName):
        return next((node for node in self._seq if node.namespaceURI == namespaceURI
                     and node.localName == localName), None)

    def __getitem__(self, key):
        found = self.getNamedItemNS(*key) if isinstance(key, tuple) else self.getNamedItem(key)
        if found is None:
            raise KeyError(key)
        return found

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def _refuse(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _refuse


class DocumentType(Identified, Childless, Node):
    nodeType = _N.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = qualifiedName
        self.nodeName = self.name

    def _get_internalSubset(self):
        return self.internalSubset

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        copy = DocumentType(None)
        copy.name = copy.nodeName = self.name
        copy.publicId, copy.systemId = self.publicId, self.systemId
        copy.internalSubset = self.internalSubset
        return copy

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE " + self.name)
        if self.publicId:
            writer.write(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            writer.write(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            writer.write(f" [{self.internalSubset}]")
        writer.write(">" + newl)


class Entity(Identified, Node):
    nodeType = _N.ENTITY_NODE
    nodeValue = attributes = actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notation):
        self._set_ids(publicId, systemId)
        self.nodeName, self.notationName = name, notation
        self.childNodes = NodeList()

    def _refuse(self, *args):
        raise xml.dom.HierarchyRequestErr("cannot modify children of an entity node")

    appendChild = insertBefore = removeChild = replaceChild = _refuse


class Notation(Identified, Childless, Node):
    nodeType = _N.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self._set_ids(publicId, systemId)
        self.nodeName = name


# (feature, version) pairs this DOM has; None stands for "any version".
_FEATURES = frozenset([(name, version) for name in ("core", "xml")
                       for version in ("1.0", "2.0", None)]
                      + [("ls-load", "3.0"), ("ls-load", None)])


class DOMImplementation(DOMImplementationLS):
    """Makes documents and document types; knows which features it has."""

    def hasFeature(self, feature, version):
        return (feature.lower(), version or None) in _FEATURES

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        document = Document()
        wants_root = not (namespaceURI is None and qualifiedName is None and doctype is None)
        if wants_root and not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        if wants_root:
            prefix, _ = _split_qname(qualifiedName)
            if prefix == "xml" and namespaceURI != "http://www.w3.org/XML/1998/namespace":
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
            root = document.createElementNS(namespaceURI, qualifiedName)
            if doctype is not None:
                document.appendChild(doctype)
            document.appendChild(root)
        if doctype is not None:
            doctype.parentNode = doctype.ownerDocument = document
        document.doctype = doctype
        document.implementation = self
        return document

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class ElementInfo:
    """What a DTD says about one element type (only ID attributes matter here)."""

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        return None

    def getAttributeTypeNS(self, namespaceURI, localName):
        return None

    def isElementContent(self):
        return False

    def isEmpty(self):
        return False

    def isId(self, aname):
        return False

    def isIdNS(self, namespaceURI, localName):
        return False


class Document(Node, DocumentLS):
    nodeType, nodeName = _N.DOCUMENT_NODE, "#document"
    nodeValue = attributes = parentNode = previousSibling = nextSibling = None
    # What the XML declaration said, when the document was parsed.
    actualEncoding = encoding = standalone = version = None
    strictErrorChecking = False
    errorHandler = documentURI = None
    implementation = DOMImplementation()
    _allowed = (_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE, _N.COMMENT_NODE,
                _N.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for child in self.childNodes:
            if child.nodeType == _N.ELEMENT_NODE:
                return child
        return None

    def _accept(self, node):
        Node._accept(self, node)
        if node.nodeType == _N.ELEMENT_NODE:
            current = self.documentElement
            if current is not None and current is not node:
                raise xml.dom.HierarchyRequestErr("two document elements disallowed")

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        node = self._own(Text())
        node.data = data
        return node

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        node = self._own(CDATASection())
        node.data = data
        return node

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def _create_entity(self, name, publicId, systemId, notationName):
        return self._own(Entity(name, publicId, systemId, notationName))

    def _create_notation(self, name, publicId, systemId):
        return self._own(Notation(name, publicId, systemId))

    def getElementById(self, id):
        for element in _descendants(self, lambda node: True):
            for attr in element._attrs.values():
                if attr._is_id and attr.value == id:
                    return element
        return None

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda node: name == "*" or node.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(self, _ns_matcher(namespaceURI, localName)))

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == _N.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == _N.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone(node, deep, self, xml.dom.UserDataHandler.NODE_IMPORTED)

    def cloneNode(self, deep):
        if not deep:
            return None
        copy = self.implementation.createDocument(None, None, None)
        copy.encoding, copy.standalone, copy.version = self.encoding, self.standalone, self.version
        for child in self.childNodes:
            twin = _clone(child, True, copy)
            copy.childNodes.append(twin)
            twin.parentNode = copy
            _relink(copy.childNodes, len(copy.childNodes) - 1)
            if child is self.doctype:
                copy.doctype = twin
        self._tell_handlers(xml.dom.UserDataHandler.NODE_CLONED, self, copy)
        return copy

    def renameNode(self, n, namespaceURI, name):
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr(
                f"cannot rename nodes from other documents;\n"
                f"expected {self}, found {n.ownerDocument}")
        if n.nodeType not in (_N.ELEMENT_NODE, _N.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr("renameNode() only applies to element and attribute nodes")
        prefix, local = _split_qname(name)
        if n.nodeType == _N.ELEMENT_NODE:
            n.tagName = n.nodeName = name
        else:
            owner = n.ownerElement
            if owner is not None:
                owner.removeAttributeNode(n)
            n.name = name
            if owner is not None:
                owner.setAttributeNode(n)
        n.namespaceURI, n.prefix, n._local = namespaceURI, prefix, local
        return n

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        extras = ""
        if encoding is not None:
            extras += f' encoding="{encoding}"'
        if standalone is not None:
            extras += f' standalone="{"yes" if standalone else "no"}"'
        writer.write(f'<?xml version="1.0"{extras or " "}?>{newl}')
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


def _clone(node, deep, document, operation=xml.dom.UserDataHandler.NODE_CLONED):
    """A copy of node owned by document (children too if deep); user data
    handlers hear of it as operation."""
    kind = node.nodeType
    if kind == _N.ELEMENT_NODE:
        copy = document.createElementNS(node.namespaceURI, node.nodeName) \
            if node.namespaceURI is not None else document.createElement(node.nodeName)
        copy.prefix, copy._local = node.prefix, node._local
        for attr in node._attrs.values():
            twin = _clone(attr, True, document)
            twin.specified = attr.specified
            copy.setAttributeNode(twin)
    elif kind == _N.ATTRIBUTE_NODE:
        copy = document._own(Attr(node.name, node.namespaceURI, node._local, node.prefix)) \
            if isinstance(document, Document) else Attr(node.name, node.namespaceURI,
                                                        node._local, node.prefix)
        copy.value = node.value
        copy.specified = True
        copy._is_id = node._is_id
    elif kind == _N.DOCUMENT_FRAGMENT_NODE:
        copy = document.createDocumentFragment()
    elif kind == _N.TEXT_NODE:
        copy = document.createTextNode(node.data)
    elif kind == _N.CDATA_SECTION_NODE:
        copy = document.createCDATASection(node.data)
    elif kind == _N.COMMENT_NODE:
        copy = document.createComment(node.data)
    elif kind == _N.PROCESSING_INSTRUCTION_NODE:
        copy = document.createProcessingInstruction(node.target, node.data)
    elif kind == _N.DOCUMENT_TYPE_NODE:
        copy = DocumentType.cloneNode(node, deep)
        if copy is None:
            return None
        copy.ownerDocument = document
        return copy
    else:
        raise xml.dom.NotSupportedErr(f"Cannot clone node {node!r}")
    if deep and kind in (_N.ELEMENT_NODE, _N.DOCUMENT_FRAGMENT_NODE):
        for child in node.childNodes:
            copy.appendChild(_clone(child, True, document, operation))
    node._tell_handlers(operation, node, copy)
    return copy


def _parse_with_pulldom(parse_events, *args, **kwargs):
    events = parse_events(*args, **kwargs)
    kind, document = events.getEvent()
    events.expandNode(document)
    events.clear()
    return document


def parse(file, parser=None, bufsize=None):
    """A Document from a file name or file object."""
    if parser is None and not bufsize:
        from xml.dom import expatbuilder
        return expatbuilder.parse(file)
    from xml.dom import pulldom
    return _parse_with_pulldom(pulldom.parse, file, parser=parser, bufsize=bufsize)


def parseString(string, parser=None):
    """A Document from the XML in string (str or bytes)."""
    if parser is None:
        from xml.dom import expatbuilder
        return expatbuilder.parseString(string)
    from xml.dom import pulldom
    return _parse_with_pulldom(pulldom.parseString, string, parser=parser)


def getDOMImplementation(features=None):
    """The DOMImplementation, if it has every feature asked for (else None)."""
    if features:
        if isinstance(features, str):
            features = domreg._parse_feature_string(features)
        for name, version in features:
            if not Document.implementation.hasFeature(name, version):
                return None
    return Document.implementation
