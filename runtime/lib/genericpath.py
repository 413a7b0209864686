"""The os.path functions whose behaviour is the same on every platform; posixpath
re-exports them and uses the underscored helpers."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(path):
    # The predicates answer False for paths that cannot be stat'ed: missing files,
    # permission errors, embedded NULs (ValueError). Wrong argument types still raise.
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (symlinks followed; False if broken)."""
    return _stat_or_none(path) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest common leading run of the items of m, compared element by element
    (so it is a string prefix, not necessarily a path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [os.fspath(item) for item in m]
    # The shortest common prefix of all items is the common prefix of the least and
    # greatest of them.
    low, high = min(m), max(m)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def samestat(s1, s2):
    """Whether two stat results describe the same file (same inode on the same device)."""
    return (s1.st_ino, s1.st_dev) == (s2.st_ino, s2.st_dev)


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) at the last extsep of its final component; dots that
    begin the component (".bashrc", "..x") do not start an extension."""
    start = p.rfind(sep)
    if altsep:
        start = max(start, p.rfind(altsep))
    start += 1  # the final component starts here
    dot = p.rfind(extsep)
    if dot > start:
        for i in range(start, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError os.path functions give for an argument that is not str or
    bytes, or for a mix of str and bytes (called from their except clauses, hence the
    suppressed context)."""
    seen_str = seen_bytes = False
    for arg in args:
        if isinstance(arg, str):
            seen_str = True
        elif isinstance(arg, bytes):
            seen_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike '
                            f'object, not {type(arg).__name__!r}') from None
    if seen_str and seen_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
