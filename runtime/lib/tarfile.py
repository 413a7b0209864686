"""tar archives (POSIX.1-1988 ustar, GNU and POSIX.1-2001 pax formats): reading and
writing, plain or through gzip, bzip2 and xz, as seekable files or one-way streams,
extraction with the safety filters, and the `python -m tarfile` command line."""

import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT",
           "open"]

version = "0.9.0"
bltn_open = open
symlink_exception = (AttributeError, NotImplementedError, OSError)

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = range(3)
DEFAULT_FORMAT = PAX_FORMAT

# Blocks, records and the fixed-width fields of a header block.
NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
LENGTH_NAME = LENGTH_LINK = 100
LENGTH_PREFIX = 155
POSIX_MAGIC = b"ustar\x0000"
GNU_MAGIC = b"ustar  \0"

# Member type flags: the POSIX ones ...
AREGTYPE, REGTYPE, LNKTYPE, SYMTYPE = b"\0", b"0", b"1", b"2"
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b"3", b"4", b"5", b"6", b"7"
# ... pax extended headers (per member, global, Solaris' variant) ...
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b"x", b"g", b"X"
# ... and GNU's long names, long link targets and old-style sparse files.
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b"L", b"K", b"S"

GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE) + GNU_TYPES

# The pax keywords that override header fields, and how their values convert.
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = dict(atime=float, ctime=float, mtime=float, uid=int, gid=int, size=int)

# The default of TarInfo.replace()'s arguments: "leave this field as it is".
KEEP_FIELD = object()

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


# -- exceptions -------------------------------------------------------------------

class TarError(Exception):
    pass


class ExtractError(TarError):
    pass


class ReadError(TarError):
    pass


class CompressionError(TarError):
    pass


class StreamError(TarError):
    pass


class HeaderError(TarError):
    pass


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class SubsequentHeaderError(HeaderError):
    pass


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would be extracted to {path!r}, "
                         "which is outside the destination")


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would link to {path!r}, "
                         "which is outside the destination")


# -- header fields -------------------------------------------------------------------

