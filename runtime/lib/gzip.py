"""gzip: read and write gzip files (RFC 1952) on top of the zlib module."""

import builtins
import io
import _compression
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    def open_binary(gz_mode):
        if isinstance(filename, (str, bytes, os.PathLike)):
            return GzipFile(filename, gz_mode, compresslevel)
        if hasattr(filename, "read") or hasattr(filename, "write"):
            return GzipFile(None, gz_mode, compresslevel, filename)
        raise TypeError("filename must be a str or bytes object, or a file")
    return _compression.open_text_or_binary(open_binary, mode, encoding, errors, newline)


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b''):
    flags = FNAME if fname else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime) & 0xffffffff,
                       _xfl(compresslevel), 255)
    if fname:
        head += fname + b'\0'
    return head


class _MemberReader:
    """Pulls decompressed bytes out of a sequence of gzip members read from fp."""

    def __init__(self, fp, crc_values=True):
        self._fp = fp
        self._crc_values = crc_values  # name both CRCs in the error (GzipFile does)
        self._pending = b''      # compressed bytes read but not yet consumed
        self._decomp = None      # decompressobj of the member being read
        self._crc = 0
        self._size = 0
        self._eof = False
        self._member_done = False   # its trailer is checked when more data is wanted
        self.last_mtime = None

    def _read_exact(self, n):
        data = self._pending[:n]
        self._pending = self._pending[n:]
        while len(data) < n:
            more = self._fp.read(n - len(data))
            if not more:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            data += more
        return data

    def _read_until_nul(self):
        while True:
            c = self._read_exact(1)
            if c == b'\0':
                return

    def _start_member(self):
        """Reads a member header; False at the end of the file."""
        while True:
            magic = self._pending[:2]
            if len(magic) < 2:
                magic += self._fp.read(2 - len(magic))
                self._pending = magic
            if not magic:
                return False
            if magic[:1] == b'\0' and magic == b'\0' * len(magic):
                # zero padding after the last member
                self._pending = b''
                continue
            break
        if len(magic) < 2:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        self._pending = self._pending[2:]
        if magic != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag, self.last_mtime = struct.unpack("<BBIxx", self._read_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len, = struct.unpack("<H", self._read_exact(2))
            self._read_exact(extra_len)
        if flag & FNAME:
            self._read_until_nul()
        if flag & FCOMMENT:
            self._read_until_nul()
        if flag & FHCRC:
            self._read_exact(2)
        self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        return True

    def _end_member(self):
        crc, size = struct.unpack("<II", self._read_exact(8))
        if crc != self._crc:
            if not self._crc_values:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if size != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        self._decomp = None

    def read_chunk(self):
        """Some decompressed bytes; b'' only at the end of the file."""
        while not self._eof:
            if self._member_done:
                # As CPython's reader: a member's CRC and length are checked only
                # when data past its end is asked for.
                self._member_done = False
                self._end_member()
            if self._decomp is None:
                if not self._start_member():
                    self._eof = True
                    break
            if self._pending:
                raw, self._pending = self._pending, b''
            else:
                raw = self._fp.read(_CHUNK)
            out = self._decomp.decompress(raw)
            self._crc = zlib.crc32(out, self._crc)
            self._size += len(out)
            if self._decomp.eof:
                self._pending = self._decomp.unused_data
                self._member_done = True
            elif not raw:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            if out:
                return out
        return b''


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing one gzip file, as the gzip program does."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buffer = b''
            self._pos = 0           # start of the unread part of _buffer
            self._offset = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self.name = filename
            self._compresslevel = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from the stream, or None"""
        return self._reader.last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _fill(self, size):
        """Makes at least `size` decompressed bytes available after _pos (all: -1)."""
        have = len(self._buffer) - self._pos
        if 0 <= size <= have:
            return
        parts = [self._buffer[self._pos:]]
        while size < 0 or have < size:
            chunk = self._reader.read_chunk()
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        self._buffer = b''.join(parts)
        self._pos = 0

    def _take(self, n):
        data = self._buffer[self._pos:self._pos + n]
        self._pos += len(data)
        self._offset += len(data)
        return data

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buffer))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_read()
        self._fill(1)
        if size is None or size < 0:
            size = len(self._buffer)
        return self._take(size)

    def peek(self, n):
        self._check_read()
        self._fill(max(n, 1))
        return self._buffer[self._pos:]

    def readline(self, size=-1):
        self._check_read()
        limit = -1 if size is None or size < 0 else size
        start = self._pos
        while True:
            end = self._buffer.find(b'\n', start)
            have = len(self._buffer) - self._pos
            if end >= 0 or 0 <= limit <= have:
                break
            self._fill(have + 1)            # moves the unread bytes to the front
            if len(self._buffer) - self._pos == have:
                break                       # end of the file
            start = self._pos + have        # the first `have` bytes hold no newline
        n = end + 1 - self._pos if end >= 0 else len(self._buffer) - self._pos
        if 0 <= limit < n:
            n = limit
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_read()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<II", self._crc & 0xffffffff,
                                          self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def rewind(self):
        """Go back to the start of the decompressed data (read mode)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buffer = b''
        self._pos = 0
        self._offset = 0

    def seek(self, offset, whence=io.SEEK_SET):
        """Move in the decompressed data: forward by reading on, backward by
        decompressing again from the start.  Writing can only move forward,
        filling the gap with zero bytes."""
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if self.mode == WRITE:
            self._check_not_closed()
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            gap = offset - self._offset
            while gap > 0:
                gap -= self.write(b'\0' * min(gap, 1024))
            return self._offset
        self._check_read()
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, io.DEFAULT_BUFFER_SIZE)):
                break
        return self._offset

    def tell(self):
        self._check_not_closed()
        return self._offset

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-compressed bytes."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib's own gzip header (mtime 0, its OS byte) is what CPython writes here
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<II", zlib.crc32(data), len(data) & 0xffffffff)
    return (_header(compresslevel, mtime)
            + zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS) + trailer)


def decompress(data):
    """Decompress a gzip-compressed bytes object (every member) and return the data."""
    reader = _MemberReader(io.BytesIO(data), crc_values=False)
    parts = []
    while True:
        chunk = reader.read_chunk()
        if not chunk:
            return b''.join(parts)
        parts.append(chunk)
