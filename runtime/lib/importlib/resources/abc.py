"""The interfaces of importlib.resources: Traversable (a file or directory of a package's
resources, in whatever storage) and the readers a loader may offer."""

import abc
from typing import Protocol, runtime_checkable

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """The older reader interface: resources of one package by file name."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class TraversalError(Exception):
    pass


@runtime_checkable
class Traversable(Protocol):
    """A file or directory that can be listed, joined and opened like pathlib.Path."""

    @abc.abstractmethod
    def iterdir(self):
        """The Traversables directly inside this directory."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    def joinpath(self, *descendants):
        """The Traversable below this one at the given relative path segments (each may
        hold '/'-separated names)."""
        names = [part for segment in descendants
                 for part in str(segment).split("/") if part and part != "."]
        if not names:
            return self
        first, rest = names[0], names[1:]
        for child in self.iterdir():
            if child.name == first:
                return child.joinpath(*rest)
        raise TraversalError("Target not found during traversal.", first, rest)

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Open the file: text for mode 'r' (further arguments go to io.TextIOWrapper),
        bytes for 'rb'."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last segment of the path."""


class TraversableResources(ResourceReader):
    """A reader whose resources are all found through files(), a Traversable."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's directory."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
