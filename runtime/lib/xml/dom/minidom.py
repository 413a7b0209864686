"""A small DOM Level 2 implementation: parse(), parseString(), the node
classes and their serialization (toxml(), toprettyxml(), writexml()).

Written for Spry from the documented behaviour of CPython 3.11's
xml.dom.minidom.  Not provided: the DOM Level 3 user data interface,
renameNode(); of Load and Save only what xml.dom.xmlbuilder has.  ID attributes are those the internal subset
declares, or those marked with setIdAttribute().
"""

import io

import xml.dom
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, Node
from xml.dom.minicompat import EmptyNodeList, NodeList
from xml.dom.xmlbuilder import DOMImplementationLS, DocumentLS

__all__ = ["parse", "parseString", "getDOMImplementation", "Document",
           "Element", "Text", "Comment", "CDATASection", "Attr",
           "ProcessingInstruction", "DocumentType", "DocumentFragment",
           "DOMImplementation", "NamedNodeMap", "Node"]

def _write_data(writer, data):
    """Writes text escaped for element content and attribute values."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;") \
            .replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


class Node(xml.dom.Node):
    """What every node has: its place in the tree, navigation and edits of
    its children, and serialization."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                      errors="xmlcharrefreplace",
                                      newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            # Only a document has an XML declaration to name the encoding.
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        writer.flush()
        return writer.detach().getvalue()

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_childNodes(self):
        return self.childNodes

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = self.childNodes.index(refChild)
            except ValueError:
                raise xml.dom.NotFoundErr()
            self.childNodes.insert(index, newChild)
            _relink(self.childNodes, index)
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        _relink(self.childNodes, len(self.childNodes) - 1)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        _relink(self.childNodes, index)
        oldChild.nextSibling = oldChild.previousSibling = None
        return oldChild

    def removeChild(self, oldChild):
        try:
            index = _index_of(self.childNodes, oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        del self.childNodes[index]
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Merges adjacent text nodes and drops empty ones, in the whole
        subtree."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept
        for i in range(len(kept)):
            _relink(self.childNodes, i)

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def _get_localName(self):
        return None

    def isSameNode(self, other):
        return self is other

    def unlink(self):
        """Breaks the references between the nodes of this subtree."""
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _index_of(nodes, node):
    for i, n in enumerate(nodes):
        if n is node:
            return i
    raise ValueError(node)


def _relink(nodes, index):
    """Fixes the sibling links around nodes[index]."""
    node = nodes[index]
    before = nodes[index - 1] if index > 0 else None
    after = nodes[index + 1] if index + 1 < len(nodes) else None
    node.previousSibling = before
    node.nextSibling = after
    if before is not None:
        before.nextSibling = node
    if after is not None:
        after.previousSibling = node


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE,
                         Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute node: name, value and namespace."""
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        if localName is not None:
            self._localName = localName
        self.childNodes = NodeList()
        self._value = ""

    @property
    def localName(self):
        try:
            return self._localName
        except AttributeError:
            return self.nodeName.split(":", 1)[-1]

    @property
    def prefix(self):
        return self._prefix

    @prefix.setter
    def prefix(self, prefix):
        self._prefix = prefix

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    nodeValue = value

    @property
    def isId(self):
        return self._is_id

    def unlink(self):
        elem = self.ownerElement
        if elem is not None:
            del elem._attrs[self.nodeName]
            del elem._attrsNS[(self.namespaceURI, self.localName)]
        Node.unlink(self)

    def __repr__(self):
        return "<%s.%s object at %#x>" % (self.__class__.__module__,
                                          self.__class__.__qualname__,
                                          id(self))


class NamedNodeMap:
    """The attributes of an element, by name or by (uri, localName)."""
    __slots__ = ('_attrs', '_attrsNS', '_ownerElement')

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value)
                for node in self._attrs.values()]

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return key in self._attrsNS

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return self.length

    def __getitem__(self, attname_or_tuple):
        if isinstance(attname_or_tuple, tuple):
            return self._attrsNS[attname_or_tuple]
        return self._attrs[attname_or_tuple]

    def __setitem__(self, attname, value):
        if isinstance(value, str):
            node = self._attrs.get(attname)
            if node is None:
                node = Attr(attname)
                node.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(node)
            node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError("value must be a string or Attr object")
            self.setNamedItem(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self.getNamedItem(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self.getNamedItemNS(namespaceURI, localName)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        old = self._attrs.get(node.name)
        if old:
            old.unlink()
        self._attrs[node.name] = node
        self._attrsNS[(node.namespaceURI, node.localName)] = node
        node.ownerElement = self._ownerElement
        return old

    setNamedItemNS = setNamedItem

    def __delitem__(self, attname_or_tuple):
        node = self[attname_or_tuple]
        node.unlink()


AttributeList = NamedNodeMap


class Element(Node):
    """An element: tag name, attributes and children."""
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._attrs = {}     # name -> Attr
        self._attrsNS = {}   # (uri, localName) -> Attr

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    def _get_tagName(self):
        return self.tagName

    def unlink(self):
        for attr in list(self._attrs.values()):
            attr.unlink()
        Node.unlink(self)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        return attr.value if attr is not None else ""

    def setAttribute(self, attname, value):
        attr = self.getAttributeNode(attname)
        if attr is None:
            attr = Attr(attname)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        elif value != attr.value:
            attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, localname = _split_qname(qualifiedName)
        attr = self.getAttributeNodeNS(namespaceURI, localname)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, localname, prefix)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        else:
            if value != attr.value:
                attr.value = value
            if attr.nodeName != qualifiedName:
                del self._attrs[attr.nodeName]
                attr.name = attr.nodeName = qualifiedName
                attr.prefix = prefix
                self._attrs[qualifiedName] = attr

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old1 = self._attrs.get(attr.name)
        if old1 is not None:
            self.removeAttributeNode(old1)
        old2 = self._attrsNS.get((attr.namespaceURI, attr.localName))
        if old2 is not None and old2 is not old1:
            self.removeAttributeNode(old2)
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        return old1 if old1 is not attr else None

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
        if node is None:
            raise xml.dom.NotFoundErr()
        try:
            self._attrs[node.name]
        except KeyError:
            raise xml.dom.NotFoundErr()
        del self._attrs[node.name]
        del self._attrsNS[(node.namespaceURI, node.localName)]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def _get_attributes(self):
        return self.attributes

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Writes the element; indent is the current indentation,
        addindent what each level adds, newl the line end."""
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(" %s=\"" % name)
            _write_data(writer, attr.value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            if (len(self.childNodes) == 1 and self.childNodes[0].nodeType
                    in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI,
                                                        localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or not self.isSameNode(idAttr.ownerElement):
            raise xml.dom.NotFoundErr()
        idAttr._is_id = True


def _split_qname(qname):
    if ':' in qname:
        prefix, local = qname.split(':', 1)
        return prefix, local
    return None, qname


def _elements_by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _elements_by_tag(node, name, found)
    return found


def _elements_by_tag_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and \
                    (uri == "*" or node.namespaceURI == uri):
                found.append(node)
            _elements_by_tag_ns(node, uri, local, found)
    return found


class Childless:
    """Nodes that never have children."""
    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _refuse(self, what):
        raise xml.dom.HierarchyRequestErr(self.nodeName + what)

    def appendChild(self, node):
        self._refuse(" nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        self._refuse(" nodes do not have children")

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        self._refuse(" nodes do not have children")


class ProcessingInstruction(Childless, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def nodeName(self):
        return self.target

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(Childless, Node):
    """Text, comments and CDATA sections: a node holding a string."""

    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ''
        Node.__init__(self)

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        self._data = data

    nodeValue = data

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10],
                                         dots)

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset > len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self.data = "%s%s%s" % (self.data[:offset], arg,
                                    self.data[offset:])

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self.data = "%s%s%s" % (self.data[:offset], arg,
                                    self.data[offset + count:])


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        newText = self.__class__()
        newText.data = self.data[offset:]
        newText.ownerDocument = self.ownerDocument
        following = self.nextSibling
        if self.parentNode and self in self.parentNode.childNodes:
            if following is None:
                self.parentNode.appendChild(newText)
            else:
                self.parentNode.insertBefore(newText, following)
        self.data = self.data[:offset]
        return newText

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        pieces = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            pieces.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            pieces.append(n.data)
            n = n.nextSibling
        return ''.join(pieces)

    def _get_isWhitespaceInElementContent(self):
        return False


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class ReadOnlySequentialNamedNodeMap:
    """The entities and notations of a DocumentType."""
    __slots__ = ('_seq',)

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def __getitem__(self, name_or_tuple):
        node = self.getNamedItem(name_or_tuple)
        if node is None:
            raise KeyError(name_or_tuple)
        return node

    def item(self, index):
        if index < 0:
            return None
        try:
            return self._seq[index]
        except IndexError:
            return None


class Entity(Childless, Node):
    """An entity declared in the DTD."""
    attributes = None
    nodeType = Node.ENTITY_NODE
    nodeValue = None
    actualEncoding = None
    encoding = None
    version = None

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.publicId = publicId
        self.systemId = systemId
        self.childNodes = NodeList()


class DocumentType(Childless, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap([])
        self.notations = ReadOnlySequentialNamedNodeMap([])
        if qualifiedName:
            prefix, localname = _split_qname(qualifiedName)
            self.name = localname
        self.nodeName = self.name

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DOMImplementation(DOMImplementationLS):
    """Creates documents and document types."""
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None),
                 ("xml", "1.0"), ("xml", "2.0"), ("xml", None),
                 ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr(
                "doctype object owned by another DOM tree")
        doc = Document()
        add_root = not (namespaceURI is None and qualifiedName is None
                        and doctype is None)
        if not qualifiedName and add_root:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        if add_root:
            prefix, localname = _split_qname(qualifiedName)
            if prefix == "xml" and namespaceURI != \
                    "http://www.w3.org/XML/1998/namespace":
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr(
                    "illegal use of prefix without namespaces")
            element = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype:
                doc.appendChild(doctype)
            doc.appendChild(element)
        if doctype:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        if self.hasFeature(feature, None):
            return self
        return None


class Document(Node, DocumentLS):
    """A whole document: at most one element and one doctype, plus
    comments and processing instructions; the factory of its nodes."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    doctype = None
    implementation = DOMImplementation()
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def appendChild(self, node):
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement:
            raise xml.dom.HierarchyRequestErr(
                "two document elements disallowed")
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        try:
            del self.childNodes[_index_of(self.childNodes, oldChild)]
        except ValueError:
            raise xml.dom.NotFoundErr()
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = self.implementation.createDocument(None, None, None)
        clone.encoding = self.encoding
        clone.standalone = self.standalone
        clone.version = self.version
        for n in self.childNodes:
            child = _clone_node(n, deep, clone)
            clone.childNodes.append(child)
            if child.nodeType == Node.DOCUMENT_TYPE_NODE:
                clone.doctype = child
            child.parentNode = clone
        for i in range(len(clone.childNodes)):
            _relink(clone.childNodes, i)
        return clone

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
        t = Text()
        t.data = data
        return self._own(t)

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        c = CDATASection()
        c.data = data
        return self._own(c)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        a = Attr(qName)
        a.value = ""
        return self._own(a)

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, localName = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, localName = _split_qname(qualifiedName)
        a = Attr(qualifiedName, namespaceURI, localName, prefix)
        a.value = ""
        return self._own(a)

    def getElementById(self, id):
        for node in _elements_by_tag(self, "*", []):
            for attr in node._attrs.values():
                if attr._is_id and attr.value == id:
                    return node
        return None

    def getElementsByTagName(self, name):
        return _elements_by_tag(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_tag_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == Node.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone_node(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(
                f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _clone_node(node, deep, newOwnerDocument):
    """A copy of node owned by newOwnerDocument (children too if deep)."""
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        clone = newOwnerDocument.createElementNS(node.namespaceURI,
                                                 node.nodeName)
        for attr in node._attrs.values():
            clone.setAttributeNS(attr.namespaceURI, attr.nodeName, attr.value)
            clone.getAttributeNodeNS(attr.namespaceURI, attr.localName) \
                .specified = attr.specified
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif kind == Node.DOCUMENT_FRAGMENT_NODE:
        clone = newOwnerDocument.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif kind == Node.TEXT_NODE:
        clone = newOwnerDocument.createTextNode(node.data)
    elif kind == Node.CDATA_SECTION_NODE:
        clone = newOwnerDocument.createCDATASection(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        clone = newOwnerDocument.createProcessingInstruction(node.target,
                                                             node.data)
    elif kind == Node.COMMENT_NODE:
        clone = newOwnerDocument.createComment(node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        clone = newOwnerDocument.createAttributeNS(node.namespaceURI,
                                                   node.nodeName)
        clone.specified = True
        clone.value = node.value
    elif kind == Node.DOCUMENT_TYPE_NODE:
        clone = newOwnerDocument.implementation.createDocumentType(
            node.name, node.publicId, node.systemId)
        clone.ownerDocument = newOwnerDocument
        clone.internalSubset = node.internalSubset
    else:
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    return clone


def _parse_with_pulldom(func, *args, **kwargs):
    events = func(*args, **kwargs)
    toktype, rootNode = events.getEvent()
    events.expandNode(rootNode)
    events.clear()
    return rootNode


def parse(file, parser=None, bufsize=None):
    """A Document from a file name or file object (read with expat, or
    with the given SAX parser)."""
    if parser is None and not bufsize:
        from xml.dom import expatbuilder
        return expatbuilder.parse(file)
    from xml.dom import pulldom
    return _parse_with_pulldom(pulldom.parse, file, parser=parser,
                               bufsize=bufsize)


def parseString(string, parser=None):
    """A Document from a string (str or bytes)."""
    if parser is None:
        from xml.dom import expatbuilder
        return expatbuilder.parseString(string)
    from xml.dom import pulldom
    return _parse_with_pulldom(pulldom.parseString, string, parser=parser)


def getDOMImplementation(features=None):
    """minidom's DOMImplementation (None if it lacks the features)."""
    if features:
        if isinstance(features, str):
            from xml.dom.domreg import _parse_feature_string
            features = _parse_feature_string(features)
        for f, v in features:
            if not Document.implementation.hasFeature(f, v):
                return None
    return Document.implementation
