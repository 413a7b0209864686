"""Constants and tests for the st_mode, st_flags and st_file_attributes fields that
os.stat() returns. The values are POSIX's (as Linux and the BSDs define them) and
Windows' documented attribute bits."""

# Positions of the fields in the 10-tuple form of a stat result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = \
    range(10)

# File types: the S_IFMT bits of a mode.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0  # Solaris doors, event ports and BSD whiteouts: absent

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID   # mandatory locking, where group execute is off
S_ISVTX = 0o1000
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR  # Unix V7 names

# st_flags bits (BSD and macOS chflags).
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# st_file_attributes bits (Windows FILE_ATTRIBUTE_*), in bit order.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_type_mask = 0o170000


def _checked_mode(mode):
    # The checks CPython's C module makes when it converts a mode to mode_t.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFF_FFFF_FFFF_FFFF:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode > 0xFFFF_FFFF:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """The permission and special bits of mode: what os.chmod() sets."""
    return _checked_mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return _checked_mode(mode) & _type_mask


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    _checked_mode(mode)
    return False


S_ISPORT = S_ISWHT = S_ISDOOR  # no such files on these systems

_TYPE_LETTERS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd',
                 S_IFCHR: 'c', S_IFIFO: 'p'}

# For each of user, group and other: its read/write/execute bits, the special bit shown
# in its execute column, and that column's letters (special set with and without x).
_PERMISSION_COLUMNS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 'sS'),
                       (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 'sS'),
                       (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 'tT'))


def filemode(mode):
    """mode as `ls -l` shows it, e.g. '-rwxr-xr-x'."""
    _checked_mode(mode)
    text = [_TYPE_LETTERS.get(mode & _type_mask, '?')]
    for read, write, execute, special, letters in _PERMISSION_COLUMNS:
        text.append('r' if mode & read else '-')
        text.append('w' if mode & write else '-')
        if mode & special:
            text.append(letters[0] if mode & execute else letters[1])
        else:
            text.append('x' if mode & execute else '-')
    return ''.join(text)
