"""Operating system services: the posix built-in module, plus what is written in Python on
top of it (environ, walk, makedirs, the exec*/spawn* families, popen, fsencode...).

os is imported by nearly everything, so it imports only posix, posixpath and abc eagerly;
collections.abc and subprocess are imported when first needed."""

import abc
import sys

import posix
from posix import *
from posix import _exit

import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
error = OSError

# Spry's posix functions take no dir_fd; which ones take an fd or follow_symlinks=False:
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, scandir, listdir, chmod}
supports_follow_symlinks = {stat, access, chown, utime}
supports_bytes_environ = True


# ---- file names ---------------------------------------------------------------------------

def fsencode(filename):
    """filename (str, bytes or PathLike) as bytes in the file system encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename
    return filename.encode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())


def fsdecode(filename):
    """filename (str, bytes or PathLike) as str, undoing fsencode."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename
    return filename.decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())


class PathLike(abc.ABC):
    """What os.fspath() accepts besides str and bytes: anything with __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                # __fspath__ = None declares "not path-like" (as __hash__ = None does).
                return True if klass.__dict__['__fspath__'] is not None else NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


# ---- directories --------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with every missing parent; parents get the default mode, name gets mode.

    An existing directory name is an error unless exist_ok is true."""
    here = curdir.encode() if isinstance(fspath(name), bytes) else curdir
    missing = []            # name and its missing ancestors, deepest first
    current = name
    while True:
        head, tail = path.split(current)
        if not tail:
            head, tail = path.split(head)
        missing.append((current, tail))
        if not head or not tail or path.exists(head):
            break
        current = head
    last = len(missing) - 1
    for index in range(last, -1, -1):
        directory, tail = missing[index]
        if tail == here:
            continue
        try:
            if index:
                mkdir(directory)
            else:
                mkdir(directory, mode)
        except FileExistsError:
            if index == 0 and (not exist_ok or not path.isdir(directory)):
                raise
        except OSError:
            if index or not exist_ok or not path.isdir(directory):
                raise


