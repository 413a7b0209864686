"""What bz2.BZ2File and lzma.LZMAFile share: a binary file object whose contents are
stored compressed in another file object.  Reading goes through io.BufferedReader over
a DecompressReader, which runs one decompressor per stream and starts the next stream
where one ends."""

import builtins
import io
import os
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_MODE_CLOSED = 0
_MODE_READ = 1
_MODE_WRITE = 3


class BaseStream(io.BufferedIOBase):
    """The mode checks every compressed file object makes, with CPython's errors."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self._fp.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")


class DecompressReader(io.RawIOBase):
    """A raw reader of the decompressed bytes of fp.  Each stream gets a fresh
    decomp_factory(**decomp_args); bytes after the last stream that raise
    trailing_error when decompressed are ignored, as the command-line tools do."""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._eof = False
        self._pos = 0       # offset in the decompressed data
        self._size = -1     # the decompressed size, once the end was reached
        self._decomp_factory = decomp_factory
        self._decomp_args = decomp_args
        self._decompressor = decomp_factory(**decomp_args)
        self._trailing_error = trailing_error

    def close(self):
        self._decompressor = None
        return super().close()

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def _next_chunk(self, size):
        """Up to `size` decompressed bytes (maybe b'' while streams continue);
        None at the end of the data."""
        decomp = self._decompressor
        if decomp.eof:
            raw = decomp.unused_data or self._fp.read(BUFFER_SIZE)
            if not raw:
                return None
            self._decompressor = self._decomp_factory(**self._decomp_args)
            try:
                return self._decompressor.decompress(raw, size)
            except self._trailing_error:
                return None
        if decomp.needs_input:
            raw = self._fp.read(BUFFER_SIZE)
            if not raw:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
        else:
            raw = b""
        return decomp.decompress(raw, size)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b""
        while True:
            data = self._next_chunk(size)
            if data is None:
                self._eof = True
                self._size = self._pos
                return b""
            if data:
                self._pos += len(data)
                return data

    def readall(self):
        chunks = []
        while True:
            data = self.read(sys.maxsize)
            if not data:
                return b"".join(chunks)
            chunks.append(data)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._decomp_factory(**self._decomp_args)

    def seek(self, offset, whence=io.SEEK_SET):
        """Moves forward by decompressing on, backward by starting again."""
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def tell(self):
        return self._pos


class CompressedFile(BaseStream):
    """The file object of bz2.BZ2File and lzma.LZMAFile.  A subclass's __init__ calls
    _open() with the compressor to write with, or the decompressor factory to read
    with."""

    _fp = None
    _closefp = False
    _mode = _MODE_CLOSED
    _buffer = None
    _compressor = None

    def _open(self, filename, mode, compressor, decomp_factory, trailing_error, **decomp_args):
        """mode: one of 'rb', 'wb', 'xb', 'ab' (already checked)."""
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if mode == "rb":
            self._mode = _MODE_READ
            raw = DecompressReader(self._fp, decomp_factory,
                                   trailing_error=trailing_error, **decomp_args)
            self._buffer = io.BufferedReader(raw)
        else:
            self._mode = _MODE_WRITE
            self._compressor = compressor
            self._pos = 0

    def close(self):
        """Flushes the compressed stream (writing) and closes the file; the
        underlying file object only if this object opened it."""
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_READ:
                self._buffer.close()
            elif self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED
                self._buffer = None

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._buffer.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def peek(self, size=-1):
        """Buffered bytes from the current position on, without moving; at least
        one byte unless at the end of the file."""
        self._check_can_read()
        return self._buffer.peek(size)

    def read(self, size=-1):
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_can_read()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def readinto(self, b):
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        if not isinstance(size, int):
            if not hasattr(size, "__index__"):
                raise TypeError("Integer argument expected")
            size = size.__index__()
        self._check_can_read()
        return self._buffer.readline(size)

    def readlines(self, size=-1):
        if not isinstance(size, int):
            if not hasattr(size, "__index__"):
                raise TypeError("Integer argument expected")
            size = size.__index__()
        self._check_can_read()
        return self._buffer.readlines(size)

    def write(self, data):
        """Compresses data (any bytes-like object) into the file; returns the number
        of uncompressed bytes taken."""
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def seek(self, offset, whence=io.SEEK_SET):
        """Moves in the decompressed data (reading only); going backward
        decompresses again from the start, so it can be slow."""
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos


def decompress_streams(data, new_decompressor, stream_error, truncated_error):
    """The one-shot decompress() of bz2 and lzma: every stream in data, one after the
    other.  Bytes after the last stream that raise stream_error are ignored; data that
    ends inside a stream raises truncated_error."""
    results = []
    while True:
        decomp = new_decompressor()
        try:
            results.append(decomp.decompress(data))
        except stream_error:
            if results:
                break
            raise
        if not decomp.eof:
            raise truncated_error("Compressed data ended before the "
                                  "end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)


def open_text_or_binary(open_binary, mode, encoding, errors, newline):
    """What bz2.open, lzma.open and gzip.open share: open_binary(mode without 't'),
    wrapped in a TextIOWrapper for the text modes, with their argument checks."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary_file = open_binary(mode.replace("t", ""))
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
