"""The W3C Document Object Model for Python: node type constants, the DOM
exceptions, and getDOMImplementation() (xml.dom.minidom is the one
implementation)."""


class Node:
    """The node type codes of the DOM."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# The DOMException codes.
INDEX_SIZE_ERR = 1
DOMSTRING_SIZE_ERR = 2
HIERARCHY_REQUEST_ERR = 3
WRONG_DOCUMENT_ERR = 4
INVALID_CHARACTER_ERR = 5
NO_DATA_ALLOWED_ERR = 6
NO_MODIFICATION_ALLOWED_ERR = 7
NOT_FOUND_ERR = 8
NOT_SUPPORTED_ERR = 9
INUSE_ATTRIBUTE_ERR = 10
INVALID_STATE_ERR = 11
SYNTAX_ERR = 12
INVALID_MODIFICATION_ERR = 13
NAMESPACE_ERR = 14
INVALID_ACCESS_ERR = 15
VALIDATION_ERR = 16


class DOMException(Exception):
    """The base of the DOM errors; each subclass carries its code."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError(
                "DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _error(name, code):
    return type(name, (DOMException,), {'code': code, '__module__': __name__})


IndexSizeErr = _error('IndexSizeErr', INDEX_SIZE_ERR)
DomstringSizeErr = _error('DomstringSizeErr', DOMSTRING_SIZE_ERR)
HierarchyRequestErr = _error('HierarchyRequestErr', HIERARCHY_REQUEST_ERR)
WrongDocumentErr = _error('WrongDocumentErr', WRONG_DOCUMENT_ERR)
InvalidCharacterErr = _error('InvalidCharacterErr', INVALID_CHARACTER_ERR)
NoDataAllowedErr = _error('NoDataAllowedErr', NO_DATA_ALLOWED_ERR)
NoModificationAllowedErr = _error('NoModificationAllowedErr',
                                  NO_MODIFICATION_ALLOWED_ERR)
NotFoundErr = _error('NotFoundErr', NOT_FOUND_ERR)
NotSupportedErr = _error('NotSupportedErr', NOT_SUPPORTED_ERR)
InuseAttributeErr = _error('InuseAttributeErr', INUSE_ATTRIBUTE_ERR)
InvalidStateErr = _error('InvalidStateErr', INVALID_STATE_ERR)
SyntaxErr = _error('SyntaxErr', SYNTAX_ERR)
InvalidModificationErr = _error('InvalidModificationErr',
                                INVALID_MODIFICATION_ERR)
NamespaceErr = _error('NamespaceErr', NAMESPACE_ERR)
InvalidAccessErr = _error('InvalidAccessErr', INVALID_ACCESS_ERR)
ValidationErr = _error('ValidationErr', VALIDATION_ERR)
del _error


class UserDataHandler:
    """The operation codes passed to user data handlers."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

from .domreg import getDOMImplementation, registerDOMImplementation
