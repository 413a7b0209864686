"""ZIP archives (PKWARE's APPNOTE format): reading and writing members stored,
deflated, bzip2- or LZMA-compressed, ZIP64 records for big archives, traditional
PKWARE decryption, zipfile.Path, and the `python -m zipfile` command line."""

import binascii
import io
import os
import posixpath
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32
try:
    import bz2
except ImportError:
    bz2 = None
try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """The archive would need ZIP64 records but they were not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

# "Version needed to extract" for each feature, as APPNOTE numbers them.
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

# Record layouts (all little-endian) and their signatures.
LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
END_RECORD = struct.Struct("<4s4H2LH")
END_RECORD64 = struct.Struct("<4sQ2H2L4Q")
END_LOCATOR64 = struct.Struct("<4sLQL")
LOCAL_MAGIC = b"PK\x03\x04"
CENTRAL_MAGIC = b"PK\x01\x02"
END_MAGIC = b"PK\x05\x06"
END64_MAGIC = b"PK\x06\x06"
LOCATOR64_MAGIC = b"PK\x06\x07"
DESCRIPTOR_MAGIC = b"PK\x07\x08"

# General purpose flag bits.
FLAG_ENCRYPTED = 0x01
FLAG_LZMA_EOS = 0x02
FLAG_DESCRIPTOR = 0x08
FLAG_PATCHED = 0x20
FLAG_STRONG_CRYPTO = 0x40
FLAG_UTF8 = 0x800

ZIP64_EXTRA_ID = 0x0001
DIRECTORY_BIT = 0x10      # MS-DOS directory attribute in external_attr
ONE_MEGABYTE = 1 << 20


# The upper half of IBM code page 437, the encoding of member names written
# without the UTF-8 flag; the lower half is ASCII.
CP437_HIGH = (
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ"
    "áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
    "└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
    "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0"
)


def decode_name(raw, flags, encoding):
    if flags & FLAG_UTF8:
        return raw.decode("utf-8")
    if encoding:
        return raw.decode(encoding)
    if raw.isascii():
        return raw.decode("ascii")
    return "".join(chr(byte) if byte < 128 else CP437_HIGH[byte - 128] for byte in raw)


# -- compression methods -----------------------------------------------------

def method_available(method):
    """Raise unless this build can (de)compress members with method."""
    if method == ZIP_STORED:
        return
    module = {ZIP_DEFLATED: zlib, ZIP_BZIP2: bz2, ZIP_LZMA: lzma}.get(method, False)
    if module is False:
        raise NotImplementedError("That compression method is not supported")
    if module is None:
        raise RuntimeError("Compression requires the (missing) %s module"
                           % {ZIP_DEFLATED: "zlib", ZIP_BZIP2: "bz2", ZIP_LZMA: "lzma"}[method])


class LZMAMemberCompressor:
    """Raw LZMA1 behind the small header zip puts in front of LZMA members: the
    LZMA SDK version it mimics, then the filter properties' length and bytes."""

    def __init__(self):
        properties = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
        self.prefix = struct.pack("<BBH", 9, 4, len(properties)) + properties
        raw_filter = lzma._decode_filter_properties(lzma.FILTER_LZMA1, properties)
        self.engine = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[raw_filter])

    def compress(self, data):
        out = self.prefix + self.engine.compress(data)
        self.prefix = b""
        return out

    def flush(self):
        return self.prefix + self.engine.flush()


class LZMAMemberDecompressor:
    """Reads the header an LZMAMemberCompressor writes, then decompresses raw LZMA1."""

    def __init__(self):
        self.engine = None
        self.pending = b""
        self.eof = False

    def decompress(self, data):
        if self.engine is None:
            self.pending += data
            if len(self.pending) < 4:
                return b""
            size = struct.unpack("<H", self.pending[2:4])[0]
            if len(self.pending) < 4 + size:
                return b""
            raw_filter = lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                                         self.pending[4:4 + size])
            self.engine = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[raw_filter])
            data = self.pending[4 + size:]
            self.pending = b""
        out = self.engine.decompress(data)
        self.eof = self.engine.eof
        return out


def make_compressor(method, level):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Compressor(9 if level is None else level)
    if method == ZIP_LZMA:
        return LZMAMemberCompressor()
    return None


