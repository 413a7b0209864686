"""Temporary files and directories, created safely (O_EXCL, private modes, random names).

mkstemp/mkdtemp leave cleaning up to the caller; TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory clean up after themselves."""

import errno as _errno
import io as _io
import os as _os
import sys as _sys
import _thread
import weakref as _weakref

__all__ = ["TMP_MAX", "tempdir", "gettempdir", "gettempdirb", "gettempprefix",
           "gettempprefixb", "mkdtemp", "mkstemp", "mktemp", "NamedTemporaryFile",
           "SpooledTemporaryFile", "TemporaryDirectory", "TemporaryFile"]

TMP_MAX = getattr(_os, 'TMP_MAX', 238328)   # glibc's value, which CPython reports here
template = "tmp"
tempdir = None          # set by the user, or by the first gettempdir()

_FILE_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
               | getattr(_os, 'O_CLOEXEC', 0))
_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_tempdir_lock = _thread.allocate_lock()


class _Names:
    """Random 8-letter names; a forked child gets its own generator so parent and child
    do not draw the same sequence."""

    def __init__(self):
        self._pid = None
        self._rng = None

    def next(self):
        pid = _os.getpid()
        if pid != self._pid:
            import random
            self._rng = random.Random()
            self._pid = pid
        choice = self._rng.choice
        return ''.join(choice(_NAME_LETTERS) for _ in range(8))


