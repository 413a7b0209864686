"""Read and write tar archives (ustar, GNU and pax formats), optionally gzip-, bzip2- or
xz-compressed.  GNU sparse members are read as plain files (their sparse map is not
interpreted).
"""

import io
import os
import stat
import sys
import time
import shutil

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
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

_builtin_open = open

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()


# ---------------------------------------------------------------- exceptions

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         'which is outside the destination')


# ---------------------------------------------------------------- header fields

def stn(s, length, encoding, errors):
    """str -> fixed-width NUL-padded bytes field."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    data = s.encode(encoding, errors)
    return data[:length] + NUL * (length - len(data))


def nts(s, encoding, errors):
    """NUL-terminated bytes field -> str."""
    end = s.find(NUL)
    if end != -1:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """Numeric header field -> int: octal text, or GNU base-256 when the
    first byte is 0o200 (positive) or 0o377 (negative)."""
    if s[0] in (0o200, 0o377):
        value = int.from_bytes(s[1:], "big")
        if s[0] == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> numeric header field of `digits` bytes (octal; base-256 for GNU when too big)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        if n >= 0:
            return bytearray([0o200]) + n.to_bytes(digits - 1, "big")
        return bytearray([0o377]) + (limit + n).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The unsigned and signed header checksums, the chksum field counted as spaces."""
    rest = buf[:148] + buf[156:512]
    unsigned = 256 + sum(rest)
    signed = unsigned - 256 * sum(1 for b in rest if b > 127)
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes from src to dst (everything when length is None)."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    while length > 0:
        chunk = src.read(min(bufsize, length))
        if not chunk:
            raise exception("unexpected end of data")
        dst.write(chunk)
        length -= len(chunk)


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


def _padded(payload):
    """payload followed by NULs up to a whole number of blocks."""
    return payload + NUL * (-len(payload) % BLOCKSIZE)


def _blocks(count):
    """count rounded up to a whole number of blocks."""
    return count + (-count % BLOCKSIZE)


# ---------------------------------------------------------------- streams

class _PrefixedReader:
    """A read-only stream: some already-read bytes, then the rest of `raw`."""

    def __init__(self, prefix, raw):
        self._prefix = prefix
        self._raw = raw

    def read(self, size=-1):
        if size is None or size < 0:
            data = self._prefix + self._raw.read()
            self._prefix = b""
            return data
        head = self._prefix[:size]
        self._prefix = self._prefix[size:]
        if len(head) < size:
            head += self._raw.read(size - len(head))
        return head

    def close(self):
        pass


class _Stream:
    """A forward-only stream for the 'r|*' and 'w|*' modes: data goes through
    (or comes from) an optional compressor on top of a non-seekable file."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._own = fileobj is None
        if self._own:
            fileobj = _builtin_open(name, mode + "b")
        self.name = name or ""
        if self.name == "" and isinstance(getattr(fileobj, "name", None), str):
            self.name = fileobj.name
        self.mode = mode
        self.fileobj = fileobj
        self.pos = 0
        self.closed = False
        try:
            if mode == "r" and comptype == "*":
                head = fileobj.read(6)
                comptype = self._detect(head)
                fileobj = _PrefixedReader(head, fileobj)
            self._layer = self._open_layer(comptype, fileobj, mode, compresslevel)
        except BaseException:
            if self._own:
                self.fileobj.close()
            self.closed = True
            raise

    @staticmethod
    def _detect(head):
        if head.startswith(b"\037\213\010"):
            return "gz"
        if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY"[:len(head) - 4]:
            return "bz2"
        if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def _open_layer(self, comptype, fileobj, mode, compresslevel):
        if comptype == "tar":
            return fileobj
        if comptype == "gz":
            try:
                import gzip
            except ImportError:
                raise CompressionError("gzip module is not available") from None
            if mode == "r":
                return gzip.GzipFile(fileobj=fileobj, mode="rb")
            return gzip.GzipFile(fileobj=fileobj, mode="wb", compresslevel=compresslevel)
        if comptype == "bz2":
            bz2 = _import_or_fail("bz2")
            return bz2.BZ2File(fileobj, mode + "b", compresslevel=compresslevel)
        if comptype == "xz":
            lzma = _import_or_fail("lzma")
            return lzma.LZMAFile(fileobj, mode + "b")
        raise CompressionError("unknown compression type %r" % comptype)

    def tell(self):
        return self.pos

    def write(self, data):
        self._layer.write(data)
        self.pos += len(data)

    def read(self, size):
        parts = []
        want = size
        while want > 0:
            chunk = self._layer.read(want)
            if not chunk:
                break
            parts.append(chunk)
            want -= len(chunk)
        data = b"".join(parts)
        self.pos += len(data)
        return data

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        while self.pos < pos:
            if not self.read(min(pos - self.pos, RECORDSIZE)):
                break
        return self.pos

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self._layer is not self.fileobj and hasattr(self._layer, "close"):
                self._layer.close()
        finally:
            if self._own:
                self.fileobj.close()


def _import_or_fail(module_name):
    try:
        return __import__(module_name)
    except ImportError:
        raise CompressionError("%s module is not available" % module_name) from None


class _FileInFile(io.RawIOBase):
    """A read-only window of `size` bytes at `offset` in the archive's file."""

    def __init__(self, fileobj, offset, size, name):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable() if hasattr(self.fileobj, "seekable") else False

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            self.position = min(max(position, 0), self.size)
        elif whence == io.SEEK_CUR:
            self.position = min(max(self.position + position, 0), self.size)
        elif whence == io.SEEK_END:
            self.position = max(min(self.size + position, self.size), 0)
        else:
            raise ValueError("Invalid argument")
        return self.position

    def readinto(self, buffer):
        want = min(len(buffer), self.size - self.position)
        if want <= 0:
            return 0
        self.fileobj.seek(self.offset + self.position)
        data = self.fileobj.read(want)
        if len(data) != want:
            raise ReadError("unexpected end of data")
        buffer[:want] = data
        self.position += want
        return want