def removedirs(name):
    """rmdir name, then each parent directory that has become empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            return
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating new's missing directories and pruning old's emptied ones."""
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
    """(dirpath, dirnames, filenames) for top and every directory below it.

    Top-down, a caller may prune or reorder dirnames in place to steer the walk. Errors
    listing a directory go to onerror (an OSError) and that directory is skipped."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    # Work items: a str/bytes path to list, or a finished triple waiting to be yielded
    # (bottom-up only, after everything below it).
    todo = [fspath(top)]
    while todo:
        item = todo.pop()
        if isinstance(item, tuple):
            yield item
            continue
        listing = _list_for_walk(item, topdown, followlinks, onerror)
        if listing is None:
            continue
        dirs, files, descend = listing
        if topdown:
            yield item, dirs, files
            for dirname in reversed(dirs):
                child = path.join(item, dirname)
                if followlinks or not path.islink(child):
                    todo.append(child)
        else:
            todo.append((item, dirs, files))
            todo.extend(reversed(descend))


def _list_for_walk(top, topdown, followlinks, onerror):
    """(dirs, files, subdirectories to descend into bottom-up), or None after onerror."""
    dirs, files, descend = [], [], []
    try:
        with scandir(top) as entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if not is_dir:
                    files.append(entry.name)
                    continue
                dirs.append(entry.name)
                if not topdown:
                    try:
                        is_link = entry.is_symlink()
                    except OSError:
                        is_link = False
                    if followlinks or not is_link:
                        descend.append(entry.path)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return None
    return dirs, files, descend


# ---- the environment ----------------------------------------------------------------------

class _Environ:
    """A live mapping over the process environment: stores go through putenv/unsetenv too.

    data is posix.environ itself (bytes to bytes); the four functions convert keys and
    values between that and what this view shows (str for environ, bytes for environb)."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        raw_key = self.encodekey(key)
        raw_value = self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        try:
            del self._data[raw_key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for raw_key in list(self._data):
            yield self.decodekey(raw_key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __repr__(self):
        shown = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return f'environ({{{shown}}})'

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        from _collections_abc import KeysView
        return KeysView(self)

    def values(self):
        from _collections_abc import ValuesView
        return ValuesView(self)

    def items(self):
        from _collections_abc import ItemsView
        return ItemsView(self)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _NO_DEFAULT = object()

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is self._NO_DEFAULT:
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

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


# _Environ is a MutableMapping, but `import os` must not load _collections_abc for it: whichever
# of the two modules is imported second registers it (see the end of _collections_abc).
_abc_module = sys.modules.get('_collections_abc')
if hasattr(_abc_module, 'MutableMapping'):
    _abc_module.MutableMapping.register(_Environ)
del _abc_module


def _is_mapping(obj):
    if isinstance(obj, (dict, _Environ)):
        return True
    from _collections_abc import Mapping
    return isinstance(obj, Mapping)


def _str_codec():
    encoding = sys.getfilesystemencoding()

    def encode(value):
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        return value.encode(encoding, 'surrogateescape')

    def decode(value):
        return value.decode(encoding, 'surrogateescape')
    return encode, decode


def _bytes_only(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


def _bytes_as_is(value):
    return value


_encode_str, _decode_str = _str_codec()
environ = _Environ(posix.environ, _encode_str, _decode_str, _encode_str, _decode_str)
environb = _Environ(posix.environ, _bytes_only, _bytes_as_is, _bytes_only, _bytes_as_is)
del _encode_str, _decode_str


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories PATH (from env, default os.environ) names, or defpath's."""
    if env is None:
        env = environ
    text = env.get('PATH')
    if supports_bytes_environ:
        try:
            raw = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if text is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            text = raw
    if text is None:
        text = defpath
    return fsdecode(text).split(pathsep)


# ---- processes ----------------------------------------------------------------------------

_fork_hooks = {'before': [], 'after_in_child': [], 'after_in_parent': []}


def register_at_fork(*args, before=None, after_in_child=None, after_in_parent=None):
    """Callables run around os.fork(): before (newest first), then after_in_child or
    after_in_parent (oldest first)."""
    if args:
        raise TypeError("register_at_fork() takes no positional arguments")
    given = {'before': before, 'after_in_child': after_in_child,
             'after_in_parent': after_in_parent}
    if all(hook is None for hook in given.values()):
        raise TypeError("At least one argument is required.")
    for kind, hook in given.items():
        if hook is not None and not callable(hook):
            raise TypeError(f"'{kind}' must be callable, not {type(hook).__name__}")
    for kind, hook in given.items():
        if hook is not None:
            _fork_hooks[kind].append(hook)


def _run_fork_hooks(kind):
    """Called by fork() and by the C API's PyOS_*Fork*; a failing hook is reported as
    unraisable and does not stop the others."""
    hooks = _fork_hooks[kind]
    for hook in (reversed(hooks) if kind == 'before' else list(hooks)):
        try:
            hook()
        except BaseException as exc:
            from types import SimpleNamespace
            sys.unraisablehook(SimpleNamespace(
                exc_type=type(exc), exc_value=exc, exc_traceback=exc.__traceback__,
                err_msg="Exception ignored in", object=hook))


def fork():
    _run_fork_hooks('before')
    pid = posix.fork()
    _run_fork_hooks('after_in_child' if pid == 0 else 'after_in_parent')
    return pid


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    _exec_searching(file, args, None)


def execvpe(file, args, env):
    _exec_searching(file, args, env)


def _exec_searching(file, args, env):
    """exec file, looked up in PATH unless it names a directory part."""
    def run(program):
        if env is None:
            execv(program, args)
        else:
            execve(program, args, env)

    if path.dirname(file):
        run(file)
        return
    worth_reporting = last = None
    for directory in get_exec_path(env):
        program = path.join(fsencode(directory), fsencode(file))
        try:
            run(program)
        except (FileNotFoundError, NotADirectoryError) as exc:
            last = exc
        except OSError as exc:
            last = exc
            if worth_reporting is None:
                worth_reporting = exc
    raise worth_reporting if worth_reporting is not None else last


P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawn(mode, file, args, env, searching):
    """fork, exec in the child (exit status 127 when that fails); P_NOWAIT returns the
    child's pid, P_WAIT its exit code (minus the signal number if a signal ended it)."""
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if pid == 0:
        try:
            if searching:
                _exec_searching(file, args, env)
            elif env is None:
                execv(file, args)
            else:
                execve(file, args, env)
        except BaseException:
            pass
        _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if not WIFSTOPPED(status):
            return waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


# ---- streams ------------------------------------------------------------------------------

def popen(cmd, mode='r', buffering=-1):
    """A text stream reading the shell command's output ('r') or feeding its input ('w').

    Closing it waits for the command: None when it exited with 0, else its wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                                stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                            stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """popen's stream; close() also reaps the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        return None if status == 0 else status << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """io.open() on an already open file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# Everything public: posix's names and those defined here.
__all__ = sorted({n for n in dir(posix) if not n.startswith('_')} | {
    'P_NOWAIT', 'P_NOWAITO', 'P_WAIT', 'altsep', 'curdir', 'defpath',
    'devnull', 'environb', 'error', 'execl', 'execle', 'execlp', 'execlpe', 'execvp',
    'execvpe', 'extsep', 'fdopen', 'fsdecode', 'fsencode', 'get_exec_path', 'getenv',
    'getenvb', 'linesep', 'makedirs', 'name', 'pardir', 'path', 'pathsep', 'popen',
    'removedirs', 'renames', 'sep', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe',
    'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'supports_bytes_environ', 'walk'})
