"""The NodeFilter interface of DOM Level 2 Traversal: verdicts and whatToShow bits."""


class NodeFilter:
    """Base class for filters passed to DOM traversal; subclasses decide acceptNode."""

    # acceptNode's verdicts.
    FILTER_ACCEPT = 1
    FILTER_REJECT = 2
    FILTER_SKIP = 3

    # whatToShow bits: node type n is shown by bit n - 1 (the spec's numbering).
    SHOW_ALL = 0xFFFFFFFF
    SHOW_ELEMENT = 1 << 0
    SHOW_ATTRIBUTE = 1 << 1
    SHOW_TEXT = 1 << 2
    SHOW_CDATA_SECTION = 1 << 3
    SHOW_ENTITY_REFERENCE = 1 << 4
    SHOW_ENTITY = 1 << 5
    SHOW_PROCESSING_INSTRUCTION = 1 << 6
    SHOW_COMMENT = 1 << 7
    SHOW_DOCUMENT = 1 << 8
    SHOW_DOCUMENT_TYPE = 1 << 9
    SHOW_DOCUMENT_FRAGMENT = 1 << 10
    SHOW_NOTATION = 1 << 11

    def acceptNode(self, node):
        raise NotImplementedError
