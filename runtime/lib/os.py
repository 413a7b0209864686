"""OS routines for POSIX: the posix module's functions plus the portable layer on top
(os.environ, os.path, makedirs, walk, scandir, fsencode...)."""
import sys
import posix

# from posix import * (spelled out: it must also work where modules lack __dict__)
for _n in dir(posix):
    if not _n.startswith('__'):
        globals()[_n] = getattr(posix, _n)
del _n

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

P_WAIT = 0
P_NOWAIT = 1
P_NOWAITO = 1

_names = sys.builtin_module_names if hasattr(sys, 'builtin_module_names') else ()

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath",
           "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "fsencode", "fsdecode", "get_exec_path", "fdopen", "extsep",
           "makedirs", "removedirs", "renames", "walk", "environ", "getenv",
           "environb", "getenvb", "PathLike", "scandir", "DirEntry", "error"]


# ---- path-like objects ---------------------------------------------------------------

def _has_fspath(cls):
    for klass in cls.__mro__:
        if '__fspath__' in klass.__dict__:
            return klass.__dict__['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls is PathLike:
            return _has_fspath(subclass)
        return type.__subclasscheck__(cls, subclass)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


PathLike.__module__ = 'os'


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- the environment -----------------------------------------------------------------

class _Environ:
    """A mapping over the process environment: changes go through putenv/unsetenv."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if self is other:
            return True
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(self.decodekey(k), self.decodevalue(v))
                          for k, v in self._data.items())
        return f'environ({{{items}}})'

    def keys(self):
        return _EnvView(self, 'KeysView', lambda k: k)

    def values(self):
        return _EnvView(self, 'ValuesView', lambda k: self[k])

    def items(self):
        return _EnvView(self, 'ItemsView', lambda k: (k, self[k]))

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self.items())
        return new


class _EnvView:
    """keys()/values()/items() of an _Environ: live views, printed as CPython's
    KeysView(environ({...})) and friends; keys and items compare and combine as sets."""

    def __init__(self, mapping, kind, get):
        self._mapping = mapping
        self._kind = kind
        self._get = get

    def __iter__(self):
        get = self._get
        for key in self._mapping:
            yield get(key)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, item):
        return any(item == x or item is x for x in self)

    def __repr__(self):
        return '%s(%r)' % (self._kind, self._mapping)

    def _set(self, other):
        if self._kind == 'ValuesView':
            return NotImplemented
        try:
            return set(self), set(other)
        except TypeError:
            return NotImplemented

    def __eq__(self, other):
        if self._kind == 'ValuesView' or not isinstance(other, (_EnvView, set, frozenset, type({}.keys()), type({}.items()))):
            return NotImplemented
        return set(self) == set(other)

    def __and__(self, other):
        pair = self._set(other)
        return pair if pair is NotImplemented else pair[0] & pair[1]

    def __or__(self, other):
        pair = self._set(other)
        return pair if pair is NotImplemented else pair[0] | pair[1]

    def __sub__(self, other):
        pair = self._set(other)
        return pair if pair is NotImplemented else pair[0] - pair[1]

    def __xor__(self, other):
        pair = self._set(other)
        return pair if pair is NotImplemented else pair[0] ^ pair[1]

    __hash__ = None


def _make_environ():
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')

    return _Environ(posix.environ, encode, decode, encode, decode)


environ = _make_environ()


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _identity(value):
    return value


environb = _Environ(environ._data, _check_bytes, _identity, _check_bytes, _identity)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = None
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    if isinstance(env, dict) and b'PATH' in env:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = fsdecode(env[b'PATH'])
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- os.path -------------------------------------------------------------------------

import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull


# ---- directories and trees -----------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each
    directory in the tree rooted at top (including top itself)."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    entry = next(it)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# fork() hooks: `before` ones run newest first, the others in the order registered.
_fork_hooks = {'before': [], 'after_in_parent': [], 'after_in_child': []}


def register_at_fork(*args, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process.

    before is called before forking, after_in_child in the child and after_in_parent in
    the parent after forking."""
    if args:
        raise TypeError("register_at_fork() takes no positional arguments")
    given = {'before': before, 'after_in_child': after_in_child,
             'after_in_parent': after_in_parent}
    if all(f is None for f in given.values()):
        raise TypeError("At least one argument is required.")
    for kind, func in given.items():
        if func is not None and not callable(func):
            raise TypeError(f"'{kind}' must be callable, not {type(func).__name__}")
    for kind, func in given.items():
        if func is not None:
            _fork_hooks[kind].append(func)


def _run_fork_hooks(kind):
    hooks = _fork_hooks[kind]
    for func in (reversed(hooks) if kind == 'before' else list(hooks)):
        try:
            func()
        except BaseException as exc:
            # reported and ignored, as an unraisable exception
            import traceback
            print(f"Exception ignored in: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__)


def fork():
    """Fork a child process; return 0 in the child and the child's pid in the parent."""
    _run_fork_hooks('before')
    pid = posix.fork()
    _run_fork_hooks('after_in_child' if pid == 0 else 'after_in_parent')
    return pid


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class _wrap_close:
    """The file of os.popen(): close() waits for the command and returns its exit
    status (None for success, else the status shifted as os.wait() gives it)."""

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        if self._pid is None:
            return None
        pid, self._pid = self._pid, None
        returncode = waitstatus_to_exitcode(waitpid(pid, 0)[1])
        if returncode == 0:
            return None
        return returncode << 8 if returncode > 0 else returncode

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Open a pipe to or from the shell command cmd."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import io
    r, w = pipe()
    pid = fork()
    if pid == 0:
        try:
            if mode == "r":
                dup2(w, 1)
            else:
                dup2(r, 0)
            close(r)
            close(w)
            execv('/bin/sh', ['/bin/sh', '-c', cmd])
        finally:
            _exit(127)
    if mode == "r":
        close(w)
        return _wrap_close(io.open(r, "r", buffering), pid)
    close(r)
    return _wrap_close(io.open(w, "w", buffering), pid)


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return posix.get_terminal_size(fd)


del _names
