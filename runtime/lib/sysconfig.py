"""Configuration of this Python installation: build variables (EXT_SUFFIX, SOABI, ...),
install paths and the platform tag. Spry is not installed from a CPython build tree, so the
variables are the ones extension builders ask for, computed from sys."""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename",
           "get_path", "get_path_names", "get_paths", "get_platform", "get_python_version",
           "get_scheme_names", "get_default_scheme", "get_preferred_scheme", "parse_config_h"]

_SCHEMES = {
    "posix_prefix": {
        "stdlib": "{installed_base}/lib/python{py_version_short}",
        "platstdlib": "{platbase}/lib/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/lib/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/lib/python{py_version_short}",
        "platstdlib": "{userbase}/lib/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}
_PATH_NAMES = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_config_vars = None


def _multiarch():
    return getattr(sys.implementation, "_multiarch", "")


def get_python_version():
    """'3.11'."""
    return "%d.%d" % sys.version_info[:2]


def get_platform():
    """The platform tag wheels are built for, e.g. 'linux-x86_64'."""
    sysname, _, _, _, machine = os.uname()
    return "%s-%s" % (sysname.lower().replace("/", ""), machine.replace(" ", "_").replace("/", "-"))


def get_config_vars(*args):
    """The configuration variables as a dict; with names, a list of their values."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _build_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def _build_config_vars():
    version = get_python_version()
    nodot = version.replace(".", "")
    soabi = "%s-%s-%s" % (sys.implementation.name, nodot, _multiarch())
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(getattr(sys, "base_prefix", sys.prefix))
    base_exec_prefix = os.path.normpath(getattr(sys, "base_exec_prefix", sys.exec_prefix))
    abiflags = getattr(sys, "abiflags", "")
    return {
        "prefix": prefix,
        "exec_prefix": exec_prefix,
        "base": prefix,
        "platbase": exec_prefix,
        "installed_base": base_prefix,
        "installed_platbase": base_exec_prefix,
        "projectbase": os.path.dirname(os.path.abspath(sys.executable or ".")),
        "userbase": os.path.join(os.path.expanduser("~"), ".local"),
        "py_version": "%d.%d.%d" % sys.version_info[:3],
        "py_version_short": version,
        "py_version_nodot": nodot,
        "VERSION": version,
        "abiflags": abiflags,
        "ABIFLAGS": abiflags,
        "SOABI": soabi,
        "EXT_SUFFIX": "." + soabi + ".so",
        "SHLIB_SUFFIX": ".so",
        "MULTIARCH": _multiarch(),
        "BINDIR": os.path.join(exec_prefix, "bin"),
        "LIBDIR": os.path.join(exec_prefix, "lib"),
        "INCLUDEPY": os.path.join(base_prefix, "include", "python" + version + abiflags),
        "LIBDEST": os.path.join(base_prefix, "lib", "python" + version),
        "BINLIBDEST": os.path.join(base_exec_prefix, "lib", "python" + version),
        "CC": "cc",
        "EXE": "",
        "SIZEOF_VOID_P": 8 if sys.maxsize > 2 ** 32 else 4,
        "Py_DEBUG": 0,
        "Py_ENABLE_SHARED": 0,
        "WITH_DOC_STRINGS": 1,
        "platlibdir": "lib",
    }


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return "posix_prefix"


def get_preferred_scheme(key):
    if key == "prefix":
        return "posix_prefix"
    if key == "home":
        return "posix_home"
    if key == "user":
        return "posix_user"
    raise ValueError(f"{key!r} is not a valid key (must be 'prefix', 'home', or 'user')")


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme=None, vars=None, expand=True):
    """The install paths of a scheme (default posix_prefix) as a dict."""
    if scheme is None:
        scheme = get_default_scheme()
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: os.path.normpath(template.format(**values)) for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_h_filename():
    return os.path.join(get_config_var("INCLUDEPY"), "pyconfig.h")


def get_makefile_filename():
    return os.path.join(get_config_var("LIBDEST"), "config-" + get_python_version()
                        + get_config_var("abiflags"), "Makefile")


def parse_config_h(fp, vars=None):
    """Reads #define / #undef lines of a pyconfig.h-style file into vars."""
    if vars is None:
        vars = {}
    for line in fp:
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "#define":
            value = parts[2] if len(parts) > 2 else "1"
            try:
                value = int(value)
            except ValueError:
                pass
            vars[parts[1]] = value
        elif len(parts) >= 2 and parts[0] == "/*" and parts[1] == "#undef":
            vars[parts[2]] = 0
    return vars
