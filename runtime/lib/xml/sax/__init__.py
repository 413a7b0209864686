"""SAX 2: an event-driven interface to XML parsers.

parse() and parseString() run a ContentHandler over a document;
make_parser() gives the reader (the expat driver, or the first module of
PY_SAX_PARSER that provides one).
"""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException,
                          SAXParseException, SAXNotSupportedException,
                          SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses source (a file name or file object) with handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=None):
    """Parses the document in string (str or bytes) with handler."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)


default_parser_list = ["xml.sax.expatreader"]

import os as _os
import sys as _sys
if not _sys.flags.ignore_environment and "PY_SAX_PARSER" in _os.environ:
    default_parser_list = _os.environ["PY_SAX_PARSER"].split(",")
del _os, _sys


def make_parser(parser_list=()):
    """A new SAX reader: the first of parser_list, then of
    default_parser_list, that can be created."""
    for name in list(parser_list) + default_parser_list:
        try:
            module = __import__(name, {}, {}, ['create_parser'])
            return module.create_parser()
        except ImportError:
            import sys
            if name in sys.modules:
                # The module exists but fails to import: report that.
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)
