"""What bz2, lzma and gzip share: a binary file class over a compressor or a
decompressor, the text-or-binary choice of their open() functions, and one-shot
decompression of concatenated streams."""

import io
import os

# How much compressed input is pulled from the underlying file at a time.
INPUT_CHUNK = 64 * 1024

TRUNCATED_FILE = "Compressed file ended before the end-of-stream marker was reached"
TRUNCATED_DATA = "Compressed data ended before the end-of-stream marker was reached"


def open_text_or_binary(open_binary, mode, encoding, errors, newline):
    """open_binary(mode without 't') for a binary mode; for a text mode, the same
    wrapped in a TextIOWrapper. Mixed or misplaced arguments raise ValueError."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
        binary = open_binary(mode.replace("t", ""))
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None:
            raise ValueError("Argument '%s' not supported in binary mode" % name)
    return open_binary(mode)


def decompress_streams(data, make_decompressor, junk_error, truncated_error):
    """Every complete stream in data decompressed and joined. Bytes after the first
    stream that make a fresh decompressor raise junk_error are ignored; a stream that
    stops short raises truncated_error."""
    pieces = []
    first = True
    while True:
        decompressor = make_decompressor()
        try:
            pieces.append(decompressor.decompress(data))
        except junk_error:
            if first:
                raise
            break
        if not decompressor.eof:
            raise truncated_error(TRUNCATED_DATA)
        data = decompressor.unused_data
        if not data:
            break
        first = False
    return b"".join(pieces)


class StreamInflater(io.RawIOBase):
    """A raw, read-only stream of the decompressed bytes of every stream in the file
    object fp. Seeking backwards starts again from the beginning of fp."""

    def __init__(self, fp, make_decompressor, junk_error, decompressor_args):
        self.source = fp
        self.make_decompressor = make_decompressor
        self.junk_error = junk_error
        self.decompressor_args = decompressor_args
        self.restart()
        self.total = None          # decompressed length, once the end has been seen

    def restart(self):
        self.decompressor = self.make_decompressor(**self.decompressor_args)
        self.position = 0
        self.finished = False
        self.in_first_stream = True

    def readable(self):
        return True

    def seekable(self):
        return self.source.seekable()

    def close(self):
        self.decompressor = None
        super().close()

    def tell(self):
        return self.position

    def readinto(self, buffer):
        with memoryview(buffer) as view, view.cast("B") as target:
            data = self.read(len(target))
            target[:len(data)] = data
        return len(data)

    def readall(self):
        pieces = []
        while True:
            data = self.read(INPUT_CHUNK * 4)
            if not data:
                return b"".join(pieces)
            pieces.append(data)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        while size and not self.finished:
            data = self.next_piece(size)
            if data:
                self.position += len(data)
                return data
        if not self.finished or self.total is None:
            self.total = self.position
        return b""

    def next_piece(self, size):
        """Up to size decompressed bytes, possibly none; marks the end of input."""
        decompressor = self.decompressor
        if decompressor.eof:
            # A stream ended: anything after it is either another stream or junk.
            pending = decompressor.unused_data or self.source.read(INPUT_CHUNK)
            if not pending:
                self.finished = True
                return b""
            self.decompressor = self.make_decompressor(**self.decompressor_args)
            self.in_first_stream = False
            try:
                return self.decompressor.decompress(pending, size)
            except self.junk_error:
                self.finished = True
                return b""
        if decompressor.needs_input:
            pending = self.source.read(INPUT_CHUNK)
            if not pending:
                raise EOFError(TRUNCATED_FILE)
        else:
            pending = b""
        return decompressor.decompress(pending, size)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self.position
        elif whence == io.SEEK_END:
            if self.total is None:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self.total
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.position:
            self.source.seek(0)
            self.restart()
        while self.position < offset:
            if not self.read(min(offset - self.position, io.DEFAULT_BUFFER_SIZE)):
                break
        return self.position


class CompressedFile(io.BufferedIOBase):
    """A binary file whose bytes are stored compressed in another file. Subclasses
    check their own arguments and call _open()."""

    _state = "closed"      # until _open() succeeds

    def _open(self, filename, mode, compressor, make_decompressor, junk_error,
              **decompressor_args):
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._raw_file = open(filename, mode)
            self._owns_raw_file = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._raw_file = filename
            self._owns_raw_file = False
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._state = "read" if mode == "rb" else "write"
        if self._state == "read":
            inflater = StreamInflater(self._raw_file, make_decompressor, junk_error,
                                      decompressor_args)
            self._reader = io.BufferedReader(inflater)
        else:
            self._compressor = compressor
            self._written = 0

    # -- state checks --------------------------------------------------------

    def _require_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _require_reading(self):
        self._require_open()
        if self._state != "read":
            raise io.UnsupportedOperation("File not open for reading")

    def _require_writing(self):
        self._require_open()
        if self._state != "write":
            raise io.UnsupportedOperation("File not open for writing")

    @property
    def closed(self):
        return self._state == "closed"

    def close(self):
        if self._state == "closed":
            return
        try:
            if self._state == "read":
                self._reader.close()
                self._reader = None
            else:
                self._raw_file.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._owns_raw_file:
                    self._raw_file.close()
            finally:
                self._raw_file = None
                self._state = "closed"

    def fileno(self):
        self._require_open()
        return self._raw_file.fileno()

    def readable(self):
        self._require_open()
        return self._state == "read"

    def writable(self):
        self._require_open()
        return self._state == "write"

    def seekable(self):
        return self.readable() and self._reader.seekable()

    # -- reading -------------------------------------------------------------

    def read(self, size=-1):
        self._require_reading()
        return self._reader.read(size)

    def read1(self, size=-1):
        self._require_reading()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._reader.read1(size)

    def readinto(self, b):
        self._require_reading()
        return self._reader.readinto(b)

    def peek(self, n=0):
        self._require_reading()
        return self._reader.peek(n)

    def readline(self, size=-1):
        self._require_reading()
        return self._reader.readline(size)

    def readlines(self, hint=-1):
        self._require_reading()
        return self._reader.readlines(hint)

    # -- writing -------------------------------------------------------------

    def write(self, data):
        self._require_writing()
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            with memoryview(data) as view:
                count = view.nbytes
        self._raw_file.write(self._compressor.compress(data))
        self._written += count
        return count

    # -- position ------------------------------------------------------------

    def seek(self, offset, whence=io.SEEK_SET):
        self._require_open()
        if self._state != "read":
            raise io.UnsupportedOperation(
                "Seeking is only supported on files open for reading")
        if not self._reader.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")
        return self._reader.seek(offset, whence)

    def tell(self):
        self._require_open()
        if self._state == "read":
            return self._reader.tell()
        return self._written
