"""The exceptions of the SAX API."""

__all__ = ['SAXException', 'SAXParseException', 'SAXNotRecognizedException',
           'SAXNotSupportedException', 'SAXReaderNotAvailable']


class SAXException(Exception):
    """A SAX error or warning, possibly wrapping another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # Guards against the exception being mistaken for a sequence.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with the place in the document it was found."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # The locator moves on with the parser: keep the values now.
        self._systemId = self._locator.getSystemId()
        self._colnum = self._locator.getColumnNumber()
        self._linenum = self._locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = "<unknown>"
        linenum = self.getLineNumber()
        if linenum is None:
            linenum = "?"
        colnum = self.getColumnNumber()
        if colnum is None:
            colnum = "?"
        return "%s:%s:%s: %s" % (sysid, linenum, colnum, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No XML reader could be created."""
