"""Object-oriented filesystem paths.

Written for Spry from the documented behaviour of CPython 3.11's pathlib.
Pure paths only manipulate strings; concrete paths (Path, PosixPath) also
touch the filesystem through os.  Only the POSIX flavour exists: PurePath()
gives a PurePosixPath, Path() a PosixPath.  PureWindowsPath and WindowsPath
are importable but constructing them raises NotImplementedError.
"""

import fnmatch
import io
import os
import posixpath
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# Errors that mean "this path does not exist (as that kind of file)" to the
# is_*() and exists() predicates, which answer False instead of raising.
_MISSING_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _is_missing(exc):
    return getattr(exc, 'errno', None) in _MISSING_ERRNOS


def _check_loop(exc):
    if exc.errno == ELOOP:
        raise RuntimeError("Symlink loop from %r" % exc.filename)


def _split_anchor(text):
    """Splits a POSIX path string into (root, rest).  Exactly two leading
    slashes are kept (POSIX leaves their meaning to the implementation);
    one or three and more mean '/'."""
    if not text.startswith('/'):
        return '', text
    rest = text.lstrip('/')
    if len(text) - len(rest) == 2:
        return '//', rest
    return '/', rest


def _parse(args):
    """Parses constructor arguments into (root, tail): the last absolute
    argument restarts the path; empty and '.' components are dropped."""
    root = ''
    tail = []
    for arg in reversed(args):
        if isinstance(arg, PurePath):
            text = str(arg)
        else:
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % type(text))
        root, rest = _split_anchor(text)
        for part in reversed(rest.split('/')):
            if part and part != '.':
                tail.append(part)
        if root:
            break
    tail.reverse()
    return root, tail


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        path = self._path
        return path._derive(path._root, path._tail[:n - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path as a string of components, without filesystem access."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, tail = _parse(args)
        return cls._from_parsed(root, tail)

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tail
        return self

    def _derive(self, root, tail):
        # Paths derived from this one keep its class (subclasses included).
        return self._from_parsed(root, tail)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = (self._root + '/'.join(self._tail)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The absolute path as a file:// URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    # Comparisons: only between paths of the same flavour.

    def _key(self):
        return [self._root] + self._tail if self._root else self._tail

    def _comparable(self, other):
        return isinstance(other, PurePath) and other._flavour is self._flavour

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._key()))
            return self._hash

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    # Components.

    drive = property(lambda self: '', doc="The drive prefix (always empty on POSIX).")
    root = property(lambda self: self._root, doc="The root of the path, if any.")
    anchor = property(lambda self: self._root, doc="The concatenation of the drive and root, or ''.")

    @property
    def parts(self):
        """The components: the anchor (if any), then each name."""
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """The last component ('' if there is none)."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The last '.ext' of the name, or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """Every '.ext' of the name, in order."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The name without its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The path without its last component."""
        if not self._tail:
            return self
        return self._derive(self._root, self._tail[:-1])

    @property
    def parents(self):
        """The ancestors of the path, nearest first."""
        return _PathParents(self)

    def with_name(self, name):
        """The path with its last component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _parse((name,))
        if not name or name.endswith('/') or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with its name's stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with the name's last suffix replaced (or added; ''
        removes it)."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._derive(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to the path the arguments make; ValueError if
        it is not under it."""
        if not other:
            raise TypeError("need at least one argument")
        root, tail = _parse(other)
        mine = self._key()
        base = [root] + tail if root else tail
        n = len(base)
        if (self._root if n == 0 else mine[:n] != base):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path "
                             "is relative and the other is absolute."
                             .format(str(self), root + '/'.join(tail)))
        return self._derive('', mine[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """This path joined with the arguments (an absolute one restarts
        the path)."""
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Always False on POSIX."""
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, from the right (or wholly
        when the pattern is absolute)."""
        root, pattern = _parse((path_pattern,))
        if not pattern:
            raise ValueError("empty pattern")
        # A relative pattern is matched from the right against all of
        # parts, the anchor included (as CPython 3.11 does: '*/a' matches '/a').
        parts = self._key()
        if root:
            if root != self._root or len(pattern) != len(self._tail):
                return False
        elif len(pattern) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure POSIX path."""
    _flavour = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (not supported by Spry)."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("Windows paths are not supported by Spry")


# Filesystem access.

def _select(parent, parts, dironly_last):
    """Yields the paths under parent matching the pattern components parts.
    '**' matches parent itself and every directory below it (not following
    symlinks); other components match names with fnmatch, hidden ones
    included."""
    if not parts:
        if not dironly_last or parent.is_dir():
            yield parent
        return
    part, rest = parts[0], parts[1:]
    if part == '**':
        seen = set()
        for directory in _walk_dirs(parent):
            for found in _select(directory, rest, dironly_last):
                if found not in seen:
                    seen.add(found)
                    yield found
        return
    if '**' in part:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if not _has_magic(part):
        child = parent._child(part)
        if (child.is_dir() if rest else child.exists()):
            yield from _select(child, rest, dironly_last)
        return
    try:
        with os.scandir(parent) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        if rest:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        if fnmatch.fnmatchcase(entry.name, part):
            yield from _select(parent._child(entry.name), rest, dironly_last)


def _walk_dirs(top):
    yield top
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(top._child(entry.name))
        except OSError:
            pass


def _has_magic(part):
    return '*' in part or '?' in part or '[' in part


class Path(PurePath):
    """A path that can also use the filesystem."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _child(self, name):
        return self._derive(self._root, self._tail + [name])

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file (device and inode)."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of this directory, as paths."""
        for name in os.listdir(self):
            yield self._child(name)

    def _pattern_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return parts, pattern.endswith('/')

    def glob(self, pattern):
        """The existing paths under this directory matching a relative glob
        pattern ('**' matches any depth of directories)."""
        parts, dironly = self._pattern_parts(pattern)
        if not self.is_dir():
            return iter(())
        return _select(self, parts, dironly)

    def rglob(self, pattern):
        """glob() of the pattern at any depth under this directory."""
        parts, dironly = self._pattern_parts(pattern)
        if not self.is_dir():
            return iter(())
        return _select(self, ['**'] + parts, dironly)

    def absolute(self):
        """The path made absolute from the current directory, as it is."""
        if self._root:
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        try:
            resolved = self._from_args((os.path.realpath(self, strict=strict),))
        except OSError as e:
            _check_loop(e)
            raise
        if not strict:
            try:
                resolved.stat()
            except OSError as e:
                _check_loop(e)
        return resolved

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The login name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """open() the file at this path."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replaces the file's contents with data (bytes-like)."""
        data = bytes(memoryview(data))
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replaces the file's contents with the str data."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The target of the symbolic link, as a path."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or (exist_ok) updates its times if it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (parents: and missing ancestors)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod() the path."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() without following a symbolic link."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or link (missing_ok: no error if absent)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Renames the file to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Renames the file to target, replacing it; returns the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to target."""
        os.link(target, self)

    # Predicates: a missing file answers False rather than raising.

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _is_missing(e):
                raise
        except ValueError:
            pass
        return None

    def exists(self):
        """Whether the path exists (following links)."""
        return self._mode() is not None

    def is_dir(self):
        """Whether this path is a directory."""
        mode = self._mode()
        return mode is not None and S_ISDIR(mode)

    def is_file(self):
        """Whether the path is a regular file (following links)."""
        mode = self._mode()
        return mode is not None and S_ISREG(mode)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        mode = self._mode(follow_symlinks=False)
        return mode is not None and S_ISLNK(mode)

    def is_block_device(self):
        """Whether this path is a block device."""
        mode = self._mode()
        return mode is not None and S_ISBLK(mode)

    def is_char_device(self):
        """Whether this path is a character device."""
        mode = self._mode()
        return mode is not None and S_ISCHR(mode)

    def is_fifo(self):
        """Whether this path is a FIFO."""
        mode = self._mode()
        return mode is not None and S_ISFIFO(mode)

    def is_socket(self):
        """Whether this path is a socket."""
        mode = self._mode()
        return mode is not None and S_ISSOCK(mode)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not self._root and self._tail and self._tail[0].startswith('~'):
            home = posixpath.expanduser(self._tail[0])
            if home.startswith('~'):
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + tuple(self._tail[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A POSIX path that can use the filesystem."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems (not supported by Spry)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
