"""SAX 2: event-driven XML parsing. make_parser() gives a reader from the first
driver module that loads; parse() and parseString() run one over a document."""

import io
import os
import sys

from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXParseException,
                                 SAXReaderNotAvailable)
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax.xmlreader import InputSource

# Driver modules tried by make_parser(), after the caller's own. PY_SAX_PARSER (a comma
# separated list, read once at import) puts other drivers first.
default_parser_list = ['xml.sax.expatreader']
if not sys.flags.ignore_environment and os.environ.get('PY_SAX_PARSER'):
    default_parser_list = os.environ['PY_SAX_PARSER'].split(',')


def _create_parser(parser_name):
    """A new reader from the driver module parser_name, via its create_parser()."""
    module = __import__(parser_name, {}, {}, ['create_parser'])
    return module.create_parser()


def make_parser(parser_list=()):
    """A new SAX reader from the first of parser_list, then default_parser_list,
    that can be imported and created."""
    for name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(name)
        except (ImportError, SAXReaderNotAvailable):
            continue
    raise SAXReaderNotAvailable("No parsers found", None)


def _run_reader(source, handler, errorHandler):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse source (a file name, URL, file or InputSource), reporting to handler."""
    _run_reader(source, handler, errorHandler)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in a str or bytes."""
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    _run_reader(source, handler, errorHandler)
