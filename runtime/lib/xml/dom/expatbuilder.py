"""Builds minidom Documents with xml.parsers.expat (namespace-aware)."""

import re

from xml.dom import XMLNS_NAMESPACE, minidom
from xml.dom.minidom import _relink
from xml.parsers import expat

_attlist_decl = re.compile(r'''<!ATTLIST\s+(\S+)((?:[^>"']|"[^"]*"|'[^']*')*)>''')
_id_attribute = re.compile(r'''(\S+)\s+ID\s''')
_entity_decl = re.compile(
    r'''<!ENTITY\s+([^\s%]\S*)\s+(?:"([^"]*)"|'([^']*)'|'''
    r'''(?:SYSTEM\s+(?:"([^"]*)"|'([^']*)')|'''
    r'''PUBLIC\s+(?:"([^"]*)"|'([^']*)')\s+(?:"([^"]*)"|'([^']*)'))'''
    r'''(?:\s+NDATA\s+(\S+?))?)\s*>''')


def _append(parent, node):
    parent.childNodes.append(node)
    node.parentNode = parent
    _relink(parent.childNodes, len(parent.childNodes) - 1)


def _split(name):
    """(uri, localName, prefix) from expat's 'uri local prefix' names."""
    parts = name.split(' ')
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return parts[0], parts[1], None
    return None, name, None


class _Builder:
    """Expat handlers that grow a Document."""

    def __init__(self):
        self.document = minidom.getDOMImplementation().createDocument(
            None, None, None)
        self.current = self.document
        self.pending_ns = []
        self.cdata = False
        self.cdata_continue = False
        self.subset = None  # the internal subset's text, while inside it
        self.id_attributes = {}  # element name -> its ID-typed attributes
        parser = self.parser = expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.specified_attributes = True
        parser.StartElementHandler = self.start_element
        parser.EndElementHandler = self.end_element
        parser.StartNamespaceDeclHandler = self.start_namespace
        parser.CharacterDataHandler = self.character_data
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartDoctypeDeclHandler = self.start_doctype
        parser.EndDoctypeDeclHandler = self.end_doctype
        parser.XmlDeclHandler = self.xml_decl

    def xml_decl(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        if standalone >= 0:
            doc.standalone = bool(standalone)

    def start_doctype(self, name, system_id, public_id, has_subset):
        doctype = self.document.implementation.createDocumentType(
            name, public_id, system_id)
        doctype.ownerDocument = self.document
        _append(self.document, doctype)
        self.document.doctype = doctype
        if has_subset:
            self.subset = []
            self.parser.DefaultHandler = self.subset.append

    def end_doctype(self):
        if self.subset is None:
            return
        text = ''.join(self.subset)
        doctype = self.document.doctype
        doctype.internalSubset = text
        entities = []
        for m in _entity_decl.finditer(text):
            name = m.group(1)
            value = m.group(2) if m.group(2) is not None else m.group(3)
            system = _first(m, 4, 5, 8, 9)
            public = _first(m, 6, 7)
            entity = minidom.Entity(name, public, system, m.group(10))
            entity.ownerDocument = self.document
            if value is not None:
                entity.childNodes.append(self.document.createTextNode(value))
            entities.append(entity)
        doctype.entities._seq = entities
        # Attributes the DTD types as ID are what getElementById() finds.
        for m in _attlist_decl.finditer(text):
            names = _id_attribute.findall(m.group(2) + ' ')
            if names:
                self.id_attributes.setdefault(m.group(1), set()).update(names)
        self.parser.DefaultHandler = None
        self.subset = None

    def start_namespace(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def start_element(self, name, attributes):
        uri, local, prefix = _split(name)
        qname = "%s:%s" % (prefix, local) if prefix else local
        node = minidom.Element(qname, uri, prefix, local)
        node.ownerDocument = self.document
        _append(self.current, node)
        self.current = node
        for ns_prefix, ns_uri in self.pending_ns:
            if ns_prefix:
                attr = minidom.Attr("xmlns:" + ns_prefix, XMLNS_NAMESPACE,
                                    ns_prefix, "xmlns")
            else:
                attr = minidom.Attr("xmlns", XMLNS_NAMESPACE, "xmlns", None)
            attr.value = ns_uri or ''
            self._add_attr(node, attr)
        self.pending_ns = []
        for i in range(0, len(attributes), 2):
            a_uri, a_local, a_prefix = _split(attributes[i])
            a_qname = "%s:%s" % (a_prefix, a_local) if a_prefix else a_local
            attr = minidom.Attr(a_qname, a_uri, a_local, a_prefix)
            attr.value = attributes[i + 1]
            self._add_attr(node, attr)
        ids = self.id_attributes.get(qname)
        if ids:
            for attr in node._attrs.values():
                if attr.name in ids:
                    attr._is_id = True

    def _add_attr(self, node, attr):
        attr.ownerDocument = self.document
        attr.ownerElement = node
        node._attrs[attr.name] = attr
        node._attrsNS[(attr.namespaceURI, attr.localName)] = attr

    def end_element(self, name):
        self.current = self.current.parentNode

    def character_data(self, data):
        children = self.current.childNodes
        last = children[-1] if children else None
        if self.cdata:
            if self.cdata_continue and last is not None \
                    and last.nodeType == last.CDATA_SECTION_NODE:
                last.appendData(data)
                return
            _append(self.current, self.document.createCDATASection(data))
            self.cdata_continue = True
        elif last is not None and last.nodeType == last.TEXT_NODE:
            last.data = last.data + data
        else:
            _append(self.current, self.document.createTextNode(data))

    def start_cdata(self):
        self.cdata = True
        self.cdata_continue = False

    def end_cdata(self):
        self.cdata = False
        self.cdata_continue = False

    def comment(self, data):
        if self.subset is not None:
            self.subset.append("<!--%s-->" % data)
        else:
            _append(self.current, self.document.createComment(data))

    def pi(self, target, data):
        if self.subset is not None:
            self.subset.append("<?%s %s?>" % (target, data) if data
                               else "<?%s?>" % target)
        else:
            _append(self.current,
                    self.document.createProcessingInstruction(target, data))


def _first(m, *groups):
    for g in groups:
        if m.group(g) is not None:
            return m.group(g)
    return None


def parseString(string):
    """A Document from the XML in string."""
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file):
    """A Document from a file name or binary file."""
    builder = _Builder()
    if isinstance(file, str):
        with open(file, 'rb') as fp:
            builder.parser.ParseFile(fp)
    else:
        builder.parser.ParseFile(file)
    return builder.document
