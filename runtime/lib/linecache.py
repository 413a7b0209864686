"""Cache of source lines, read from files (or a module's loader) on first use; used by
traceback, warnings and inspect."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) for a file read from disk, or a one-tuple
# (get_source,) for a module whose source is fetched from its loader on first use.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines of a Python source file, reading it when it is not cached yet."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or just filename's)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _decode(data):
    """Decodes source bytes with the PEP 263 coding cookie (utf-8 by default)."""
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for line in data.split(b"\n", 2)[:2]:
            stripped = line.lstrip(b" \t\f")
            if not stripped.startswith(b"#"):
                if stripped.strip():
                    break
                continue
            pos = stripped.find(b"coding")
            if pos >= 0 and stripped[pos + 6:pos + 7] in (b":", b"="):
                name = stripped[pos + 7:].lstrip(b" \t")
                end = 0
                while end < len(name) and (name[end:end + 1].isalnum() or name[end:end + 1] in b"-_."):
                    end += 1
                encoding = name[:end].decode("ascii")
                break
    return data.decode(encoding)


def _split_lines(text):
    """Lines as a file opened with universal newlines reads them, each ending in '\\n'."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line + "\n" for line in text.split("\n")]
    if text.endswith("\n") or not text:
        lines.pop()
    return lines


def updatecache(filename, module_globals=None):
    """Read filename's lines into the cache (searching sys.path for a relative name) and
    return them; [] when the file cannot be read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split_lines(data)
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, "rb") as fp:
            text = _decode(fp.read())
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    lines = _split_lines(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch filename's source from its module's loader, without reading
    it yet. True when the source can be fetched later."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        spec = module_globals.get("__spec__")
        name = getattr(spec, "name", None) or module_globals["__name__"]
        loader = getattr(spec, "loader", None)
        if loader is None:
            loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
