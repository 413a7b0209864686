"""Data files that ship inside packages: files(package) is a Traversable of the package's
directory (a pathlib.Path on disk, a MultiplexedPath for a namespace package, a
FrozenPath for a package frozen into Spry), and as_file() makes any of them a real file.
The per-file functions (read_text, open_binary, path, ...) are 3.11's deprecated forms."""

import contextlib
import functools
import os
import pathlib
import tempfile
import types
import warnings
from typing import Union
from importlib.resources.abc import ResourceReader, Traversable
from importlib.resources.readers import FrozenPath, MultiplexedPath

__all__ = [
    "Package", "Resource", "ResourceReader", "as_file", "contents", "files", "is_resource",
    "open_binary", "open_text", "path", "read_binary", "read_text",
]

Package = Union[types.ModuleType, str]
Resource = str


def _package_module(package):
    """The module of a package argument (imported when given by name); TypeError for a
    module that is not a package."""
    module = package
    if isinstance(package, str):
        import importlib
        module = importlib.import_module(package)
    spec = getattr(module, "__spec__", None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f"{package!r} is not a package")
    return module


class _ReaderFiles(Traversable):
    """A package's directory seen through a loader's old-style ResourceReader (one with
    contents()/open_resource() and no files())."""

    def __init__(self, reader, name=None, package=""):
        self._reader = reader
        self._name = name
        self._package = package

    def iterdir(self):
        if self._name is not None:
            return iter(())
        return iter([_ReaderFiles(self._reader, name, self._package)
                     for name in self._reader.contents()])

    def is_dir(self):
        return self._name is None

    def is_file(self):
        return self._name is not None and self._reader.is_resource(self._name)

    def joinpath(self, *descendants):
        if not descendants:
            return self
        return _ReaderFiles(self._reader, "/".join(map(str, descendants)), self._package)

    def open(self, mode="r", *args, **kwargs):
        import io
        if self._name is None:
            raise IsADirectoryError(f"Is a directory: '{self._package}'")
        stream = self._reader.open_resource(self._name)
        return stream if mode == "rb" else io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return self._package.rpartition(".")[2] if self._name is None else self._name


def _package_files(module):
    spec = module.__spec__
    loader = spec.loader
    get_reader = getattr(loader, "get_resource_reader", None)
    reader = get_reader(spec.name) if get_reader is not None else None
    if reader is not None:
        if hasattr(reader, "files"):
            return reader.files()
        return _ReaderFiles(reader, package=spec.name)
    if spec.origin == "frozen":
        return FrozenPath(spec.name)
    if getattr(spec, "has_location", False) and spec.origin:
        return pathlib.Path(spec.origin).parent
    return MultiplexedPath(*spec.submodule_search_locations)


def files(package):
    """The Traversable of package's directory of resources."""
    return _package_files(_package_module(package))


@contextlib.contextmanager
def as_file(path):
    """Context manager giving a pathlib.Path of a real file with the Traversable's content:
    the path itself when it already is one, else a temporary copy removed afterwards."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    fd, raw_path = tempfile.mkstemp(suffix=path.name)
    try:
        try:
            os.write(fd, path.read_bytes())
        finally:
            os.close(fd)
        yield pathlib.Path(raw_path)
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


# ---- 3.11's deprecated per-file functions -------------------------------------------------

def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. Refer to "
            "https://importlib-resources.readthedocs.io/en/latest/using.html"
            "#migrating-from-legacy for migration advice.",
            DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _file_name(resource):
    name = str(resource)
    if os.path.split(name)[0]:
        raise ValueError(f"{resource!r} must be only a file name")
    return name


@_deprecated
def open_binary(package, resource):
    """The resource file of package opened for reading bytes."""
    return (files(package) / _file_name(resource)).open("rb")


@_deprecated
def read_binary(package, resource):
    """The bytes of the resource file of package."""
    return (files(package) / _file_name(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding="utf-8", errors="strict"):
    """The resource file of package opened for reading text."""
    return (files(package) / _file_name(resource)).open("r", encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding="utf-8", errors="strict"):
    """The text of the resource file of package."""
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


@_deprecated
def contents(package):
    """The names of what is in package's directory."""
    return [path.name for path in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether name is a file (not a directory) in package's directory."""
    resource = _file_name(name)
    return any(item.name == resource and item.is_file() for item in files(package).iterdir())


@_deprecated
def path(package, resource):
    """Context manager giving a real file's path for the resource (see as_file)."""
    return as_file(files(package) / _file_name(resource))
