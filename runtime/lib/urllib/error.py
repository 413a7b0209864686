"""The exceptions urllib.request raises.

HTTPError is both an exception and a response: the error page can be read from it."""

import io

from urllib import response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; `reason` says why (a message or an OSError)."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, response.addinfourl):
    """The server answered with an error status; the response body is readable."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        # URLError.__init__ is not called: args stay empty, as in CPython.
        response.addinfourl.__init__(self, io.BytesIO() if fp is None else fp, hdrs, url,
                                     code)
        self.filename = url

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    @property
    def reason(self):
        return self.msg

    # The headers live in hdrs; addinfo's `headers` attribute is this property.
    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """A download ended before the length its Content-Length promised."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
