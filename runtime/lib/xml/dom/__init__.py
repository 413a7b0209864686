"""The W3C Document Object Model for Python: node type and exception codes, the DOM
exceptions, namespace names, and the registry of implementations (xml.dom.minidom is
the one shipped)."""


class Node:
    """The nodeType values of DOM nodes."""
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


class DOMException(Exception):
    """The base of the DOM exceptions; each subclass carries its DOM `code`."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        super().__init__(*args, **kw)

    def _get_code(self):
        return self.code


# The DOM Level 2 and 3 exception codes: (code, constant, exception class).
_EXCEPTION_CODES = (
    (1, 'INDEX_SIZE_ERR', 'IndexSizeErr'),
    (2, 'DOMSTRING_SIZE_ERR', 'DomstringSizeErr'),
    (3, 'HIERARCHY_REQUEST_ERR', 'HierarchyRequestErr'),
    (4, 'WRONG_DOCUMENT_ERR', 'WrongDocumentErr'),
    (5, 'INVALID_CHARACTER_ERR', 'InvalidCharacterErr'),
    (6, 'NO_DATA_ALLOWED_ERR', 'NoDataAllowedErr'),
    (7, 'NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedErr'),
    (8, 'NOT_FOUND_ERR', 'NotFoundErr'),
    (9, 'NOT_SUPPORTED_ERR', 'NotSupportedErr'),
    (10, 'INUSE_ATTRIBUTE_ERR', 'InuseAttributeErr'),
    (11, 'INVALID_STATE_ERR', 'InvalidStateErr'),
    (12, 'SYNTAX_ERR', 'SyntaxErr'),
    (13, 'INVALID_MODIFICATION_ERR', 'InvalidModificationErr'),
    (14, 'NAMESPACE_ERR', 'NamespaceErr'),
    (15, 'INVALID_ACCESS_ERR', 'InvalidAccessErr'),
    (16, 'VALIDATION_ERR', 'ValidationErr'),
)
for _code, _constant, _class_name in _EXCEPTION_CODES:
    globals()[_constant] = _code
    globals()[_class_name] = type(_class_name, (DOMException,),
                                  {'code': _code, '__module__': __name__})
del _code, _constant, _class_name


class UserDataHandler:
    """The operations UserDataHandler.handle() is told about."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

from .domreg import getDOMImplementation, registerDOMImplementation  # noqa: E402
