"""The Traversables importlib.resources.files() returns besides pathlib.Path: the merged
directories of a namespace package, and the packages frozen into Spry's binary."""

import io
import pathlib
import _imp
from importlib.resources.abc import Traversable

__all__ = ["MultiplexedPath", "FrozenPath"]


class MultiplexedPath(Traversable):
    """Several directories seen as one (a namespace package's portions): a name found in
    more than one of them is the first directory's."""

    def __init__(self, *paths):
        unique = []
        for path in paths:
            if path not in unique:
                unique.append(path)
        self._paths = [pathlib.Path(path) for path in unique]
        if not self._paths:
            raise FileNotFoundError("MultiplexedPath must contain at least one path")
        if not all(path.is_dir() for path in self._paths):
            raise NotADirectoryError("MultiplexedPath only supports directories")

    def iterdir(self):
        seen = set()
        for path in self._paths:
            for child in path.iterdir():
                if child.name not in seen:
                    seen.add(child.name)
                    yield child

    def read_bytes(self):
        raise FileNotFoundError(f"{self} is not a file")

    def read_text(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, child):
        for found in self.iterdir():
            if found.name == child:
                return found
        return self._paths[0] / child

    __truediv__ = joinpath

    def open(self, *args, **kwargs):
        raise FileNotFoundError(f"{self} is not a file")

    @property
    def name(self):
        return self._paths[0].name

    def __repr__(self):
        paths = ", ".join(f"'{path}'" for path in self._paths)
        return f"MultiplexedPath({paths})"


def _frozen_kind(name):
    """'package', 'module' or None: what the frozen module of that name is."""
    if name not in _frozen_names():
        return None
    spec = _imp.find_spec(name, [])
    if spec is None:
        return None
    return "module" if spec.submodule_search_locations is None else "package"


def _frozen_names(cache=[]):
    if not cache:
        cache.append(frozenset(_imp._frozen_module_names()))
    return cache[0]


class FrozenPath(Traversable):
    """A path inside a package frozen into the binary. Its directories are the frozen
    packages, its files their modules' sources ('<module>.py', '__init__.py'); a path
    naming neither can be made (joinpath) but is neither a file nor a directory."""

    def __init__(self, package, *parts):
        self._package = package
        self._parts = parts

    def _target(self):
        """('dir', package) or ('file', module) this path names, or (None, None)."""
        name = self._package
        for i, part in enumerate(self._parts):
            if i == len(self._parts) - 1:
                if part == "__init__.py":
                    return "file", name
                if part.endswith(".py") and _frozen_kind(name + "." + part[:-3]) == "module":
                    return "file", name + "." + part[:-3]
            if _frozen_kind(name + "." + part) != "package":
                return None, None
            name += "." + part
        return "dir", name

    def iterdir(self):
        kind, package = self._target()
        if kind != "dir":
            raise NotADirectoryError(f"Not a directory: '{self}'")
        children = ["__init__.py"]
        prefix = package + "."
        for name in sorted(_frozen_names()):
            leaf = name[len(prefix):]
            if name.startswith(prefix) and "." not in leaf:
                children.append(leaf if _frozen_kind(name) == "package" else leaf + ".py")
        return iter([FrozenPath(self._package, *self._parts, child) for child in children])

    def is_dir(self):
        return self._target()[0] == "dir"

    def is_file(self):
        return self._target()[0] == "file"

    def joinpath(self, *descendants):
        parts = [part for segment in descendants
                 for part in str(segment).split("/") if part and part != "."]
        return FrozenPath(self._package, *self._parts, *parts)

    def __truediv__(self, child):
        return self.joinpath(child)

    def _source(self):
        kind, module = self._target()
        if kind == "dir":
            raise IsADirectoryError(f"Is a directory: '{self}'")
        if kind is None:
            raise FileNotFoundError(f"No such file or directory: '{self}'")
        return _imp.find_spec(module, []).loader.get_source(module).encode("utf-8")

    def read_bytes(self):
        return self._source()

    def open(self, mode="r", *args, **kwargs):
        if mode == "rb":
            return io.BytesIO(self._source())
        if mode != "r":
            raise ValueError(f"Invalid mode value '{mode}', only 'r' and 'rb' are supported")
        return io.TextIOWrapper(io.BytesIO(self._source()), *args, **kwargs)

    @property
    def name(self):
        return self._parts[-1] if self._parts else self._package.rpartition(".")[2]

    def __str__(self):
        return "/".join((self._package.replace(".", "/"),) + self._parts)

    def __repr__(self):
        return f"FrozenPath({str(self)!r})"

    def __eq__(self, other):
        if not isinstance(other, FrozenPath):
            return NotImplemented
        return (self._package, self._parts) == (other._package, other._parts)

    def __hash__(self):
        return hash((self._package, self._parts))
