"""The exceptions of the SAX API."""


class SAXException(Exception):
    """A SAX error or warning, optionally wrapping the exception that caused it."""

    def __init__(self, msg, exception=None):
        super().__init__(msg)
        self._msg = msg
        self._exception = exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # Exceptions are not sequences; refuse indexing as an unknown attribute would.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error at a position in the document. The system id, line and column are
    copied from the locator when the exception is made, since parsers reuse their
    locator; the public id is asked of it when wanted."""

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = ['<unknown>' if self._systemId is None else self._systemId,
                 '?' if self._linenum is None else self._linenum,
                 '?' if self._colnum is None else self._colnum]
        return ':'.join(map(str, where)) + f': {self._msg}'


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No SAX driver could be loaded."""
