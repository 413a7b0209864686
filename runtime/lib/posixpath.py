"""Path names on POSIX systems (os.path): '/' separates components and there are no drives.

Every function takes str, bytes or an os.PathLike and answers in the same type."""

# The constants come first: os imports them from here, and importing posixpath before os
# reaches that import while this module is still half made.
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

import os
import stat
import sys
import genericpath
from genericpath import *

supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _slash(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_slash(s))


def join(a, *p):
    a = os.fspath(a)
    slash = _slash(a)
    path = a
    try:
        for part in p:
            part = os.fspath(part)
            if part.startswith(slash):
                path = part
            elif not path or path.endswith(slash):
                path += part
            else:
                path += slash + part
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest without its trailing
    slashes (unless it is nothing but slashes)."""
    p = os.fspath(p)
    cut = p.rfind(_slash(p)) + 1
    head, tail = p[:cut], p[cut:]
    stripped = head.rstrip(_slash(p))
    return (stripped or head), tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_slash(p)) + 1:]


def dirname(p):
    return split(p)[0]


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """True when path is a mount point: its parent lies on another device, or is itself."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    up = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        parent = os.lstat(up)
    except (OSError, ValueError):
        return False
    return parent.st_dev != st.st_dev or parent.st_ino == st.st_ino


def _home_of(user):
    """user's home directory (the current user's for ''), or None when unknown."""
    if not user:
        if 'HOME' in os.environ:
            return os.environ['HOME']
    try:
        import pwd
    except ImportError:
        return None
    try:
        if not user:
            return pwd.getpwuid(os.getuid()).pw_dir
        return pwd.getpwnam(user).pw_dir
    except KeyError:
        return None


def expanduser(path):
    """'~' and '~user' at the start of path replaced by that user's home directory."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if not path.startswith(b'~' if is_bytes else '~'):
        return path
    end = path.find(_slash(path), 1)
    if end < 0:
        end = len(path)
    user = path[1:end]
    if is_bytes:
        user = os.fsdecode(user)
    home = _home_of(user)
    if home is None:
        return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(_slash(path))
    return (home + path[end:]) or _slash(path)


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def expandvars(path):
    """$name and ${name} replaced by the environment's values; unknown names stay as written."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        env = getattr(os, 'environb', None)
        if env is None:
            env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}

        def lookup(name):
            value = env.get(name.encode('latin-1'))
            return None if value is None else value.decode('latin-1')
        return _substitute(text, lookup).encode('latin-1')
    if '$' not in path:
        return path
    return _substitute(path, os.environ.get)


def _substitute(text, lookup):
    pieces = []
    done = 0            # text[:done] is in pieces
    pos = text.find('$')
    while pos >= 0:
        if text.startswith('{', pos + 1):
            close = text.find('}', pos + 2)
            if close < 0:
                break
            name, after = text[pos + 2:close], close + 1
        else:
            after = pos + 1
            while after < len(text) and text[after] in _NAME_CHARS:
                after += 1
            name = text[pos + 1:after]
        if not name:
            pos = text.find('$', pos + 1)
            continue
        value = lookup(name)
        if value is not None:
            pieces.append(text[done:pos])
            pieces.append(value)
            done = after
        pos = text.find('$', after)
    pieces.append(text[done:])
    return ''.join(pieces)


def normpath(path):
    """path without redundant separators, '.' components and 'name/..' pairs."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    # POSIX lets exactly two leading slashes mean something else; three or more mean one.
    if path.startswith(slash):
        lead = slash * 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) \
            else slash
    else:
        lead = path[:0]
    kept = []
    for part in path.split(slash):
        if not part or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
            elif not lead:
                kept.append(part)
            continue
        kept.append(part)
    return (lead + slash.join(kept)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """filename made absolute with every symbolic link resolved.

    A link that cannot be resolved (a loop, or one whose target is missing when strict is
    false) stays in the result as written; with strict=True those raise OSError."""
    filename = os.fspath(filename)
    resolved = _resolve_links(filename, strict)
    return abspath(resolved)


def _resolve_links(path, strict):
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    done = slash if path.startswith(slash) else path[:0]
    # Components still to walk, last one first; a tuple (link, ) marks where a link's
    # target ends, so the link's resolution can be remembered.
    todo = list(reversed(path.split(slash)))
    known = {}          # link path -> resolved path, or None while being resolved
    while todo:
        part = todo.pop()
        if isinstance(part, tuple):
            known[part[0]] = done
            continue
        if not part or part == dot:
            continue
        if part == dotdot:
            if not done:
                done = dotdot
            else:
                head, tail = split(done)
                done = join(head, dotdot, dotdot) if tail == dotdot else head
            continue
        candidate = join(done, part)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            done = candidate
            continue
        if candidate in known:
            if known[candidate] is not None:
                done = known[candidate]
                continue
            # A loop: the link stays unresolved, followed by whatever was left to walk.
            if strict:
                os.stat(candidate)      # raises ELOOP
            rest = [p for p in reversed(todo) if not isinstance(p, tuple)]
            return join(candidate, *rest)
        known[candidate] = None
        target = os.readlink(candidate)
        if target.startswith(slash):
            done = slash
        todo.append((candidate,))
        todo.extend(reversed(target.split(slash)))
    return done


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    start = dot if start is None else os.fspath(start)
    try:
        target = [c for c in abspath(path).split(slash) if c]
        origin = [c for c in abspath(start).split(slash) if c]
        shared = 0
        for a, b in zip(target, origin):
            if a != b:
                break
            shared += 1
        parts = [dotdot] * (len(origin) - shared) + target[shared:]
        return slash.join(parts) or dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest path every one of paths lies under (comparing whole components)."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    try:
        rooted = {p.startswith(slash) for p in paths}
        if len(rooted) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
        shortest, longest = min(split_paths), max(split_paths)
        common = shortest
        for i, c in enumerate(shortest):
            if c != longest[i]:
                common = shortest[:i]
                break
        lead = slash if rooted.pop() else slash[:0]
        return lead + slash.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
