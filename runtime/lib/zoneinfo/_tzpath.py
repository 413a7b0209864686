"""The search path for TZif files (TZPATH) and lookups of zone keys on it.

Written for Spry from the documented behaviour of CPython 3.11's zoneinfo.
"""
import os
import sysconfig

# The compiled-in default, used when neither reset_tzpath() nor PYTHONTZPATH says more.
_BUILTIN_TZPATH = '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'


class InvalidTZPathWarning(RuntimeWarning):
    """Relative entries in PYTHONTZPATH, which are skipped."""


def _relative_entries_text(paths):
    return ('Paths should be absolute but found the following relative paths:\n    '
            + '\n    '.join(paths))


def _path_from_environment(spec):
    entries = spec.split(os.pathsep)
    relative = [entry for entry in entries if not os.path.isabs(entry)]
    if relative:
        import warnings
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. '
                      + _relative_entries_text(relative), InvalidTZPathWarning)
    return tuple(entry for entry in entries if os.path.isabs(entry))


def _default_path():
    spec = os.environ.get('PYTHONTZPATH')
    if spec is None:
        spec = sysconfig.get_config_var('TZPATH') or _BUILTIN_TZPATH
    if not spec:
        return ()
    return _path_from_environment(spec)


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        TZPATH = _default_path()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
    relative = [path for path in to if not os.path.isabs(path)]
    if relative:
        raise ValueError(_relative_entries_text(relative))
    TZPATH = tuple(to)


def _checked_key(key):
    """Refuse keys that are not plain relative paths below a TZPATH entry."""
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    if os.path.normpath(key) != key:
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    if key == os.curdir or key == os.pardir or key.startswith(os.pardir + os.sep):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def find_tzfile(key):
    _checked_key(key)
    for root in TZPATH:
        candidate = os.path.join(root, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _is_tzif(path):
    try:
        with open(path, 'rb') as f:
            return f.read(4) == b'TZif'
    except OSError:
        return False


def available_timezones():
    """Keys of every TZif file on TZPATH, as a set."""
    keys = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for folder, subfolders, files in os.walk(root):
            if folder == root:
                # 'right' holds leap-second variants and 'posix' duplicates; skip both.
                subfolders[:] = [d for d in subfolders if d not in ('right', 'posix')]
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, root)
                if os.sep != '/':
                    key = key.replace(os.sep, '/')
                if key != 'posixrules' and key not in keys and _is_tzif(path):
                    keys.add(key)
    return keys


TZPATH = ()
reset_tzpath()
