"""The import system's Python interface: import_module, reload, invalidate_caches.
Finding and loading are done by the runtime (runtime/modules/import.c); importlib.util and
importlib.machinery describe what it found."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod') is resolved against package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Ask the finders on sys.meta_path to drop their caches (the runtime's own finder
    keeps none)."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def reload(module):
    """Run a module's code again in its existing namespace and return it."""
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, "__spec__", None)
    name = spec.name if spec is not None else getattr(module, "__name__", None)
    if not isinstance(name, str):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    from importlib import util
    parent = name.rpartition(".")[0]
    path = None
    if parent:
        try:
            path = sys.modules[parent].__path__
        except KeyError:
            raise ImportError(f"parent {parent!r} not in sys.modules", name=parent) from None
    new_spec = util._find_spec_on(name, path)
    if new_spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    util._exec_spec(new_spec, module)
    return sys.modules[name]