def make_decompressor(method):
    if method == ZIP_STORED:
        return None
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    if method == ZIP_LZMA:
        return LZMAMemberDecompressor()
    name = compressor_names.get(method)
    if name:
        raise NotImplementedError("compression type %d (%s)" % (method, name))
    raise NotImplementedError("compression type %d" % (method,))


# -- traditional PKWARE encryption --------------------------------------------

def pkware_crc_table():
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return table


class PKWareDecrypter:
    """The three-key stream cipher of APPNOTE section 6.1, decrypting side."""

    table = None

    def __init__(self, password):
        if PKWareDecrypter.table is None:
            PKWareDecrypter.table = pkware_crc_table()
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self.mix(byte)

    def mix(self, byte):
        table = self.table
        k0, k1, k2 = self.keys
        k0 = (k0 >> 8) ^ table[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ table[(k2 ^ (k1 >> 24)) & 0xFF]
        self.keys = [k0, k1, k2]

    def decrypt(self, data):
        out = bytearray(len(data))
        for index, byte in enumerate(data):
            stream = self.keys[2] | 2
            byte ^= ((stream * (stream ^ 1)) >> 8) & 0xFF
            self.mix(byte)
            out[index] = byte
        return bytes(out)


# -- ZipInfo ------------------------------------------------------------------

def dos_stamp(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    return (((year - 1980) << 9) | (month << 5) | day,
            (hour << 11) | (minute << 5) | (second // 2))


def from_dos_stamp(date, clock):
    return ((date >> 9) + 1980, (date >> 5) & 0x0F, date & 0x1F,
            clock >> 11, (clock >> 5) & 0x3F, (clock & 0x1F) * 2)


class ZipInfo:
    """What the archive says about one member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_level",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_dos_time")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # Everything from a NUL on is dropped: some tools pad names that way.
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s"
                         % compressor_names.get(self.compress_type, self.compress_type))
        mode = self.external_attr >> 16
        low_bits = self.external_attr & 0xFFFF
        if mode:
            parts.append(" filemode=%r" % stat.filemode(mode))
        if low_bits:
            parts.append(" external_attr=%#x" % low_bits)
        closed_dir = self.is_dir()
        if not closed_dir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if (not closed_dir or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        return self.filename.endswith("/")

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo describing the file or directory at filename."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        info = os.stat(filename)
        is_dir = stat.S_ISDIR(info.st_mode)
        stamp = time.localtime(info.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        arcname = arcname.lstrip(os.sep + (os.altsep or ""))
        if os.altsep:
            arcname = arcname.replace(os.altsep, "/")
        if is_dir:
            arcname += "/"
        member = cls(arcname, stamp)
        member.external_attr = (info.st_mode & 0xFFFF) << 16
        if is_dir:
            member.file_size = 0
            member.external_attr |= DIRECTORY_BIT
        else:
            member.file_size = info.st_size
        return member

    def encoded_name(self):
        """The name's bytes and the flag bits they need: ASCII as is, else UTF-8."""
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header record for this member."""
        date, clock = dos_stamp(self.date_time)
        if self.flag_bits & FLAG_DESCRIPTOR:
            crc = compress_size = file_size = 0     # they follow the data
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        minimum_version = None
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra += struct.pack("<HHQQ", ZIP64_EXTRA_ID, 16, file_size, compress_size)
            file_size = compress_size = 0xFFFFFFFF
            minimum_version = ZIP64_VERSION
        version = needed_version(self.compress_type, minimum_version)
        self.extract_version = max(version, self.extract_version)
        self.create_version = max(version, self.create_version)
        name, flags = self.encoded_name()
        record = LOCAL_HEADER.pack(LOCAL_MAGIC, self.extract_version, self.reserved, flags,
                                   self.compress_type, clock, date, crc, compress_size,
                                   file_size, len(name), len(extra))
        return record + name + extra

    def read_extra(self):
        """Take the real sizes and offset out of a ZIP64 extra field."""
        extra = self.extra
        while len(extra) >= 4:
            kind, size = struct.unpack("<HH", extra[:4])
            if 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, size))
            if kind == ZIP64_EXTRA_ID:
                payload = extra[4:4 + size]
                for field in ("file_size", "compress_size", "header_offset"):
                    if getattr(self, field) in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
                        if len(payload) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. %s not found."
                                             % field.replace("_", " ").capitalize())
                        setattr(self, field, struct.unpack("<Q", payload[:8])[0])
                        payload = payload[8:]
            extra = extra[4 + size:]


def needed_version(method, minimum=None):
    version = {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}.get(method, DEFAULT_VERSION)
    return max(version, minimum or DEFAULT_VERSION)


def strip_zip64_extra(extra):
    """extra without its ZIP64 field, which is rewritten from the current sizes."""
    kept = b""
    while len(extra) >= 4:
        kind, size = struct.unpack("<HH", extra[:4])
        if kind != ZIP64_EXTRA_ID:
            kept += extra[:4 + size]
        extra = extra[4 + size:]
    return kept + extra


# -- locating the central directory --------------------------------------------

def find_end_record(fp):
    """(start of the end records, entries, cd_size, cd_offset, comment) with ZIP64
    values folded in, or None when fp holds no end-of-central-directory record."""
    try:
        fp.seek(0, io.SEEK_END)
    except OSError:
        return None
    file_size = fp.tell()
    window = min(file_size, END_RECORD.size + ZIP_MAX_COMMENT)
    fp.seek(file_size - window)
    tail = fp.read(window)
    # The comment after the record may itself contain the signature: take the last
    # candidate whose record fits.
    where = tail.rfind(END_MAGIC)
    while where >= 0 and where + END_RECORD.size > len(tail):
        where = tail.rfind(END_MAGIC, 0, where)
    if where < 0:
        return None
    fields = END_RECORD.unpack(tail[where:where + END_RECORD.size])
    entries, cd_size, cd_offset, comment_length = fields[4:8]
    comment = tail[where + END_RECORD.size:where + END_RECORD.size + comment_length]
    record_start = file_size - window + where
    if record_start >= END_LOCATOR64.size:
        fp.seek(record_start - END_LOCATOR64.size)
        locator = fp.read(END_LOCATOR64.size)
        if locator[:4] == LOCATOR64_MAGIC:
            _, disk, _, disks = END_LOCATOR64.unpack(locator)
            if disk or disks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            end64_at = record_start - END_LOCATOR64.size - END_RECORD64.size
            if end64_at >= 0:
                fp.seek(end64_at)
                record64 = fp.read(END_RECORD64.size)
                if record64[:4] == END64_MAGIC:
                    fields64 = END_RECORD64.unpack(record64)
                    entries, cd_size, cd_offset = fields64[7], fields64[8], fields64[9]
                    record_start = end64_at
    return record_start, entries, cd_size, cd_offset, comment


def is_zipfile(filename):
    """Whether filename (a path or a binary file object) ends like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            position = filename.tell()
            try:
                return find_end_record(filename) is not None
            finally:
                filename.seek(position)
        with open(filename, "rb") as fp:
            return find_end_record(fp) is not None
    except OSError:
        return False


# -- reading members -----------------------------------------------------------

class SharedReader:
    """One member's view of the archive's file: it keeps its own position, so
    several members can be read at once through one file object."""

    def __init__(self, archive, position):
        self.archive = archive
        self.fp = archive.fp
        self.position = position

    def read(self, size):
        archive = self.archive
        with archive.lock:
            if archive.writer is not None:
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self.fp.seek(self.position)
            data = self.fp.read(size)
            self.position = self.fp.tell()
        return data

    def tell(self):
        return self.position

    def seek(self, position):
        self.position = position

    def seekable(self):
        return self.fp.seekable()

    def close(self):
        if self.fp is not None:
            self.fp = None
            self.archive.release_file()


class ZipExtFile(io.BufferedIOBase):
    """A readable file object over one member's uncompressed bytes; the CRC is
    checked when the end is reached."""

    READ_CHUNK = 64 * 1024

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._source = fileobj
        self._closes_source = close_fileobj
        self._info = zipinfo
        self._password = pwd
        self.name = zipinfo.filename
        self.mode = mode
        self.newlines = None
        self._data_start = fileobj.tell()
        self._seekable = False
        try:
            self._seekable = fileobj.seekable()
        except AttributeError:
            pass
        self._begin()

    def _begin(self):
        info = self._info
        self._compressed_left = info.compress_size
        self._decompressor = make_decompressor(info.compress_type)
        self._decrypter = None
        self._pending = b""           # decompressed, not yet returned
        self._produced = 0            # decompressed bytes so far
        self._crc = 0
        self._finished = False
        if info.flag_bits & FLAG_ENCRYPTED:
            self._decrypter = self._open_encryption()

    def _open_encryption(self):
        info = self._info
        password = self._password
        if not password:
            raise RuntimeError("File %r is encrypted, password required for extraction"
                               % info.filename)
        if not isinstance(password, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(password).__name__)
        decrypter = PKWareDecrypter(password)
        header = decrypter.decrypt(self._source.read(12))
        self._compressed_left -= 12
        # The last header byte repeats the CRC's high byte, or the DOS time's when
        # the CRC was not known before the data was written.
        if info.flag_bits & FLAG_DESCRIPTOR:
            expected = (info._dos_time >> 8) & 0xFF
        else:
            expected = (info.CRC >> 24) & 0xFF
        if header[11] != expected:
            raise RuntimeError("Bad password for file %r" % info.filename)
        return decrypter

    def __repr__(self):
        kind = "%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.closed:
            return "<%s [closed]>" % kind
        text = "<%s name=%r mode=%r" % (kind, self.name, self.mode)
        if self._info.compress_type != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(
                self._info.compress_type, self._info.compress_type)
        return text + ">"

    def _next_chunk(self):
        """More decompressed bytes (possibly none); sets _finished at the end."""
        raw = b""
        if self._compressed_left > 0:
            raw = self._source.read(min(self._compressed_left, self.READ_CHUNK))
            self._compressed_left -= len(raw)
            if not raw:
                raise EOFError
            if self._decrypter is not None:
                raw = self._decrypter.decrypt(raw)
        decompressor = self._decompressor
        if decompressor is None:
            data = raw
            ended = self._compressed_left <= 0
        elif raw:
            data = decompressor.decompress(raw)
            ended = decompressor.eof or self._compressed_left <= 0
        else:
            data = decompressor.flush() if hasattr(decompressor, "flush") else b""
            ended = True
        if ended and decompressor is not None and not decompressor.eof and \
                self._compressed_left <= 0 and raw:
            data += decompressor.flush() if hasattr(decompressor, "flush") else b""
        self._crc = crc32(data, self._crc)
        self._produced += len(data)
        if ended:
            self._finished = True
            if self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    def _fill(self, wanted):
        """Decompress until wanted bytes are pending or the member ends."""
        pieces = [self._pending]
        have = len(self._pending)
        while (wanted < 0 or have < wanted) and not self._finished:
            data = self._next_chunk()
            pieces.append(data)
            have += len(data)
        self._pending = b"".join(pieces)

    def _take(self, size):
        if size < 0 or size >= len(self._pending):
            data, self._pending = self._pending, b""
        else:
            data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None:
            n = -1
        self._fill(n)
        return self._take(n)

    def read1(self, n):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            self._fill(-1)
        else:
            while not self._pending and not self._finished:
                self._pending = self._next_chunk()
        return self._take(n)

    def peek(self, n=1):
        if self.closed:
            raise ValueError("peek from closed file.")
        while not self._pending and not self._finished:
            self._pending = self._next_chunk()
        return self._pending[:max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if limit is None:
            limit = -1
        searched = 0
        while True:
            end = self._pending.find(b"\n", searched)
            if end >= 0:
                size = end + 1
                break
            if self._finished or 0 <= limit <= len(self._pending):
                size = len(self._pending)
                break
            searched = len(self._pending)
            self._pending += self._next_chunk()
        if 0 <= limit < size:
            size = limit
        return self._take(size)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._produced - len(self._pending)

    def seek(self, offset, whence=io.SEEK_SET):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        here = self._produced - len(self._pending)
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = here + offset
        elif whence == io.SEEK_END:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), "
                             "or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < here:
            # Going back means decompressing again from the start of the member.
            self._source.seek(self._data_start)
            self._begin()
            here = 0
        skip = target - here
        while skip > 0:
            if not self._pending:
                if self._finished:
                    break
                self._pending = self._next_chunk()
            dropped = self._take(skip)
            skip -= len(dropped)
        return self._produced - len(self._pending)

    def close(self):
        try:
            if self._closes_source and not self.closed:
                self._source.close()
        finally:
            super().close()


# -- writing members -----------------------------------------------------------

class MemberWriter(io.BufferedIOBase):
    """The file object ZipFile.open(name, "w") returns: data goes through the
    compressor into the archive; closing completes the member's records."""

    def __init__(self, archive, info, zip64):
        self.archive = archive
        self.info = info
        self.zip64 = zip64
        self.compressor = make_compressor(info.compress_type, info._level)
        self.written = 0
        self.compressed = 0
        self.crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self.written += count
        self.crc = crc32(data, self.crc)
        if self.compressor is not None:
            data = self.compressor.compress(data)
        self.compressed += len(data)
        self.archive.fp.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self.finish()
        finally:
            self.archive.writer = None

    def finish(self):
        archive, info = self.archive, self.info
        fp = archive.fp
        if self.compressor is not None:
            tail = self.compressor.flush()
            self.compressed += len(tail)
            fp.write(tail)
        info.compress_size = self.compressed if self.compressor is not None else self.written
        info.file_size = self.written
        info.CRC = self.crc
        if not self.zip64:
            if self.written > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self.compressed > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        if info.flag_bits & FLAG_DESCRIPTOR:
            layout = "<LLQQ" if self.zip64 else "<LLLL"
            fp.write(struct.pack(layout, 0x08074B50, info.CRC, info.compress_size,
                                 info.file_size))
            archive.start_dir = fp.tell()
        else:
            # Rewrite the local header now that the sizes and CRC are known.
            end = fp.tell()
            fp.seek(info.header_offset)
            fp.write(info.FileHeader(self.zip64))
            fp.seek(end)
            archive.start_dir = end
        archive.add_member(info)


class WriteCounter:
    """Wraps a file object that cannot tell(): counts what goes through it."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        count = self.fp.write(data)
        self.offset += len(data)
        return count

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


# -- the archive ---------------------------------------------------------------

class ZipFile:
    """A ZIP archive opened for reading ("r"), writing ("w"), exclusive creation
    ("x") or appending ("a")."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        method_available(compression)
        self._allow_zip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self._modified = False
        self._comment = b""
        self._owns_file = False
        self._users = 1
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self.metadata_encoding = metadata_encoding
        self.lock = threading.RLock()
        self.writer = None
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self.filename = file
            self._owns_file = True
            if mode == "a":
                try:
                    self.fp = io.open(file, "r+b")
                except OSError:
                    self.fp = io.open(file, "w+b")
            else:
                self.fp = io.open(file, {"r": "rb", "w": "w+b", "x": "x+b"}[mode])
        else:
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            self._start(mode)
        except BaseException:
            fp = self.fp
            self.fp = None
            if self._owns_file:
                fp.close()
            raise

    def _start(self, mode):
        if mode == "r":
            self._read_directory()
            return
        if mode == "a":
            try:
                self._read_directory()
                self.fp.seek(self.start_dir)
                return
            except BadZipFile:
                # Not an archive yet: the new one goes after whatever is there.
                self.fp.seek(0, io.SEEK_END)
        self._modified = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            self.fp = WriteCounter(self.fp)
            self.start_dir = 0
            self._seekable = False
            return
        try:
            self.fp.seek(self.start_dir)
            self._seekable = True
        except (AttributeError, OSError):
            self._seekable = False

    def _read_directory(self):
        fp = self.fp
        found = find_end_record(fp)
        if found is None:
            raise BadZipFile("File is not a zip file")
        records_start, entries, cd_size, cd_offset, comment = found
        self._comment = comment
        self._seekable = True
        # Bytes in front of the archive (a self-extractor stub) shift every offset.
        shift = records_start - cd_size - cd_offset
        self.start_dir = cd_offset + shift
        fp.seek(self.start_dir)
        directory = fp.read(cd_size)
        at = 0
        while at < len(directory):
            record = directory[at:at + CENTRAL_HEADER.size]
            if len(record) != CENTRAL_HEADER.size:
                raise BadZipFile("Truncated central directory")
            fields = CENTRAL_HEADER.unpack(record)
            if fields[0] != CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            name_length, extra_length, comment_length = fields[12:15]
            at += CENTRAL_HEADER.size
            raw_name = directory[at:at + name_length]
            at += name_length
            name = decode_name(raw_name, fields[5], self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = directory[at:at + extra_length]
            at += extra_length
            info.comment = directory[at:at + comment_length]
            at += comment_length
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, clock, date, info.CRC, info.compress_size,
             info.file_size) = fields[1:12]
            info.volume, info.internal_attr, info.external_attr, info.header_offset = \
                fields[15:19]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (info.extract_version / 10))
            info._dos_time = clock
            info.date_time = from_dos_stamp(date, clock)
            info.read_extra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- small queries ----------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()

    def __repr__(self):
        kind = "%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return "<%s [closed]>" % kind
        if self._owns_file:
            return "<%s filename=%r mode=%r>" % (kind, self.filename, self.mode)
        return "<%s file=%r mode=%r>" % (kind, self.fp if not isinstance(
            self.fp, WriteCounter) else self.fp.fp, self.mode)

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(ONE_MEGABYTE):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes"
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def release_file(self):
        """A user of the file (the archive itself or an open member) is done with it."""
        self._users -= 1
        if self._users == 0 and self._owns_file and self._closing:
            self._closing.close()

    _closing = None

    # -- reading ------------------------------------------------------------------

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._level = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_for_writing(info, force_zip64)
        if self.writer is not None:
            raise ValueError("Can't read from the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle before "
                             "trying to read.")
        self._users += 1
        source = SharedReader(self, info.header_offset)
        try:
            header = source.read(LOCAL_HEADER.size)
            if len(header) != LOCAL_HEADER.size:
                raise BadZipFile("Truncated file header")
            fields = LOCAL_HEADER.unpack(header)
            if fields[0] != LOCAL_MAGIC:
                raise BadZipFile("Bad magic number for file header")
            raw_name = source.read(fields[10])
            if fields[11]:
                source.read(fields[11])
            flags = fields[3]
            if flags & FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if flags & FLAG_STRONG_CRYPTO:
                raise NotImplementedError("strong encryption (flag bit 6)")
            local_name = decode_name(raw_name, flags, self.metadata_encoding)
            if local_name != info.orig_filename:
                raise BadZipFile("File name in directory %r and header %r differ."
                                 % (info.orig_filename, raw_name))
            if info.flag_bits & FLAG_ENCRYPTED and not pwd:
                pwd = self.pwd
            return ZipExtFile(source, mode, info, pwd, True)
        except BaseException:
            source.close()
            raise

    # -- writing ------------------------------------------------------------------

    def _check_writable(self, info):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        method_available(info.compress_type)
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % info.filename, stacklevel=3)
        if not self._allow_zip64:
            reason = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                reason = "Files count"
            elif info.file_size > ZIP64_LIMIT:
                reason = "Filesize"
            elif info.header_offset > ZIP64_LIMIT:
                reason = "Zipfile size"
            if reason:
                raise LargeZipFile(reason + " would require ZIP64 extensions")

    def _open_for_writing(self, info, force_zip64):
        if force_zip64 and not self._allow_zip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when "
                             "opening the ZIP file.")
        if self.writer is not None:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= FLAG_LZMA_EOS
        if not self._seekable:
            info.flag_bits |= FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        # With the size unknown up front, reserve ZIP64 fields only when asked to or
        # when the expected size is close to the limit.
        zip64 = self._allow_zip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._check_writable(info)
        self._modified = True
        self.fp.write(info.FileHeader(zip64))
        self.writer = MemberWriter(self, info, zip64)
        return self.writer

    def add_member(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._level = self.compresslevel
            if info.is_dir():
                info.external_attr = (0o40775 << 16) | DIRECTORY_BIT
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self.writer is not None:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._level = compresslevel
        info.file_size = len(data)
        with self.lock:
            with self.open(info, mode="w") as member:
                member.write(data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self.writer is not None:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, "w") as member:
            shutil.copyfileobj(source, member, 1024 * 8)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | DIRECTORY_BIT
            info.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self.lock:
            if self.writer is not None:
                raise ValueError("Can't write to ZIP archive while an open writing handle "
                                 "exists.")
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= FLAG_LZMA_EOS
            self._check_writable(info)
            self._modified = True
            self.add_member(info)
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    # -- extracting ---------------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_one(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract_one(member, path, pwd)

    def _extract_one(self, member, target_dir, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        target = os.path.join(target_dir, safe_relative_path(info.filename))
        target = os.path.normpath(target)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        return target

    # -- closing ------------------------------------------------------------------

    def close(self):
        if self.fp is None:
            return
        if self.writer is not None:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the "
                             "zip.")
        try:
            if self.mode in ("w", "x", "a") and self._modified:
                with self.lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if isinstance(fp, WriteCounter):
                fp = fp.fp
            self._closing = fp
            self.release_file()

    def __del__(self):
        try:
            if self.fp is not None and self._owns_file:
                self.fp = None
                self.release_file()
        except Exception:
            pass

    def _write_directory(self):
        fp = self.fp
        for info in self.filelist:
            date, clock = dos_stamp(info.date_time)
            big = []
            file_size, compress_size, offset = info.file_size, info.compress_size, \
                info.header_offset
            if file_size > ZIP64_LIMIT:
                big.append(file_size)
                file_size = 0xFFFFFFFF
            if compress_size > ZIP64_LIMIT:
                big.append(compress_size)
                compress_size = 0xFFFFFFFF
            if offset > ZIP64_LIMIT:
                big.append(offset)
                offset = 0xFFFFFFFF
            extra = info.extra
            minimum = 0
            if big:
                extra = struct.pack("<HH%dQ" % len(big), ZIP64_EXTRA_ID, 8 * len(big),
                                    *big) + strip_zip64_extra(extra)
                minimum = ZIP64_VERSION
            extract_version = max(minimum, info.extract_version)
            create_version = max(minimum, info.create_version)
            name, flags = info.encoded_name()
            record = CENTRAL_HEADER.pack(CENTRAL_MAGIC, create_version, info.create_system,
                                         extract_version, info.reserved, flags,
                                         info.compress_type, clock, date, info.CRC,
                                         compress_size, file_size, len(name), len(extra),
                                         len(info.comment), 0, info.internal_attr,
                                         info.external_attr, offset)
            fp.write(record + name + extra + info.comment)
        end = fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        offset = self.start_dir
        reason = None
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allow_zip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            fp.write(END_RECORD64.pack(END64_MAGIC, 44, 45, 45, 0, 0, count, count,
                                       size, offset))
            fp.write(END_LOCATOR64.pack(LOCATOR64_MAGIC, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(END_RECORD.pack(END_MAGIC, 0, 0, count, count, size, offset,
                                 len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()


def safe_relative_path(name):
    """name as a path below the extraction directory: no drive, no root, no '..'
    or '.' components."""
    parts = []
    for part in name.split("/"):
        if os.sep != "/":
            part = part.replace(os.sep, "")
        if part in ("", ".", ".."):
            continue
        parts.append(part)
    return os.path.join(*parts) if parts else ""


# -- PyZipFile -------------------------------------------------------------------

class PyZipFile(ZipFile):
    """A ZipFile that also stores Python modules and packages as compiled code."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        """Add the module pathname (a .py file), or every module of the package or
        plain directory pathname, as .pyc members under basename."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            if self.debug:
                print("pathname %s %s" % (pathname, "did not pass filter"))
            return
        if os.path.isdir(pathname):
            is_package = os.path.isfile(os.path.join(pathname, "__init__.py"))
            if is_package:
                basename = posixpath.join(basename, os.path.basename(pathname)) \
                    if basename else os.path.basename(pathname)
            for entry in sorted(os.listdir(pathname)):
                full = os.path.join(pathname, entry)
                if is_package and os.path.isdir(full) and \
                        os.path.isfile(os.path.join(full, "__init__.py")):
                    self.writepy(full, basename, filterfunc=filterfunc)
                elif entry.endswith(".py"):
                    if filterfunc and not filterfunc(full):
                        continue
                    self._write_module(full, basename)
            return
        if not pathname.endswith(".py"):
            raise RuntimeError('Files added with writepy() must end with ".py"')
        self._write_module(pathname, basename)

    def _write_module(self, path, basename):
        stem = os.path.basename(path)[:-3]
        arcname = posixpath.join(basename, stem) if basename else stem
        compiled = compiled_module(path, self._optimize)
        if compiled is None:
            self.write(path, arcname + ".py")
            return
        stamp = time.localtime(os.stat(path).st_mtime)[:6]
        info = ZipInfo(arcname + ".pyc", stamp)
        info.external_attr = 0o644 << 16
        info.compress_type = self.compression
        self.writestr(info, compiled)


def compiled_module(path, optimize):
    """The .pyc image of the module at path, or None (after reporting why) when it
    does not compile."""
    import importlib.util
    import marshal
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True, optimize=optimize)
    except SyntaxError as exc:
        print(exc)
        return None
    info = os.stat(path)
    header = importlib.util.MAGIC_NUMBER + struct.pack(
        "<LLL", 0, int(info.st_mtime) & 0xFFFFFFFF, info.st_size & 0xFFFFFFFF)
    return header + marshal.dumps(code)


# -- zipfile.Path ---------------------------------------------------------------------

def implied_directories(names):
    """The directories that names sit in but that have no member of their own, each
    after its own parent, in order of first appearance."""
    present = set(names)
    implied = []
    for name in names:
        parts = name.rstrip("/").split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            directory = "/".join(parts[:depth]) + "/"
            if directory not in present:
                present.add(directory)
                implied.append(directory)
    return implied


def parent_entry(name):
    """The name of the directory entry that holds name ('' for the top)."""
    parent = posixpath.dirname(name.rstrip("/"))
    return parent + "/" if parent else ""


class Path:
    """A pathlib-like view of a location inside a ZIP archive."""

    def __init__(self, root, at=""):
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def _names(self):
        names = self.root.namelist()
        return names + implied_directories(names)

    def _at(self, at):
        return type(self)(self.root, at)

    def open(self, mode="r", *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        member_mode = mode[0]
        if not self.exists() and member_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, member_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop("encoding", None)
        return io.TextIOWrapper(stream, io.text_encoding(encoding), *args, **kwargs)

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def _pure(self):
        import pathlib
        return pathlib.PurePosixPath(self.at) if self.at else self.filename

    @property
    def name(self):
        return self._pure().name

    @property
    def suffix(self):
        return self._pure().suffix

    @property
    def suffixes(self):
        return self._pure().suffixes

    @property
    def stem(self):
        return self._pure().stem

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return iter([self._at(name) for name in self._names()
                     if parent_entry(name) == self.at])

    def joinpath(self, *other):
        at = posixpath.join(self.at, *other)
        names = self._names()
        if at not in names and at + "/" in names:
            at += "/"
        return self._at(at)

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        above = posixpath.dirname(self.at.rstrip("/"))
        return self._at(above + "/" if above else "")


# -- command line -----------------------------------------------------------------

def main(args=None):
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for zipfile module.")
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument("-l", "--list", metavar="<zipfile>",
                         help="Show listing of a zipfile")
    actions.add_argument("-e", "--extract", nargs=2, metavar=("<zipfile>", "<output_dir>"),
                         help="Extract zipfile into target dir")
    actions.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                         help="Create zipfile from sources")
    actions.add_argument("-t", "--test", metavar="<zipfile>",
                         help="Test if a zipfile is valid")
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    options = parser.parse_args(args)
    encoding = options.metadata_encoding
    if options.test is not None:
        with ZipFile(options.test, "r", metadata_encoding=encoding) as archive:
            damaged = archive.testzip()
        if damaged:
            print("The following enclosed file is corrupted: {!r}".format(damaged))
        print("Done testing")
    elif options.list is not None:
        with ZipFile(options.list, "r", metadata_encoding=encoding) as archive:
            archive.printdir()
    elif options.extract is not None:
        source, target = options.extract
        with ZipFile(source, "r", metadata_encoding=encoding) as archive:
            archive.extractall(target)
    elif options.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        name, sources = options.create[0], options.create[1:]
        with ZipFile(name, "w") as archive:
            for source in sources:
                add_tree(archive, source, posixpath.basename(os.path.normpath(source)))


def add_tree(archive, path, arcname):
    """path (a file or a directory, recursively) into archive under arcname."""
    if os.path.isfile(path):
        archive.write(path, arcname, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if arcname:
            archive.write(path, arcname)
        for entry in sorted(os.listdir(path)):
            add_tree(archive, os.path.join(path, entry), posixpath.join(arcname, entry))


if __name__ == "__main__":
    main()
