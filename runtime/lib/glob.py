"""Unix shell-style pathname expansion: '*', '?', '[seq]' per path component, and '**'
(with recursive=True) for any number of nested directories.

A pattern is expanded component by component: its directory part is expanded first (to
directories only), then its last component is matched inside each of those directories.
Names come in os.scandir() order.
"""

import fnmatch
import os
import re
import sys

__all__ = ["glob", "iglob", "escape"]

# Public (if undocumented) since long ago; has_magic() does not need them.
magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    "Paths matching pathname, as a list."
    return list(_matches(pathname, root_dir, dir_fd, recursive, include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    "Paths matching pathname, lazily."
    return _matches(pathname, root_dir, dir_fd, recursive, include_hidden)


def _matches(pattern, root_dir, dir_fd, recursive, include_hidden):
    # Relative patterns are taken relative to root_dir (itself relative to dir_fd) or the
    # current directory, and so are the results. Names starting with '.' only match
    # components that start with '.' too, unless include_hidden is true.
    sys.audit("glob.glob", pattern, recursive)
    sys.audit("glob.glob/2", pattern, recursive, root_dir, dir_fd)
    root = pattern[:0] if root_dir is None else os.fspath(root_dir)
    walker = _Walker(root, dir_fd, recursive, include_hidden)
    # The top directory itself ('' for '**') is never a result.
    return (path for path in walker.expand(pattern, False) if path)


def has_magic(s):
    magic = b'*?[' if isinstance(s, bytes) else '*?['
    for c in magic:
        if c in s:
            return True
    return False


def escape(pathname):
    """pathname with every magic character made literal ('*' -> '[*]')."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for byte in pathname:
            if byte in b'*?[':
                out += b'[' + bytes((byte,)) + b']'
            else:
                out.append(byte)
        return bytes(out)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)


def glob0(dirname, basename):
    """[basename] when it exists literally in dirname (or dirname is a directory and
    basename is empty), else []."""
    return list(_Walker(dirname[:0], None, False, False).literal(dirname, basename, False))


def glob1(dirname, pattern):
    """The names in dirname matching pattern."""
    return list(_Walker(dirname[:0], None, False, False).matching(dirname, pattern, False))


def _is_globstar(component):
    return component in ('**', b'**')


class _Walker:
    """One expansion: where relative paths start and which names count."""

    def __init__(self, root_dir, dir_fd, recursive, include_hidden):
        self.root_dir = root_dir
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    # -- file system access, relative to root_dir / dir_fd --

    def _real(self, path):
        if self.root_dir:
            return os.path.join(self.root_dir, path)
        return path

    def _stat(self, path, follow):
        path = self._real(path)
        if self.dir_fd is None:
            return os.stat(path) if follow else os.lstat(path)
        return os.stat(path, dir_fd=self.dir_fd, follow_symlinks=follow)

    def exists(self, path):
        try:
            self._stat(path, False)
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self, path):
        if not self._real(path) and self.dir_fd is None:
            return False                    # '' names no directory
        try:
            st = self._stat(path or os.curdir, True)
        except (OSError, ValueError):
            return False
        return (st.st_mode & 0o170000) == 0o040000

    def entries(self, dirname, dirs_only):
        """(name, is_dir) for each entry of dirname; nothing when it cannot be listed."""
        real = self._real(dirname)
        result = []
        try:
            if self.dir_fd is None:
                scanner = os.scandir(real or (os.curdir if isinstance(dirname, str)
                                              else os.curdir.encode()))
                fd = None
            elif real:
                fd = os.open(real, os.O_RDONLY | os.O_DIRECTORY, dir_fd=self.dir_fd)
                scanner = os.scandir(fd)
            else:
                fd = None
                scanner = os.scandir(self.dir_fd)
            try:
                with scanner:
                    for entry in scanner:
                        try:
                            is_dir = entry.is_dir()
                        except OSError:
                            is_dir = False
                        if is_dir or not dirs_only:
                            name = entry.name
                            if isinstance(dirname, bytes) and isinstance(name, str):
                                name = os.fsencode(name)
                            result.append((name, is_dir))
            finally:
                if fd is not None:
                    os.close(fd)
        except OSError:
            return []
        return result

    def visible(self, name, pattern):
        return self.include_hidden or not _is_hidden(name) or _is_hidden(pattern)

    # -- expansion --

    def expand(self, pattern, dirs_only):
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            if tail:
                if self.exists(pattern):
                    yield pattern
            elif self.is_dir(head):
                yield pattern
            return
        if not head:
            yield from self.in_dir(head, tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            dirs = self.expand(head, True)
        else:
            dirs = (head,)
        for dirname in dirs:
            for name in self.in_dir(dirname, tail, dirs_only):
                yield os.path.join(dirname, name)

    def in_dir(self, dirname, component, dirs_only):
        """Names (relative to dirname) that component matches there."""
        if not has_magic(component):
            return self.literal(dirname, component, dirs_only)
        if self.recursive and _is_globstar(component):
            return self.everything_below(dirname, dirs_only)
        return self.matching(dirname, component, dirs_only)

    def literal(self, dirname, name, dirs_only):
        if name:
            if self.exists(os.path.join(dirname, name)):
                yield name
        elif self.is_dir(dirname):
            yield name

    def matching(self, dirname, pattern, dirs_only):
        names = [name for name, _ in self.entries(dirname, dirs_only)
                 if self.visible(name, pattern)]
        return fnmatch.filter(names, pattern)

    def everything_below(self, dirname, dirs_only):
        """'' (dirname itself), then every visible path below it, each directory before
        its contents."""
        yield dirname[:0]
        pending = [(dirname[:0], iter(self.entries(dirname, dirs_only)))]
        while pending:
            prefix, listing = pending[-1]
            entry = next(listing, None)
            if entry is None:
                pending.pop()
                continue
            name, is_dir = entry
            if not self.include_hidden and _is_hidden(name):
                continue
            path = os.path.join(prefix, name) if prefix else name
            yield path
            if is_dir:
                pending.append((path, iter(self.entries(os.path.join(dirname, path),
                                                        dirs_only))))

def _is_hidden(name):
    return name[:1] in ('.', b'.')