class ExFileObject(io.BufferedReader):
    """The file object extractfile() returns."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name)
        super().__init__(raw)


# ---------------------------------------------------------------- filters

def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        # No setuid/setgid/sticky bits, no group/other write permission.
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                new_attrs[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

_KEEP = object()


# ---------------------------------------------------------------- TarInfo

class TarInfo(object):
    """One archive member: its header fields, read from or written to a TarFile."""

    __slots__ = dict(
        name='Name of the archive member.',
        mode='Permission bits.',
        uid='User ID of the user who originally stored this member.',
        gid='Group ID of the user who originally stored this member.',
        size='Size in bytes.',
        mtime='Time of last modification.',
        chksum='Header checksum.',
        type=('File type. type is usually one of these constants: '
              'REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, '
              'CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_SPARSE.'),
        linkname=('Name of the target file name, which is only present '
                  'in TarInfo objects of type LNKTYPE and SYMTYPE.'),
        uname='User name.',
        gname='Group name.',
        devmajor='Device major number.',
        devminor='Device minor number.',
        offset='The tar header starts here.',
        offset_data="The file's data starts here.",
        pax_headers=('A dictionary containing key-value pairs of an '
                     'associated pax extended header.'),
        sparse='Sparse member information.',
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None
        self._sparse_structs = None
        self._link_target = None

    @property
    def path(self):
        'In pax headers, "name" is called "path".'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'In pax headers, "linkname" is called "linkpath".'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True,
                _KEEP=_KEEP):
        """A copy of this TarInfo with the given attributes changed."""
        clone = self.__class__.__new__(self.__class__)
        for slot in TarInfo.__slots__:
            try:
                setattr(clone, slot, getattr(self, slot))
            except AttributeError:
                pass
        if deep:
            clone.pax_headers = dict(self.pax_headers)
            if self.sparse is not None:
                clone.sparse = list(self.sparse)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname,
                       uid=uid, gid=gid, uname=uname, gname=gname)
        for attr, value in changes.items():
            if value is not _KEEP:
                setattr(clone, attr, value)
        return clone

    def get_info(self):
        """The header fields as a dict."""
        mode = None if self.mode is None else self.mode & 0o7777
        info = {
            "name": self.name,
            "mode": mode,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) for this member in the given format."""
        info = self.get_info()
        for attr, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % attr)
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
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        # Text fields that ustar cannot hold (non-ASCII or too long) go to the pax header.
        for field, keyword, length in (("name", "path", LENGTH_NAME),
                                       ("linkname", "linkpath", LENGTH_LINK),
                                       ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in pax_headers:
                continue
            value = info[field]
            if not value.isascii() or len(value) > length:
                pax_headers[keyword] = value
        # So do numbers out of the octal range, and fractional times.
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            if field in pax_headers:
                continue
            value = info[field]
            if not 0 <= value < 8 ** (digits - 1) or isinstance(value, float):
                pax_headers[field] = str(value)
                info[field] = 0
        buf = b""
        if pax_headers:
            buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding)
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            rest = "/".join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        # Only device members carry device numbers; other headers leave them empty.
        if info.get("type", REGTYPE) in (CHRTYPE, BLKTYPE):
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = NUL * 8
        fields = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        block = b"".join(fields)
        block += NUL * (BLOCKSIZE - len(block))
        chksum = calc_chksums(block)[0]
        return block[:148] + b"%06o\0" % chksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + _padded(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = any(not _encodable(v, "utf-8") for v in pax_headers.values())
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for keyword, value in pax_headers.items():
            key = keyword.encode("utf-8")
            if binary:
                val = value.encode(encoding, "surrogateescape")
            else:
                val = value.encode("utf-8")
            # A record is "<length> <key>=<value>\n", where <length> counts itself.
            body = len(key) + len(val) + 3
            length = body + 1
            while len(str(length)) + body != length:
                length = len(str(length)) + body
            records += b"%d %s=%s\n" % (length, key, val)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + _padded(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)

        # Old archives mark directories as regular files with a trailing slash.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, read from its current position."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            offset += _blocks(self.size)
        tarfile.offset = offset
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(_blocks(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(buf, tarfile.encoding, tarfile.errors)
            if following.isdir():
                following.name = following.name.rstrip("/")
        else:
            following.linkname = nts(buf, tarfile.encoding, tarfile.errors)
        return following

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(_blocks(self.size))
        if self.type == XGLTYPE:
            pax_headers = tarfile.pax_headers
        else:
            pax_headers = tarfile.pax_headers.copy()
        binary = b"21 hdrcharset=BINARY\n" in buf
        pos = 0
        end = self.size
        while pos < end and buf[pos:pos + 1] != NUL:
            space = buf.find(b" ", pos)
            if space == -1:
                raise InvalidHeaderError("invalid header")
            try:
                length = int(buf[pos:space])
            except ValueError:
                raise InvalidHeaderError("invalid header") from None
            if length < 1 or pos + length > len(buf):
                raise InvalidHeaderError("invalid header")
            record = buf[space + 1:pos + length - 1]
            equals = record.find(b"=")
            if equals == -1 or buf[pos + length - 1:pos + length] != b"\n":
                raise InvalidHeaderError("invalid header")
            key = record[:equals].decode("utf-8", "strict")
            raw = record[equals + 1:]
            if key in PAX_NAME_FIELDS and binary:
                value = raw.decode(tarfile.encoding, tarfile.errors)
            else:
                value = raw.decode("utf-8", "surrogateescape" if binary else "strict")
            if key != "hdrcharset":
                pax_headers[key] = value
            pos += length

        following = self._next_header(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(pax_headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in pax_headers:
                offset = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    offset += _blocks(following.size)
                tarfile.offset = offset
        return following

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword not in PAX_FIELDS:
                continue
            if keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
            if keyword == "path":
                value = value.rstrip("/")
            setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def isreg(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.type in REGULAR_TYPES

    def isfile(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.isreg()

    def isdir(self):
        'Return True if it is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Return True if it is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Return True if it is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Return True if it is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Return True if it is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Return True if it is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        'Return True if it is one of character device, block device or FIFO.'
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _encodable(text, encoding):
    try:
        text.encode(encoding, "strict")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------- TarFile

class TarFile(object):
    """An open tar archive."""

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

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]

        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = _builtin_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}

        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                self._skip_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Read the existing members of an archive opened for appending."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
                self.members.append(tarinfo)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                break
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # -- opening

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive; mode is 'r', 'r:*', 'r:', 'r:gz', 'w', 'w:gz', 'a', 'x',
        'r|*', 'w|gz' and so on (':' for random access, '|' for a stream)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            failures = []
            # Compressed methods first: any file would pass as an empty plain tar.
            order = sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == "taropen")
            for comptype in order:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                saved = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f'- method {comptype}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(saved)
            summary = '\n'.join(failures)
            raise ReadError(f"file could not be opened successfully:\n{summary}")

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            compresslevel = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, comptype, fileobj, bufsize, compresslevel)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed tar archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed tar archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed tar archive (needs the bz2 module)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        bz2 = _import_or_fail("bz2")
        fileobj = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._open_decompressed(name, mode, fileobj, (OSError, EOFError),
                                      "not a bzip2 file", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an lzma-compressed tar archive (needs the lzma module)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        lzma = _import_or_fail("lzma")
        fileobj = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        return cls._open_decompressed(name, mode, fileobj, (lzma.LZMAError, EOFError),
                                      "not an lzma file", kwargs)

    @classmethod
    def _open_decompressed(cls, name, mode, fileobj, failures, message, kwargs):
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except failures as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError(message) from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    # -- the archive as a whole

    def close(self):
        """Close the archive; in write mode, first write the two end-of-archive blocks
        and pad to a whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                remainder = self.offset % RECORDSIZE
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The TarInfo of the member called name (its last occurrence)."""
        tarinfo = self._getmember(name.rstrip('/'))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """All members, as TarInfo objects in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all members."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing the file name (or the open fileobj) on disk."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drive, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and inode in self.inodes
                    and arcname != self.inodes[inode]):
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            type = DIRTYPE
        elif stat.S_ISFIFO(mode):
            type = FIFOTYPE
        elif stat.S_ISLNK(mode):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            type = CHRTYPE
        elif stat.S_ISBLK(mode):
            type = BLKTYPE
        else:
            return None

        tarinfo.name = arcname
        tarinfo.mode = mode
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        tarinfo.size = st.st_size if type == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if type in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            tarinfo.devmajor = os.major(st.st_rdev)
            tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Print a table of contents (like `tar -tv` when verbose)."""
        self._check()
        if members is None:
            members = self
        for tarinfo in members:
            if verbose:
                if tarinfo.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid,
                                       tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d"
                                % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (directories recursively) under arcname; filter may
        change the TarInfo or return None to leave the file out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if tarinfo.isreg():
            with _builtin_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Write tarinfo's header, then tarinfo.size bytes read from fileobj."""
        self._check("awx")
        tarinfo = tarinfo.replace(deep=False)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padding = -tarinfo.size % BLOCKSIZE
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += tarinfo.size + padding
        self.members.append(tarinfo)

    # -- extraction

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError(
                    'String names are not supported for '
                    + 'TarFile.extraction_filter. Use a function such as '
                    + 'tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract every member (or those given) under path; directories get their
        attributes last so that their contents can be written first."""
        directories = []
        filter_function = self._get_filter_function(filter)
        if members is None:
            members = self
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(),
                              numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath, numeric_owner=numeric_owner)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or a TarInfo) under path."""
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        unfiltered = self.getmember(member) if isinstance(member, str) else member
        filtered = None
        try:
            filtered = filter_function(unfiltered, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if filtered is None:
            self._dbg(2, "tarfile: Excluded %r" % unfiltered.name)
            return None
        if filtered.islnk():
            filtered = filtered.replace(deep=False)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A file object reading a regular member's data (following links);
        None for other member types."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)

        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)

        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                # Private until extractall() sets the real mode at the end.
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with _builtin_open(targetpath, "wb") as target:
            copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

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
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (AttributeError, NotImplementedError, OSError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        if gid is None:
            gid = -1
        if uid is None:
            uid = -1
        if uid == -1 and gid == -1:
            return
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # -- reading members

    def next(self):
        """The next member, or None at the end of the archive (mode 'r' only)."""
        self._check("ra")
        if self.firstmember is not None:
            member = self.firstmember
            self.firstmember = None
            return member

        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")

        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                try:
                    import zlib
                except ImportError:
                    raise e
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise
            break

        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p)
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # An error inside the with block: do not write the end-of-archive blocks.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """True if name (a path or a file object) is a tar archive tarfile can read."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            archive = open(fileobj=name)
            name.seek(pos)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """The command line: python -m tarfile -l|-e|-c|-t ..."""
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=_NAMED_FILTERS,
                        help='Filter for extraction')
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument('-l', '--list', metavar='<tarfile>',
                         help='Show listing of a tarfile')
    actions.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                         help='Extract tarfile into target dir')
    actions.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                         help='Create tarfile from sources')
    actions.add_argument('-t', '--test', metavar='<tarfile>',
                         help='Test if a tarfile is valid')
    args = parser.parse_args()

    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')

    def require_archive(src):
        if not is_tarfile(src):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(src))

    if args.test is not None:
        require_archive(args.test)
        with open(args.test, 'r') as tar:
            tar.getmembers()
            print(tar.getmembers(), file=sys.stderr)
        if args.verbose:
            print('{!r} is a tar archive.'.format(args.test))
    elif args.list is not None:
        require_archive(args.list)
        with TarFile.open(args.list, 'r:*') as tf:
            tf.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) > 2:
            parser.exit(1, parser.format_help())
        src = args.extract[0]
        destination = args.extract[1] if len(args.extract) == 2 else os.curdir
        require_archive(src)
        with TarFile.open(src, 'r:*') as tf:
            tf.extractall(path=destination, filter=args.filter)
        if args.verbose:
            if destination == '.':
                print('{!r} file is extracted.'.format(src))
            else:
                print('{!r} file is extracted into {!r} directory.'.format(src, destination))
    elif args.create is not None:
        tar_name = args.create.pop(0)
        ext = os.path.splitext(tar_name)[1]
        compressions = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz',
                        '.bz2': 'bz2', '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}
        mode = 'w:' + compressions[ext] if ext in compressions else 'w'
        with TarFile.open(tar_name, mode) as tf:
            for file_name in args.create:
                tf.add(file_name)
        if args.verbose:
            print('{!r} file created.'.format(tar_name))


if __name__ == '__main__':
    main()