def stn(s, length, encoding, errors):
    """str -> a NUL-padded field of exactly length bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """A NUL-terminated field -> str."""
    end = s.find(b"\0")
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """A number field -> int: octal digits, or GNU's base-256 for big and negative
    values (first byte 0x80 or 0xff)."""
    if s[0] in (0o200, 0o377):
        value = int.from_bytes(s[1:], "big")
        if s[0] == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        digits = nts(s, "ascii", "strict")
        return int(digits.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> a number field of digits bytes; GNU base-256 when octal cannot hold it."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            return bytearray([0o200]) + n.to_bytes(digits - 1, "big")
        return bytearray([0o377]) + (256 ** (digits - 1) + n).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) header checksums: every byte summed with the checksum field
    taken as eight spaces. Some old tars summed signed chars, so both are accepted."""
    unsigned = 256 + sum(buf[:148]) + sum(buf[156:512])
    signed = 256 + sum(struct.unpack_from("148b", buf)) + \
        sum(struct.unpack_from("356b", buf, 156))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all, if None) from src to dst; a short source raises
    exception("unexpected end of data")."""
    step = bufsize or 16 * 1024
    if length is None:
        shutil.copyfileobj(src, dst, step)
        return
    copied = 0
    while copied < length:
        want = min(step, length - copied)
        chunk = src.read(want)
        if len(chunk) != want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        copied += want


def padded(data):
    """data followed by NULs up to a whole number of blocks."""
    rest = len(data) % BLOCKSIZE
    return data + NUL * (BLOCKSIZE - rest) if rest else data


def blocks_for(size):
    """The bytes size occupies in the archive, rounded up to whole blocks."""
    return -(-size // BLOCKSIZE) * BLOCKSIZE


def safe_print(text):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    print(text, end=" ")


# pax keywords (and the GNU sparse ones) and the TarInfo field each one sets.
PAX_OVERRIDES = {"path": "name", "linkpath": "linkname", "size": "size", "mtime": "mtime",
                 "uid": "uid", "gid": "gid", "uname": "uname", "gname": "gname",
                 "GNU.sparse.name": "name", "GNU.sparse.size": "size",
                 "GNU.sparse.realsize": "size"}

# What a new TarInfo holds before anything is set.
MEMBER_DEFAULTS = (("mode", 0o644), ("uid", 0), ("gid", 0), ("size", 0), ("mtime", 0),
                   ("chksum", 0), ("type", REGTYPE), ("linkname", ""), ("uname", ""),
                   ("gname", ""), ("devmajor", 0), ("devminor", 0), ("offset", 0),
                   ("offset_data", 0), ("sparse", None), ("tarfile", None))

# The fields get_info() reports, in its order.
INFO_FIELDS = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname",
               "uname", "gname", "devmajor", "devminor")


# -- TarInfo ---------------------------------------------------------------------

class TarInfo:
    """One member of a tar archive: its header fields, where it sits in the archive,
    and its pax extended header entries."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                 "linkname", "uname", "gname", "devmajor", "devminor", "offset",
                 "offset_data", "pax_headers", "sparse", "tarfile", "_sparse_structs",
                 "_link_target")

    def __init__(self, name=""):
        for field, default in MEMBER_DEFAULTS:
            setattr(self, field, default)
        self.name = name
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=KEEP_FIELD, mtime=KEEP_FIELD, mode=KEEP_FIELD,
                linkname=KEEP_FIELD, uid=KEEP_FIELD, gid=KEEP_FIELD, uname=KEEP_FIELD,
                gname=KEEP_FIELD, deep=True):
        """A copy with the given fields changed."""
        import copy
        result = copy.deepcopy(self) if deep else copy.copy(self)
        changes = (("name", name), ("mtime", mtime), ("mode", mode), ("linkname", linkname),
                   ("uid", uid), ("gid", gid), ("uname", uname), ("gname", gname))
        for field, value in changes:
            if value is not KEEP_FIELD:
                setattr(result, field, value)
        return result

    def get_info(self):
        """The header fields as a dict, with a directory's name ending in '/'."""
        info = {field: getattr(self, field) for field in INFO_FIELDS}
        if self.mode is not None:
            info["mode"] = self.mode & 0o7777
        if self.type == DIRTYPE and not self.name.endswith("/"):
            info["name"] = self.name + "/"
        return info

    # -- writing headers ---------------------------------------------------------------

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) announcing this member in the given format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = split_ustar_name(info["name"], encoding, errors)
        return header_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        out = b""
        # Long names travel in pseudo-members of their own just before the header.
        for field, kind in (("linkname", GNUTYPE_LONGLINK), ("name", GNUTYPE_LONGNAME)):
            if len(info[field].encode(encoding, errors)) > LENGTH_NAME:
                out += gnu_long_member(info[field], kind, encoding, errors)
        return out + header_block(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        extended = dict(self.pax_headers)
        # Text fields that are not plain ASCII or too long for their slot.
        for field, keyword, width in (("name", "path", LENGTH_NAME),
                                      ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in extended:
                continue
            value = info[field]
            if not value.isascii() or len(value) > width:
                extended[keyword] = value
        # Numbers out of the octal range, and fractional times.
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            if not 0 <= whole < 8 ** (digits - 1):
                info[field] = 0
            elif isinstance(value, float):
                info[field] = whole
            else:
                continue
            if field not in extended:
                extended[field] = str(value)
        out = pax_member(extended, XHDTYPE, encoding) if extended else b""
        return out + header_block(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return pax_member(pax_headers, XGLTYPE, "utf-8")

    # -- reading headers ---------------------------------------------------------------

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The member described by one 512-byte header block."""
        if len(buf) != BLOCKSIZE:
            if buf:
                raise TruncatedHeaderError("truncated header")
            raise EmptyHeaderError("empty header")
        if not any(buf):
            raise EOFHeaderError("end of file header")
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        fields = {}
        for field, start, width, coding in HEADER_LAYOUT:
            raw = buf[start:start + width]
            if coding == "text":
                fields[field] = nts(raw, encoding, errors)
            elif coding == "flag":
                fields[field] = raw
            else:
                fields[field] = nti(raw)
        prefix = fields.pop("prefix")
        del fields["magic"]
        member = cls()
        for field, value in fields.items():
            setattr(member, field, value)
        # Old tars mark directories only by the trailing slash.
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            chunks = []
            for at in range(386, 386 + 4 * 24, 24):
                chunks.append((nti(buf[at:at + 12]), nti(buf[at + 12:at + 24])))
            member._sparse_structs = (chunks, bool(buf[482]), nti(buf[483:495]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member read from tarfile's file, extended headers applied."""
        block = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(block, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._complete(tarfile)

    def _complete(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._take_gnu_long(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._take_pax(tarfile)
        real_size = None
        if self.type == GNUTYPE_SPARSE:
            real_size = self._read_sparse_extensions(tarfile)
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += blocks_for(self.size)
        tarfile.offset = end
        if real_size is not None:
            # The stored size counts only the data chunks; the member is bigger.
            self.size = real_size
        self._apply_pax(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _read_sparse_extensions(self, tarfile):
        """Collect the data map continued in extension blocks; returns the size the
        member has once its holes are filled in."""
        chunks, extended, real_size = self._sparse_structs
        while extended:
            block = tarfile.fileobj.read(BLOCKSIZE)
            for at in range(0, 21 * 24, 24):
                offset, count = nti(block[at:at + 12]), nti(block[at + 12:at + 24])
                if offset or count:
                    chunks.append((offset, count))
            extended = bool(block[504])
        self.sparse = chunks
        self._sparse_structs = None
        return real_size

    def _next_member(self, tarfile):
        try:
            return type(self).fromtarfile(tarfile)
        except HeaderError as exc:
            raise SubsequentHeaderError(str(exc)) from None

    def _take_gnu_long(self, tarfile):
        payload = tarfile.fileobj.read(blocks_for(self.size))
        member = self._next_member(tarfile)
        member.offset = self.offset
        text = nts(payload, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        else:
            member.linkname = text
        if member.isdir():
            member.name = member.name.rstrip("/")
        return member

    def _take_pax(self, tarfile):
        payload = tarfile.fileobj.read(blocks_for(self.size))
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = dict(tarfile.pax_headers)
        parse_pax_records(payload, headers, tarfile.encoding, tarfile.errors)
        member = self._next_member(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                end = member.offset_data
                if member.isreg() or member.type not in SUPPORTED_TYPES:
                    end += blocks_for(member.size)
                tarfile.offset = end
        return member

    def _apply_pax(self, headers, encoding, errors):
        for keyword, value in headers.items():
            field = PAX_OVERRIDES.get(keyword)
            if field is None:
                continue
            if keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                convert = int
            else:
                convert = PAX_NUMBER_FIELDS.get(keyword)
            if convert is not None:
                try:
                    value = convert(value)
                except ValueError:
                    if keyword.startswith("GNU."):
                        raise
                    value = 0
            if field == "name" and not keyword.startswith("GNU."):
                value = value.rstrip("/")
            setattr(self, field, value)
        self.pax_headers = dict(headers)

    # -- kinds ---------------------------------------------------------------------------

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def split_ustar_name(name, encoding, errors):
    """(prefix, name) for a ustar header: the shortest leading directories that let
    the rest fit the name field."""
    parts = name.split("/")
    for cut in range(1, len(parts)):
        prefix, rest = "/".join(parts[:cut]), "/".join(parts[cut:])
        if len(prefix.encode(encoding, errors)) > LENGTH_PREFIX:
            break
        if len(rest.encode(encoding, errors)) <= LENGTH_NAME:
            return prefix, rest
    raise ValueError("name is too long")


# Where each field sits in a header block and how it is coded: "text" NUL-padded,
# "number" octal (or GNU base-256), "device" a number only for device members.
HEADER_LAYOUT = (
    ("name", 0, 100, "text"), ("mode", 100, 8, "number"), ("uid", 108, 8, "number"),
    ("gid", 116, 8, "number"), ("size", 124, 12, "number"), ("mtime", 136, 12, "number"),
    ("chksum", 148, 8, "checksum"), ("type", 156, 1, "flag"), ("linkname", 157, 100, "text"),
    ("magic", 257, 8, "flag"), ("uname", 265, 32, "text"), ("gname", 297, 32, "text"),
    ("devmajor", 329, 8, "device"), ("devminor", 337, 8, "device"),
    ("prefix", 345, 155, "text"),
)


def header_block(info, format, encoding, errors):
    """One 512-byte header block from the fields in info, with its checksum."""
    kind = info.get("type", REGTYPE)
    if kind is None:
        raise ValueError("TarInfo.type must not be None")
    is_device = kind in (CHRTYPE, BLKTYPE)
    block = bytearray(BLOCKSIZE)
    for field, start, width, coding in HEADER_LAYOUT:
        if coding == "text":
            value = stn(info.get(field, ""), width, encoding, errors)
        elif coding == "device" and not is_device:
            value = NUL * width
        elif coding in ("number", "device"):
            number = info.get(field, 0)
            value = itn(number & 0o7777 if field == "mode" else number, width, format)
        elif coding == "checksum":
            value = b" " * width           # counted as spaces, filled in below
        elif field == "type":
            value = kind
        else:
            value = info.get("magic", POSIX_MAGIC)
        block[start:start + len(value)] = value
    block[148:156] = b"%06o\0 " % calc_chksums(block)[0]
    return bytes(block)


def gnu_long_member(text, kind, encoding, errors):
    """A ././@LongLink pseudo-member carrying text for the header that follows."""
    data = text.encode(encoding, errors) + NUL
    info = {"name": "././@LongLink", "type": kind, "size": len(data), "magic": GNU_MAGIC}
    return header_block(info, USTAR_FORMAT, encoding, errors) + padded(data)


def pax_record(keyword, value):
    """'<length> keyword=value\\n', where length counts its own digits too."""
    body = len(keyword) + len(value) + 3          # space, '=' and newline
    length = body + 1
    while length != body + len(str(length)):
        length = body + len(str(length))
    return b"%d %s=%s\n" % (length, keyword, value)


def pax_member(headers, kind, encoding):
    """An extended header pseudo-member holding headers' records."""
    binary = False
    for value in headers.values():
        try:
            value.encode("utf-8", "strict")
        except UnicodeEncodeError:
            binary = True
            break
    records = b"21 hdrcharset=BINARY\n" if binary else b""
    for keyword, value in headers.items():
        raw = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
        records += pax_record(keyword.encode("utf-8"), raw)
    info = {"name": "././@PaxHeader", "type": kind, "size": len(records),
            "magic": POSIX_MAGIC}
    return header_block(info, USTAR_FORMAT, "ascii", "replace") + padded(records)


PAX_RECORD = re.compile(rb"(\d+) ([^=]+)=")


def parse_pax_records(payload, headers, encoding, errors):
    """Add the records of an extended header's payload to headers."""
    binary = re.search(rb"\d+ hdrcharset=([^\n]+)\n", payload)
    binary = binary is not None and binary.group(1) == b"BINARY"
    at = 0
    while at < len(payload) and payload[at] != 0:
        match = PAX_RECORD.match(payload, at)
        if match is None:
            raise InvalidHeaderError("invalid header")
        length = int(match.group(1))
        if length < 1:
            raise InvalidHeaderError("invalid header")
        value_start = match.end()
        value_end = at + length - 1
        raw_keyword = match.group(2)
        raw_value = payload[value_start:value_end]
        keyword = raw_keyword.decode("utf-8", "surrogateescape")
        if keyword in PAX_NAME_FIELDS:
            if binary:
                value = raw_value.decode(encoding, errors)
            else:
                try:
                    value = raw_value.decode("utf-8", "strict")
                except UnicodeDecodeError:
                    value = raw_value.decode(encoding, errors)
        else:
            value = raw_value.decode("utf-8", "surrogateescape")
        headers[keyword] = value
        at += length


# -- one-way compressed streams (the "|" modes) ------------------------------------------

COMPRESSION_MODULES = {"gz": "gzip", "bz2": "bz2", "xz": "lzma"}


def sniff_compression(head):
    """The compression a stream starting with head uses: 'gz', 'bz2', 'xz' or 'tar'."""
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


def compression_module(method):
    try:
        return __import__(COMPRESSION_MODULES[method])
    except ImportError:
        raise CompressionError("%s module is not available"
                               % COMPRESSION_MODULES[method]) from None


class PrefixedReader:
    """Reads some already-consumed bytes again before the rest of a file."""

    def __init__(self, head, fileobj):
        self.head = head
        self.fileobj = fileobj

    def read(self, size=-1):
        if not self.head:
            return self.fileobj.read(size)
        if size is None or size < 0:
            data, self.head = self.head + self.fileobj.read(), b""
            return data
        data, self.head = self.head[:size], self.head[size:]
        if len(data) < size:
            data += self.fileobj.read(size - len(data))
        return data


class TarStream:
    """A file object for the stream modes: archive bytes pass through a (de)compressor
    in one direction only. tell() counts uncompressed bytes; seek() can only skip
    forward."""

    def __init__(self, name, mode, method, fileobj, bufsize, compresslevel, preset):
        self.owns_file = fileobj is None
        if fileobj is None:
            fileobj = bltn_open(name, mode + "b")
        self.raw = fileobj
        self.name = name or getattr(fileobj, "name", None)
        self.mode = mode
        self.bufsize = bufsize
        self.position = 0
        self.closed = False
        self.damaged = ()
        try:
            if mode == "r":
                self.inner = self._reader(method)
            else:
                self.inner = self._writer(method, compresslevel, preset)
        except BaseException:
            if self.owns_file:
                fileobj.close()
            raise

    def _reader(self, method):
        head = self.raw.read(self.bufsize)
        if method == "*":
            method = sniff_compression(head)
        source = PrefixedReader(head, self.raw)
        if method == "tar":
            return source
        if method not in COMPRESSION_MODULES:
            raise CompressionError("unknown compression type %r" % method)
        module = compression_module(method)
        if method == "gz":
            if not head.startswith(b"\x1f\x8b"):
                raise ReadError("not a gzip file")
            return module.GzipFile(fileobj=source, mode="rb")
        # bzip2 and xz data is only checked as it is decompressed.
        self.damaged = (OSError, module.LZMAError) if method == "xz" else OSError
        if method == "bz2":
            return module.BZ2File(source)
        return module.LZMAFile(source)

    def _writer(self, method, compresslevel, preset):
        if method == "tar":
            return self.raw
        if method not in COMPRESSION_MODULES:
            raise CompressionError("unknown compression type %r" % method)
        module = compression_module(method)
        if method == "gz":
            filename = os.path.basename(self.name or "")
            if filename.endswith(".gz"):
                filename = filename[:-3]
            return module.GzipFile(filename, "wb", compresslevel, self.raw)
        if method == "bz2":
            return module.BZ2File(self.raw, "wb", compresslevel=compresslevel)
        return module.LZMAFile(self.raw, "wb", preset=preset)

    def write(self, data):
        self.inner.write(data)
        self.position += len(data)

    def read(self, size):
        try:
            data = self.inner.read(size)
        except EOFError:
            raise ReadError("unexpected end of data") from None
        except self.damaged:
            raise ReadError("invalid compressed data") from None
        self.position += len(data)
        return data

    def tell(self):
        return self.position

    def seek(self, position=0):
        if position < self.position:
            raise StreamError("seeking backwards is not allowed")
        while self.position < position:
            if not self.read(min(self.bufsize, position - self.position)):
                break
        return self.position

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.inner is not self.raw and not isinstance(self.inner, PrefixedReader):
                self.inner.close()
        finally:
            if self.owns_file:
                self.raw.close()


# -- reading member data ------------------------------------------------------------------

class MemberReader(io.RawIOBase):
    """A member's data inside the archive file, holes of sparse members read as NULs."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.name = name
        self.position = 0
        # (start in the member, length, start in the archive or None for a hole)
        self.pieces = []
        stored = offset
        covered = 0
        for start, length in (blockinfo or [(0, size)]):
            if not length:
                continue
            if start > covered:
                self.pieces.append((covered, start - covered, None))
            self.pieces.append((start, length, stored))
            stored += length
            covered = max(covered, start + length)
        if covered < size:
            self.pieces.append((covered, size - covered, None))

    def readable(self):
        return True

    def seekable(self):
        return self.fileobj.seekable() if hasattr(self.fileobj, "seekable") else False

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        return self.position

    def readinto(self, buffer):
        wanted = min(len(buffer), self.size - self.position)
        out = bytearray()
        while len(out) < wanted:
            at = self.position + len(out)
            for start, length, stored in self.pieces:
                if start <= at < start + length:
                    break
            take = min(start + length - at, wanted - len(out))
            if stored is None:
                out += NUL * take
            else:
                self.fileobj.seek(stored + at - start)
                data = self.fileobj.read(take)
                if len(data) != take:
                    raise ReadError("unexpected end of data")
                out += data
        buffer[:len(out)] = out
        self.position += len(out)
        return len(out)


class ExFileObject(io.BufferedReader):
    """The file object extractfile() returns for a regular member."""

    def __init__(self, tarfile, tarinfo):
        super().__init__(MemberReader(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                                      tarinfo.name, tarinfo.sparse))


# -- extraction filters --------------------------------------------------------------

def fully_trusted_filter(member, dest_path):
    return member


def checked_member_changes(member, dest_path, for_data):
    """The fields tar_filter/data_filter change on member; raises FilterError for
    members they refuse."""
    changes = {}
    name = member.name
    destination = os.path.realpath(dest_path)
    if name.startswith(("/", os.sep)):
        name = member.path.lstrip("/" + os.sep)
        changes["name"] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(destination, name))
    if os.path.commonpath([target, destination]) != destination:
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        # No set-id or sticky bits, nothing writable by group or others.
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & stat.S_IXUSR:
                    mode &= ~(stat.S_IXGRP | stat.S_IXOTH)
                mode |= stat.S_IRUSR | stat.S_IWUSR
            else:
                mode = None
        if mode != member.mode:
            changes["mode"] = mode
    if for_data:
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                pointed = os.path.join(destination, os.path.dirname(name), member.linkname)
            else:
                pointed = os.path.join(destination, member.linkname)
            pointed = os.path.realpath(pointed)
            if os.path.commonpath([pointed, destination]) != destination:
                raise LinkOutsideDestinationError(member, pointed)
        if not (member.isreg() or member.isdir() or member.islnk() or member.issym()):
            raise SpecialFileError(member)
        for field in ("uid", "gid", "uname", "gname"):
            if getattr(member, field) is not None:
                changes[field] = None
    return changes


def tar_filter(member, dest_path):
    changes = checked_member_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = checked_member_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


FILTERS_BY_NAME = {"fully_trusted": fully_trusted_filter, "tar": tar_filter,
                   "data": data_filter}


# -- the archive ------------------------------------------------------------------------

FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}


class TarFile:
    """A tar archive opened for reading ("r"), appending ("a"), writing ("w") or
    exclusive creation ("x")."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        if mode not in FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        # Appending to a file that does not exist yet is writing it.
        if mode == "a" and fileobj is None and not os.path.exists(name):
            mode = "w"
        self.mode = mode
        self._extfileobj = fileobj is not None
        if fileobj is None:
            self._mode = FILE_MODES[mode]
            fileobj = bltn_open(name, self._mode)
        else:
            self._mode = getattr(fileobj, "mode", FILE_MODES[mode])
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
        self.fileobj = fileobj
        self.name = os.path.abspath(name) if name else None
        overrides = dict(format=format, tarinfo=tarinfo, dereference=dereference,
                         ignore_zeros=ignore_zeros, debug=debug, errorlevel=errorlevel)
        self.__dict__.update((k, v) for k, v in overrides.items() if v is not None)
        self.encoding = ENCODING if encoding is None else encoding
        self.errors = errors
        self.copybufsize = copybufsize
        self.pax_headers = pax_headers if pax_headers is not None and \
            self.format == PAX_FORMAT else {}
        self.members = []
        self.inodes = {}
        self.closed = False
        self._loaded = False
        self.offset = fileobj.tell()
        self.firstmember = None
        try:
            self._start()
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _start(self):
        if self.mode == "r":
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            block = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
            self.fileobj.write(block)
            self.offset += len(block)

    def _skip_to_end(self):
        """Read the existing members so new ones overwrite the end-of-archive blocks."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as exc:
                raise ReadError(str(exc)) from None

    # -- constructors ----------------------------------------------------------------

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode is "r", "a", "w" or "x", optionally with
        ":<compression>" (a seekable file) or "|<compression>" (a stream), where
        compression is gz, bz2, xz, tar (none) or, for reading, * (detect)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_detecting(name, fileobj, kwargs)
        if ":" in mode:
            file_mode, method = mode.split(":", 1)
            method = method or "tar"
            if method not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % method)
            opener = getattr(cls, cls.OPEN_METH[method])
            return opener(name, file_mode or "r", fileobj, **kwargs)
        if "|" in mode:
            stream_mode, method = mode.split("|", 1)
            stream_mode = stream_mode or "r"
            if stream_mode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            level = kwargs.pop("compresslevel", 9)
            preset = kwargs.pop("preset", None)
            stream = TarStream(name, stream_mode, method or "tar", fileobj, bufsize,
                               level, preset)
            try:
                archive = cls(name, stream_mode, stream, **kwargs)
            except BaseException:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_detecting(cls, name, fileobj, kwargs):
        failures = []
        # Compressed formats first: a plain tar reader accepts too much.
        for method in ("gz", "bz2", "xz", "tar"):
            opener = getattr(cls, cls.OPEN_METH[method])
            start = fileobj.tell() if fileobj is not None else None
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as exc:
                failures.append(f"- method {method}: {exc!r}")
                if fileobj is not None:
                    fileobj.seek(start)
        raise ReadError("file could not be opened successfully:\n" + "\n".join(failures))

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _open_compressed(cls, name, mode, fileobj, method, make_file, failures, kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        module = compression_module(method)
        message = {"gz": "not a gzip file", "bz2": "not a bzip2 file",
                   "xz": "not an lzma file"}[method]
        try:
            compressed = make_file(module)
        except failures(module) as exc:
            if fileobj is not None and mode == "r":
                raise ReadError(message) from exc
            raise
        try:
            archive = cls.taropen(name, mode, compressed, **kwargs)
        except failures(module) as exc:
            compressed.close()
            if mode == "r":
                raise ReadError(message) from exc
            raise
        except BaseException:
            compressed.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls._open_compressed(
            name, mode, fileobj, "gz",
            lambda gzip: gzip.GzipFile(name, mode + "b", compresslevel, fileobj),
            lambda gzip: OSError, kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls._open_compressed(
            name, mode, fileobj, "bz2",
            lambda bz2: bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel),
            lambda bz2: (OSError, EOFError), kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        return cls._open_compressed(
            name, mode, fileobj, "xz",
            lambda lzma: lzma.LZMAFile(fileobj or name, mode, preset=preset),
            lambda lzma: (lzma.LZMAError, EOFError), kwargs)

    # -- housekeeping ----------------------------------------------------------------

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, kind, value, traceback):
        if kind is None:
            self.close()
        else:
            # An error while writing: leave the archive unfinished, but do not leak
            # the file.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            member = self.next()
            index += 1
            yield member
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if member is None:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def close(self):
        """Finish the archive (in the writing modes) and close the file."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                tail = self.offset % RECORDSIZE
                if tail:
                    self.fileobj.write(NUL * (RECORDSIZE - tail))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _check(self, modes=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if modes is not None and self.mode not in modes:
            raise OSError("bad operation for mode %r" % self.mode)

    def _dbg(self, level, message):
        if level <= self.debug:
            print(message, file=sys.stderr)

    # -- reading the index -------------------------------------------------------------

    def next(self):
        """The next member, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # Move past the previous member's data; a short file ends here.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = None
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as exc:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, exc))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(exc, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(exc)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as exc:
                if self.offset == 0:
                    raise ReadError(str(exc)) from None
            except SubsequentHeaderError as exc:
                raise ReadError(str(exc)) from None
            except Exception as exc:
                zlib = sys.modules.get("zlib")
                if zlib is not None and isinstance(exc, zlib.error):
                    raise ReadError(f"zlib error: {exc}") from None
                raise
            break
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _load_all(self):
        if not self._loaded:
            while self.next() is not None:
                pass
            self._loaded = True

    def getmembers(self):
        self._check()
        self._load_all()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        member = self._find(name.rstrip("/"))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def _find(self, name, before=None, normalize=False):
        """The last member called name (among those ahead of member before)."""
        members = self.getmembers()
        if before is not None:
            position = next((i for i, m in enumerate(members) if m is before), None)
            if position is None:
                position = next((i for i, m in enumerate(members)
                                 if m.offset == before.offset), None)
                if position is None:
                    raise ValueError(before)
            members = members[:position]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == name:
                return member
        return None

    def list(self, verbose=True, *, members=None):
        """Print a table of contents, like `tar -t` (`tar -tv` when verbose)."""
        self._check()
        for member in self if members is None else members:
            if verbose:
                safe_print("??????????" if member.mode is None else stat.filemode(member.mode))
                safe_print("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
                if member.ischr() or member.isblk():
                    safe_print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    safe_print("%10d" % member.size)
                if member.mtime is None:
                    safe_print("????-??-?? ??:??:??")
                else:
                    safe_print("%d-%02d-%02d %02d:%02d:%02d"
                               % time.localtime(member.mtime)[:6])
            safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    safe_print("-> " + member.linkname)
                if member.islnk():
                    safe_print("link to " + member.linkname)
            print()

    # -- writing -----------------------------------------------------------------------

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or the open file fileobj) as it would be
        stored under arcname."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        member = self.tarinfo()
        member.tarfile = self
        if fileobj is not None:
            info = os.fstat(fileobj.fileno())
        elif self.dereference:
            info = os.stat(name)
        else:
            info = os.lstat(name)
        mode = info.st_mode
        linkname = ""
        size = 0
        if stat.S_ISREG(mode):
            inode = (info.st_ino, info.st_dev)
            if not self.dereference and info.st_nlink > 1 and inode in self.inodes \
                    and arcname != self.inodes[inode]:
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                size = info.st_size
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        member.name = arcname
        member.mode = mode
        member.uid = info.st_uid
        member.gid = info.st_gid
        member.size = size
        member.mtime = info.st_mtime
        member.type = kind
        member.linkname = linkname
        if pwd is not None:
            try:
                member.uname = pwd.getpwuid(member.uid)[0]
            except KeyError:
                pass
        if grp is not None:
            try:
                member.gname = grp.getgrgid(member.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            member.devmajor = os.major(info.st_rdev)
            member.devminor = os.minor(info.st_rdev)
        return member

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (a directory with everything under it, when recursive)."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if member.isreg():
            with bltn_open(name, "rb") as source:
                self.addfile(member, source)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write tarinfo's header, then tarinfo.size bytes read from fileobj."""
        self._check("awx")
        import copy
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            tail = tarinfo.size % BLOCKSIZE
            if tail:
                self.fileobj.write(NUL * (BLOCKSIZE - tail))
            self.offset += blocks_for(tarinfo.size)
        self.members.append(tarinfo)

    # -- extracting --------------------------------------------------------------------

    def extractfile(self, member):
        """A file object reading a regular member (or a link's target), else None."""
        self._check("r")
        tarinfo = member if isinstance(member, TarInfo) else self.getmember(member)
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, TarStream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _pick_filter(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for "
                                "TarFile.extraction_filter. Use a function such as "
                                "tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return FILTERS_BY_NAME[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract members (all by default) below path; directories get their times
        and modes last, so that extracting into them is not disturbed."""
        chosen_filter = self._pick_filter(filter)
        directories = []
        for member in self if members is None else members:
            member = self._filtered(member, chosen_filter, path)
            if member is None:
                continue
            if member.isdir():
                directories.append(member)
            self._extract_guarded(member, path, not member.isdir(), numeric_owner)
        for member in sorted(directories, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as exc:
                self._nonfatal(exc)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        chosen_filter = self._pick_filter(filter)
        member = self._filtered(member, chosen_filter, path)
        if member is not None:
            self._extract_guarded(member, path, set_attrs, numeric_owner)

    def _filtered(self, member, chosen_filter, path):
        original = self.getmember(member) if isinstance(member, str) else member
        result = None
        try:
            result = chosen_filter(original, path)
        except (OSError, FilterError) as exc:
            self._fatal(exc)
        except ExtractError as exc:
            self._nonfatal(exc)
        if result is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if result.islnk():
            import copy
            result = copy.copy(result)
            result._link_target = os.path.join(path, result.linkname)
        return result

    def _extract_guarded(self, member, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(member, os.path.join(path, member.name), set_attrs,
                                 numeric_owner)
        except OSError as exc:
            self._fatal(exc)
        except ExtractError as exc:
            self._nonfatal(exc)

    def _fatal(self, exc):
        if self.errorlevel > 0:
            raise exc
        if isinstance(exc, OSError):
            if exc.filename is None:
                self._dbg(1, "tarfile: %s" % exc.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (exc.strerror, exc.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(exc).__name__, exc))

    def _nonfatal(self, exc):
        if self.errorlevel > 1:
            raise exc
        self._dbg(1, "tarfile: %s" % exc)

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        self._maker(tarinfo)(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def _maker(self, tarinfo):
        """The make* method that creates tarinfo's kind of file."""
        if tarinfo.type not in SUPPORTED_TYPES:
            return self.makeunknown
        for test, maker in ((tarinfo.isdir, self.makedir), (tarinfo.isfifo, self.makefifo),
                            (tarinfo.ischr, self.makedev), (tarinfo.isblk, self.makedev),
                            (tarinfo.islnk, self.makelink), (tarinfo.issym, self.makelink)):
            if test():
                return maker
        return self.makefile

    def makedir(self, tarinfo, targetpath):
        try:
            # Owner-only until extractall() sets the final mode at the end.
            os.mkdir(targetpath, 0o700) if tarinfo.mode is not None else os.mkdir(targetpath)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)
                return
            for offset, length in tarinfo.sparse:
                target.seek(offset)
                copyfileobj(source, target, length, ReadError, self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """A symbolic or hard link; where the system has none, or a hard link's target
        is not on disk, a copy of the member it points at."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
                return
            if os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
                return
        except symlink_exception:
            pass
        try:
            target = self._find_link_target(tarinfo)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive") from None
        self._extract_member(target, targetpath)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            directory = os.path.dirname(tarinfo.name)
            target = "/".join(part for part in (directory, tarinfo.linkname) if part)
            member = self._find(target, None, True)
        else:
            target = tarinfo.linkname
            member = self._find(target, tarinfo, True)
        if member is None:
            raise KeyError("linkname %r not found" % target)
        return member

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            if grp is not None and tarinfo.gname:
                try:
                    gid = grp.getgrnam(tarinfo.gname)[2]
                except KeyError:
                    pass
            if pwd is not None and tarinfo.uname:
                try:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
                except KeyError:
                    pass
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as exc:
            raise ExtractError("could not change owner") from exc

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as exc:
            raise ExtractError("could not change mode") from exc

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as exc:
            raise ExtractError("could not change modification time") from exc


def is_tarfile(name):
    """Whether name (a path or a file object) holds a tar archive this module reads."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            try:
                archive = open(fileobj=name)
            finally:
                name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


# -- command line -------------------------------------------------------------------------

def main():
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for tarfile module.")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="Verbose output")
    parser.add_argument("--filter", metavar="<filtername>", choices=FILTERS_BY_NAME,
                        help="Filter for extraction")
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument("-l", "--list", metavar="<tarfile>",
                         help="Show listing of a tarfile")
    actions.add_argument("-e", "--extract", nargs="+",
                         metavar=("<tarfile>", "<output_dir>"),
                         help="Extract tarfile into target dir")
    actions.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                         help="Create tarfile from sources")
    actions.add_argument("-t", "--test", metavar="<tarfile>",
                         help="Test if a tarfile is valid")
    options = parser.parse_args()
    if options.filter and options.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")
    if options.test is not None:
        source = options.test
        if not is_tarfile(source):
            parser.exit(1, "{!r} is not a tar archive.\n".format(source))
        with open(source, "r") as archive:
            members = archive.getmembers()
        if options.verbose:
            print(members, file=sys.stderr)
            print("{!r} is a tar archive.".format(source))
    elif options.list is not None:
        source = options.list
        if not is_tarfile(source):
            parser.exit(1, "{!r} is not a tar archive.\n".format(source))
        with open(source, "r:*") as archive:
            archive.list(verbose=options.verbose)
    elif options.extract is not None:
        if len(options.extract) == 1:
            source, target = options.extract[0], os.curdir
        elif len(options.extract) == 2:
            source, target = options.extract
        else:
            parser.exit(1, parser.format_help())
        if not is_tarfile(source):
            parser.exit(1, "{!r} is not a tar archive.\n".format(source))
        with open(source, "r:*") as archive:
            archive.extractall(path=target, filter=options.filter)
        if options.verbose:
            if target == ".":
                message = "{!r} file is extracted.".format(source)
            else:
                message = "{!r} file is extracted into {!r} directory.".format(source, target)
            print(message)
    elif options.create is not None:
        name, sources = options.create[0], options.create[1:]
        extension = os.path.splitext(name)[1]
        methods = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                   ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2", ".tb2": "bz2"}
        mode = "w:" + methods[extension] if extension in methods else "w"
        with open(name, mode) as archive:
            for source in sources:
                archive.add(source)
        if options.verbose:
            print("{!r} file created.".format(name))


if __name__ == "__main__":
    main()