_names = _Names()


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go to by default (found once, then kept in tempdir)."""
    return _os.fsdecode(_tempdir())


def gettempdirb():
    return _os.fsencode(_tempdir())


def _tempdir():
    global tempdir
    if tempdir is None:
        with _tempdir_lock:
            if tempdir is None:
                tempdir = _find_usable_dir()
    return tempdir


def _candidate_dirs():
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _find_usable_dir():
    """The first candidate directory where a file can really be created and written."""
    candidates = _candidate_dirs()
    for directory in candidates:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            probe = _os.path.join(directory, _names.next())
            try:
                fd = _os.open(probe, _FILE_FLAGS, 0o600)
            except FileExistsError:
                continue
            except OSError:
                break       # not usable (missing, read-only, no permission...)
            try:
                with _io.open(fd, 'wb', closefd=False) as f:
                    f.write(b'blat')
            except OSError:
                _os.close(fd)
                _os.unlink(probe)
                break
            _os.close(fd)
            _os.unlink(probe)
            return directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % candidates)


def _resolve_parts(prefix, suffix, dir):
    """(prefix, suffix, dir, as_bytes) with defaults filled in, all of one type."""
    kinds = set()
    for part in (prefix, suffix, dir):
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        kinds.add(isinstance(part, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {True}
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else gettempprefix()
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _new_names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        middle = _names.next()
        if as_bytes:
            middle = _os.fsencode(middle)
        yield _os.path.join(dir, prefix + middle + suffix)


def _create(make, prefix, suffix, dir, as_bytes, what):
    """make(path) on fresh names until one does not exist yet; (make's result, path)."""
    for path in _new_names(prefix, suffix, dir, as_bytes):
        try:
            return make(path), path
        except FileExistsError:
            continue
        except PermissionError:
            # Some systems answer EACCES for a name taken by a directory: keep trying
            # only while the directory itself is writable.
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
    raise FileExistsError(_errno.EEXIST, "No usable temporary %s name found" % what)


def _open_new_file(path):
    _sys.audit("tempfile.mkstemp", path)
    return _os.open(path, _FILE_FLAGS, 0o600)


def _make_dir(path):
    _sys.audit("tempfile.mkdtemp", path)
    _os.mkdir(path, 0o700)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """(fd, absolute path) of a new file only the caller can read and write."""
    prefix, suffix, dir, as_bytes = _resolve_parts(prefix, suffix, dir)
    fd, path = _create(_open_new_file, prefix, suffix, dir, as_bytes, "file")
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Path of a new directory only the caller can use (relative when dir is; unlike
    mkstemp's, 3.11 does not make it absolute)."""
    prefix, suffix, dir, as_bytes = _resolve_parts(prefix, suffix, dir)
    _, path = _create(_make_dir, prefix, suffix, dir, as_bytes, "directory")
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has right now (unsafe: someone may take it before you do)."""
    if dir is None:
        dir = gettempdir()
    for path in _new_names(prefix, suffix, dir, isinstance(dir, bytes)):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object plus the name it lives under; closing it (or losing it) removes the
    file when delete is true. Everything else is the file's."""

    def __init__(self, file, name, delete=True):
        self._unlinked = False
        self.delete, self.file, self.name = delete, file, name

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        result = self.file.__exit__(exc_type, exc, tb)
        self.close()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._unlinked:
            self._unlinked = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        file = self.__dict__.get('file')
        if file is None:
            return
        try:
            file.close()
        finally:
            self._remove()


def _open_fd(fd, path, mode, buffering, encoding, newline, errors):
    """io.open over an fd that is already open, under path's name; closes fd on failure."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    try:
        return _io.open(path, mode, buffering=buffering, encoding=encoding, newline=newline,
                        errors=errors, opener=lambda *ignored: fd)
    except BaseException:
        _os.close(fd)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new temporary file with a visible name (.name), removed on close if delete."""
    prefix, suffix, dir, as_bytes = _resolve_parts(prefix, suffix, dir)
    fd, path = _create(_open_new_file, prefix, suffix, dir, as_bytes, "file")
    path = _os.path.abspath(path)
    try:
        file = _open_fd(fd, path, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new temporary file with no name at all: it disappears when closed."""
    prefix, suffix, dir, as_bytes = _resolve_parts(prefix, suffix, dir)
    fd, path = _create(_open_new_file, prefix, suffix, dir, as_bytes, "file")
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, fd, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile(_io.IOBase):
    """Kept in memory until it grows past max_size (or fileno() is asked for), then moved
    to a real TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        memory = _io.BytesIO()
        if 'b' not in mode:
            encoding = _io.text_encoding(encoding)
            memory = _io.TextIOWrapper(memory, encoding=encoding, errors=errors,
                                       newline=newline)
        self._file = memory
        self._max_size = max_size
        self._rolled = False
        # What rollover() hands to TemporaryFile.
        self._file_args = {'mode': mode, 'buffering': buffering, 'encoding': encoding,
                           'newline': newline, 'errors': errors, 'prefix': prefix,
                           'suffix': suffix, 'dir': dir}

    __class_getitem__ = classmethod(type(list[int]))

    def _grew(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._file_args)
        position = memory.tell()
        if isinstance(memory, _io.TextIOWrapper):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, exc_type, exc, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._file_args['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def write(self, s):
        written = self._file.write(s)
        self._grew()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._grew()
        return result

    def truncate(self, size=None):
        if size is not None and self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)


def _forward_to_file(cls, method_names, property_names):
    """Gives cls methods and read-only properties that just ask cls's current _file."""
    def method(name):
        def forward(self, *args):
            return getattr(self._file, name)(*args)
        forward.__name__ = forward.__qualname__ = name
        return forward
    for name in method_names:
        setattr(cls, name, method(name))
    for name in property_names:
        setattr(cls, name, property(lambda self, _name=name: getattr(self._file, _name)))


_forward_to_file(SpooledTemporaryFile,
                 ('close', 'detach', 'flush', 'isatty', 'read', 'read1', 'readinto',
                  'readinto1', 'readline', 'readlines', 'readable', 'seek', 'seekable',
                  'tell', 'writable'),
                 ('closed', 'encoding', 'errors', 'newlines'))


class TemporaryDirectory:
    """A new directory (.name) removed with everything in it by cleanup(), on leaving a
    with block, or when the object is collected (with a ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self.name = mkdtemp(prefix=prefix, suffix=suffix, dir=dir)
        self._finalizer = _weakref.finalize(
            self, _remove_tree_warning, self.name,
            "Implicitly cleaning up {!r}".format(self), ignore_cleanup_errors)

    __class_getitem__ = classmethod(type(list[int]))

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() is not None or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)


def _remove_tree_warning(path, message, ignore_errors):
    _remove_tree(path, ignore_errors)
    import warnings
    warnings.warn(message, ResourceWarning)


def _remove_tree(path, ignore_errors):
    """shutil.rmtree that also gets through entries made read-only or unsearchable."""
    import shutil

    def retry(func, failed_path, exc_info):
        exc = exc_info[1]
        if isinstance(exc, FileNotFoundError):
            return
        if isinstance(exc, PermissionError):
            try:
                if failed_path != path:
                    _os.chmod(_os.path.dirname(failed_path), 0o700)
                _os.chmod(failed_path, 0o700)
            except OSError:
                pass
            try:
                if _os.path.isdir(failed_path) and not _os.path.islink(failed_path):
                    _remove_tree(failed_path, ignore_errors)
                else:
                    _os.unlink(failed_path)
                return
            except FileNotFoundError:
                return
            except OSError:
                if not ignore_errors:
                    raise
                return
        if not ignore_errors:
            raise exc

    shutil.rmtree(path, onerror=retry)
