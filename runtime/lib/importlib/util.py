"""Helpers over the import system: finding specs without importing, making modules from
specs, and the spec of a file at a given location."""

import _imp
import sys
import types
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, SOURCE_SUFFIXES

__all__ = ["find_spec", "module_from_spec", "spec_from_file_location", "spec_from_loader",
           "resolve_name", "source_hash", "MAGIC_NUMBER", "cache_from_source",
           "source_from_cache", "decode_source"]

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """An absolute module name from a possibly relative one."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def _find_spec_on(name, path):
    return _imp.find_spec(name, path)


def find_spec(name, package=None):
    """The spec the import system would use for name, without importing it (its parent
    package is imported); None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError("{}.__spec__ is not set".format(name)) from None
        if spec is None:
            raise ValueError("{}.__spec__ is None".format(name))
        return spec
    parent_name = fullname.rpartition(".")[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec_on(fullname, path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader will load."""
    if origin is None:
        origin = getattr(loader, "origin", None)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the module in the file at location (a .py file by default)."""
    if location is None:
        location = "<unknown>"
    if loader is None:
        if not any(location.endswith(suffix) for suffix in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    if submodule_search_locations is None:
        is_package = getattr(loader, "is_package", None)
        if is_package is not None and is_package(name):
            submodule_search_locations = [location.rpartition("/")[0]]
    spec = ModuleSpec(name, loader, origin=location)
    spec.submodule_search_locations = submodule_search_locations
    spec._has_location = True
    return spec


def module_from_spec(spec):
    """A new module object for spec, with its import attributes set; the module's code is
    not run (spec.loader.exec_module(module) does that)."""
    module = None
    create = getattr(spec.loader, "create_module", None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    locations = getattr(spec, "submodule_search_locations", None)
    module.__package__ = spec.name if locations is not None else spec.name.rpartition(".")[0]
    if locations is not None:
        module.__path__ = locations
    if getattr(spec, "has_location", False) and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def _exec_spec(spec, module):
    """Runs the code spec describes in module's namespace (reload)."""
    loader = spec.loader
    if hasattr(loader, "exec_module"):
        loader.exec_module(module)
    else:
        _imp.exec_spec(spec, module)


def decode_source(source_bytes):
    import linecache
    return "".join(linecache._split_lines(linecache._decode(source_bytes)))


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_from_cache(path):
    raise NotImplementedError("sys.implementation.cache_tag is None")


def source_hash(source_bytes):
    raise NotImplementedError("Spry does not write bytecode caches")
