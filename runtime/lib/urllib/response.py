"""The file-like objects urlopen() returns: a wrapped file plus headers, URL and status.

They build on tempfile's file wrapper, so reading, iteration and closing go to the
wrapped file."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']

import tempfile


class addbase(tempfile._TemporaryFileWrapper):
    """A response body: the wrapped file fp, closed with the response."""

    def __init__(self, fp):
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __exit__(self, type, value, traceback):
        self.close()

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.file!r}>'


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when the response is first closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook is not None:
                hook(*args)
        finally:
            super().close()  # even when the hook fails


class addinfo(addbase):
    """A response with headers, returned by info()."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A response with headers, the URL it came from and its status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.code = code
        self.url = url

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode)
