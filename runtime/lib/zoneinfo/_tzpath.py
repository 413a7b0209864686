"""The search path of zoneinfo (TZPATH) and the keys found on it."""

import os

# Debian's and most Unix systems' locations of the compiled time zones.
_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_invalid_paths_message(to))
        base_tzpath = to
    else:
        env_var = os.environ.get("PYTHONTZPATH", None)
        if env_var is not None:
            base_tzpath = _parse_python_tzpath(env_var)
        else:
            base_tzpath = _DEFAULT_TZPATH
    TZPATH = tuple(base_tzpath)


def _parse_python_tzpath(env_var):
    if not env_var:
        return ()
    raw_tzpath = env_var.split(os.pathsep)
    new_tzpath = tuple(filter(os.path.isabs, raw_tzpath))
    if len(new_tzpath) != len(raw_tzpath):
        import warnings
        msg = _invalid_paths_message(raw_tzpath)
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. " + msg,
                      InvalidTZPathWarning)
    return new_tzpath


def _invalid_paths_message(tzpaths):
    invalid_paths = (path for path in tzpaths if not os.path.isabs(path))
    prefix = "\n    "
    indented_str = prefix + prefix.join(invalid_paths)
    return ("Paths should be absolute but found the following relative paths:"
            + indented_str)


def find_tzfile(key):
    """The path of the TZif file of key on TZPATH, or None."""
    _validate_tzfile_path(key)
    for search_path in TZPATH:
        filepath = os.path.join(search_path, key)
        if os.path.isfile(filepath):
            return filepath
    return None


_TEST_PATH = os.path.normpath(os.path.join("_", "_"))[:-1]


def _validate_tzfile_path(path, _base=_TEST_PATH):
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    # Normalisation that changes the key's length means '..', '.', '//'
    # or a trailing '/'.
    new_path = os.path.normpath(path)
    if len(new_path) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    resolved = os.path.normpath(os.path.join(_base, new_path))
    if not resolved.startswith(_base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


def available_timezones():
    """The set of keys of the TZif files found on TZPATH (opening many files
    to check their magic number).
    """
    valid_zones = set()
    for tz_root in TZPATH:
        if not os.path.exists(tz_root):
            continue
        for root, dirnames, files in os.walk(tz_root):
            if root == tz_root:
                # right/ and posix/ hold the same zones in other forms.
                for special in ("right", "posix"):
                    if special in dirnames:
                        dirnames.remove(special)
            for file in files:
                fpath = os.path.join(root, file)
                key = os.path.relpath(fpath, start=tz_root)
                if not key or key in valid_zones:
                    continue
                try:
                    with open(fpath, "rb") as f:
                        if f.read(4) == b"TZif":
                            valid_zones.add(key)
                except (IsADirectoryError, PermissionError):
                    pass
    valid_zones.discard("posixrules")
    return valid_zones


reset_tzpath()
