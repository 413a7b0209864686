"""Source lines of files and of modules whose loaders can give their source, kept in a cache.

The cache maps a file name to either
  (size, mtime, lines, fullname)  -- lines read; mtime is None when they came from a loader,
  (get_lines,)                    -- a pending loader call registered by lazycache().
traceback, inspect, warnings and timeit read and write `cache` directly.
"""

import functools
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _is_pseudo_name(filename):
    # '<stdin>', '<string>' and the like name no file.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def checkcache(filename=None):
    """Drops entries whose file changed size or mtime on disk, or vanished."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue            # pending loader call: nothing on disk to compare
        size, mtime, _, fullname = entry
        if mtime is None:
            continue            # came from a loader, not a file
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def _decode(data):
    """Source bytes as text, in the encoding their BOM or coding cookie names (UTF-8 otherwise)."""
    import io
    import tokenize
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(encoding)


def _split_lines(text):
    """Lines with universal newlines: '\\r\\n' and '\\r' end lines as '\\n' does, and become it."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    pieces = text.split('\n')
    lines = [piece + '\n' for piece in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines


def _read_file(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    return _split_lines(_decode(data))


def _load_lazy(filename, module_globals):
    """Lines from the loader registered for filename: None when there is no loader,
    [] when it has no source (the pending entry then stays)."""
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return []
    if source is None:
        return []
    lines = [line + '\n' for line in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _find_on_path(filename):
    """A relative name looked up in sys.path's directories, as imports would have found it."""
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue                  # a non-str sys.path entry
        try:
            return candidate, os.stat(candidate)
        except (OSError, ValueError):
            pass
    return None, None


def updatecache(filename, module_globals=None):
    """(Re)reads filename's lines into the cache and returns them; [] when none are found."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo_name(filename):
        return []

    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        lines = _load_lazy(filename, module_globals)
        if lines is not None:
            return lines
        if os.path.isabs(filename):
            return []
        fullname, st = _find_on_path(filename)
        if st is None:
            return []

    try:
        lines = _read_file(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Registers how to get filename's source from its module's loader, without calling it yet.

    True when such an entry is (now) pending for filename."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_name(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return False
    cache[filename] = (functools.partial(get_source, name),)
    return True
