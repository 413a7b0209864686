"""Parsers that build a message tree from a whole file, string or bytes at once; they
drive email.feedparser's incremental parser."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser',
           'BytesFeedParser']

from io import StringIO, TextIOWrapper

from email._policybase import compat32
from email.feedparser import BytesFeedParser, FeedParser

_CHUNK = 8192  # characters fed to the feed parser at a time


class Parser:
    """Parses text into a message of class _class (the policy's message_factory when
    None)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        feed = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feed._set_headersonly()
        while chunk := fp.read(_CHUNK):
            feed.feed(chunk)
        return feed.close()

    def parsestr(self, text, headersonly=False):
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that stops after the headers and keeps the body as one string."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, True)


class BytesParser:
    """Parses bytes: non-ASCII bytes travel through the text parser as surrogate
    escapes, which the message keeps so they can be written back unchanged."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        text = TextIOWrapper(fp, encoding='ascii', errors='surrogateescape')
        try:
            return self.parser.parse(text, headersonly)
        finally:
            text.detach()  # the caller still owns fp

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode('ascii', errors='surrogateescape'),
                                    headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that stops after the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, True)
