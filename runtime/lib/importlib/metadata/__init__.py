"""What installed distributions say about themselves: their *.dist-info and *.egg-info
directories on sys.path (PEP 376/566 metadata, entry points, RECORD, requirements).
Finders on sys.meta_path that have find_distributions() are asked first, then sys.path is
searched (MetadataPathFinder)."""

import abc
import collections
import csv
import email
import email.message
import functools
import itertools
import operator
import os
import pathlib
import re
import sys
import textwrap
import warnings
from contextlib import suppress
from importlib import import_module

__all__ = [
    "Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError",
    "distribution", "distributions", "entry_points", "files", "metadata",
    "packages_distributions", "requires", "version",
]


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has that name."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """A distribution name as PEP 503 compares them, with '_' for the separators."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _ini_sections(text, skip_comments=True):
    """(section, stripped line) for each non-blank line of an ini-like text; section is
    None before the first [header]."""
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or (skip_comments and line.startswith("#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        yield section, line


# ---- metadata ------------------------------------------------------------------------------

class PackageMetadata(email.message.Message):
    """The METADATA/PKG-INFO headers of a distribution; a body becomes the Description
    header, and continuation lines of a header lose their RFC 822 indentation."""

    multiple_use_keys = frozenset(key.lower() for key in (
        "Classifier", "Obsoletes-Dist", "Platform", "Project-URL", "Provides-Dist",
        "Provides-Extra", "Requires-Dist", "Requires-External", "Supported-Platform",
        "Dynamic"))

    @classmethod
    def _from_text(cls, text):
        message = email.message_from_string(text, _class=cls)
        headers = []
        for key, value in message._headers:
            if value and "\n" in value:
                value = textwrap.dedent(" " * 8 + value)
            headers.append((key, value))
        if message._payload:
            headers.append(("Description", message.get_payload()))
        message._headers = headers
        return message

    @property
    def json(self):
        """The headers as a dict in PEP 566's JSON form: lower-case keys with '_', lists for
        the keys that may repeat, Keywords split on whitespace."""
        out = {}
        for key in self:
            value = self.get_all(key) if key.lower() in self.multiple_use_keys else self[key]
            if key.lower() == "keywords":
                value = re.split(r"\s+", value)
            out[key.lower().replace("-", "_")] = value
        return out


# ---- entry points --------------------------------------------------------------------------

class EntryPoint:
    """One entry point: a name in a group, and a value 'module[:attr.path] [extras]' naming
    the object load() returns."""

    pattern = re.compile(
        r"(?P<module>[\w.]+)\s*"
        r"(:\s*(?P<attr>[\w.]+)\s*)?"
        r"((?P<extras>\[.*\])\s*)?$")

    dist = None

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def load(self):
        """The module, or the object inside it, the value names (the module is imported)."""
        match = self.pattern.match(self.value)
        obj = import_module(match.group("module"))
        for attr in (match.group("attr") or "").split("."):
            if attr:
                obj = getattr(obj, attr)
        return obj

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        return re.findall(r"\w+", self.pattern.match(self.value).group("extras") or "")

    def _for(self, dist):
        vars(self).update(dist=dist)
        return self

    def matches(self, **params):
        """Whether every given attribute (name, group, value, module, attr, extras) has
        the given value."""
        return all(getattr(self, key) == value for key, value in params.items())

    def __getitem__(self, index):
        warnings.warn("EntryPoint tuple interface is deprecated. Access members by name.",
                      DeprecationWarning, stacklevel=2)
        return self._key()[index]

    def __iter__(self):
        warnings.warn("Construction of dict of EntryPoints is deprecated in favor of "
                      "EntryPoints.", DeprecationWarning)
        return iter((self.name, self))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def __repr__(self):
        return (f"EntryPoint(name={self.name!r}, value={self.value!r}, "
                f"group={self.group!r})")

    def __reduce__(self):
        return self.__class__, self._key()


def _warn_list_use():
    warnings.warn("EntryPoints list interface is deprecated. Cast to list if needed.",
                  DeprecationWarning, stacklevel=3)


def _deprecated_list_method(name):
    method = getattr(list, name)

    def wrapper(self, *args, **kwargs):
        _warn_list_use()
        return method(self, *args, **kwargs)
    wrapper.__name__ = name
    return wrapper


class EntryPoints(list):
    """The entry points of a selection: indexed by name, filtered by select(). Changing it
    in place works but is deprecated, as in CPython 3.11."""

    __slots__ = ()

    for _name in ("__setitem__", "__delitem__", "append", "reverse", "extend", "pop",
                  "remove", "__iadd__", "insert", "sort"):
        locals()[_name] = _deprecated_list_method(_name)
    del _name

    def __getitem__(self, name):
        if isinstance(name, int):
            warnings.warn("Accessing entry points by index is deprecated. "
                          "Cast to tuple if needed.", DeprecationWarning, stacklevel=2)
            return list.__getitem__(self, name)
        for ep in self.select(name=name):
            return ep
        raise KeyError(name)

    def __add__(self, other):
        if not isinstance(other, tuple):
            _warn_list_use()
            other = tuple(other)
        return self.__class__(tuple(self) + other)

    def __eq__(self, other):
        if not isinstance(other, tuple):
            _warn_list_use()
            other = tuple(other)
        return tuple(self) == other

    def select(self, **params):
        """The entry points that match params (see EntryPoint.matches)."""
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    @classmethod
    def _from_text_for(cls, text, dist):
        return cls(EntryPoint(*_entry_point_fields(line), group)._for(dist)
                   for group, line in _ini_sections(text or "") if group is not None)


def _entry_point_fields(line):
    name, _, value = line.partition("=")
    return name.strip(), value.strip()


def _warn_dict_use():
    warnings.warn("SelectableGroups dict interface is deprecated. Use select.",
                  DeprecationWarning, stacklevel=3)


class SelectableGroups(dict):
    """entry_points() without a selection: the entry points by group. Its dict interface
    is deprecated in favour of select(), as in CPython 3.11."""

    @classmethod
    def load(cls, eps):
        by_group = operator.attrgetter("group")
        return cls((group, EntryPoints(members))
                   for group, members in itertools.groupby(sorted(eps, key=by_group), by_group))

    def __getitem__(self, name):
        _warn_dict_use()
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        _warn_dict_use()
        return dict.get(self, name, default)

    def __iter__(self):
        _warn_dict_use()
        return dict.__iter__(self)

    def __contains__(self, name):
        _warn_dict_use()
        return dict.__contains__(self, name)

    def keys(self):
        _warn_dict_use()
        return dict.keys(self)

    def values(self):
        _warn_dict_use()
        return dict.values(self)

    @property
    def _all(self):
        return EntryPoints(itertools.chain.from_iterable(dict.values(self)))

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        return self._all.select(**params) if params else self


# ---- files ---------------------------------------------------------------------------------

class PackagePath(pathlib.PurePosixPath):
    """A file a distribution installed, relative to its site directory, with the hash and
    size RECORD gives (None when not given)."""

    def read_text(self, encoding="utf-8"):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open("rb") as stream:
            return stream.read()

    def locate(self):
        """Where the file is."""
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition("=")

    def __repr__(self):
        return f"<FileHash mode: {self.mode} value: {self.value}>"


# ---- distributions -------------------------------------------------------------------------

class Distribution(metaclass=abc.ABCMeta):
    """An installed distribution: subclasses say how to read its metadata files."""

    @abc.abstractmethod
    def read_text(self, filename):
        """The text of the metadata file of that name, or None if there is none."""

    @abc.abstractmethod
    def locate_file(self, path):
        """Where a file of the distribution (a path relative to its site directory) is."""

    @classmethod
    def from_name(cls, name):
        """The first distribution of that name the finders find."""
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        """Every distribution the finders find for a context (keyword arguments name and
        path, or context=DistributionFinder.Context(...))."""
        context = kwargs.pop("context", None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        context = context or DistributionFinder.Context(**kwargs)
        finders = [getattr(finder, "find_distributions", None) for finder in sys.meta_path]
        finders = [find for find in finders if find is not None]
        finders.append(MetadataPathFinder.find_distributions)
        return itertools.chain.from_iterable(find(context) for find in finders)

    @staticmethod
    def at(path):
        """The distribution whose metadata directory is path."""
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or self.read_text("")
        return PackageMetadata._from_text(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        return EntryPoints._from_text_for(self.read_text("entry_points.txt"), self)

    @property
    def files(self):
        """The PackagePaths RECORD (dist-info) or SOURCES.txt (egg-info) lists; None when
        there is neither."""
        text = self.read_text("RECORD")
        if text:
            rows = csv.reader(text.splitlines())
        else:
            text = self.read_text("SOURCES.txt")
            if not text:
                return None
            # a SOURCES.txt line is one path, commas and all
            rows = ([line] for line in text.splitlines())
        return [self._package_path(*row) for row in rows]

    def _package_path(self, name, hash=None, size=None, *rest):
        path = PackagePath(name)
        path.hash = FileHash(hash) if hash else None
        path.size = int(size) if size else None
        path.dist = self
        return path

    @property
    def requires(self):
        """The Requires-Dist of the metadata, else the egg-info requires.txt written as
        PEP 508 requirements; None when there are none."""
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs:
            return list(reqs)
        text = self.read_text("requires.txt")
        return None if text is None else list(self._egg_requirements(text))

    @staticmethod
    def _egg_requirements(text):
        # sections are "[extra]", "[:marker]" or "[extra:marker]"
        for section, req in _ini_sections(text, skip_comments=False):
            extra, _, markers = (section or "").partition(":")
            if extra and markers:
                markers = f"({markers})"
            conditions = [c for c in (markers, extra and f'extra == "{extra}"') if c]
            suffix = "; " + " and ".join(conditions) if conditions else ""
            yield req + " " * ("@" in req) + suffix


class DistributionFinder(metaclass=abc.ABCMeta):
    """A meta path finder that can also find distributions."""

    class Context:
        """What to look for: name (None: every distribution) and path (sys.path by
        default)."""

        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get("path", sys.path)

    @abc.abstractmethod
    def find_distributions(self, context=Context()):
        """The distributions matching context."""


class MetadataPathFinder(DistributionFinder):
    """Finds the *.dist-info and *.egg-info directories (or egg-info files) in the
    directories of context.path."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = None if context.name is None else _normalize(context.name)
        for root in context.path:
            for found in cls._search(root or ".", wanted):
                yield PathDistribution(found)

    @staticmethod
    def _search(root, wanted):
        try:
            children = os.listdir(root)
        except (OSError, TypeError):
            return
        for child in children:
            low = child.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            if wanted is None or _normalize(low.rpartition(".")[0].partition("-")[0]) == wanted:
                yield pathlib.Path(root, child)


class PathDistribution(Distribution):
    """A distribution whose metadata is the directory (or egg-info file) at a path."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        with suppress(FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                      PermissionError):
            return self._path.joinpath(filename).read_text(encoding="utf-8")
        return None

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def _normalized_name(self):
        stem, ext = os.path.splitext(os.path.basename(str(self._path)))
        if ext in (".dist-info", ".egg-info"):
            return _normalize(stem.partition("-")[0])
        return super()._normalized_name


# ---- the module-level functions -------------------------------------------------------------

def distribution(distribution_name):
    """The installed Distribution of that name."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed Distribution (see Distribution.discover)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """The metadata of the named distribution."""
    return distribution(distribution_name).metadata


def version(distribution_name):
    """The Version of the named distribution."""
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every installed distribution (the first one found of each
    name): those matching params, or all of them by group when none are given."""
    seen = set()
    eps = []
    for dist in distributions():
        key = dist._normalized_name
        if key not in seen:
            seen.add(key)
            eps.extend(dist.entry_points)
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    """The files of the named distribution (PackagePaths), or None."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """The requirements of the named distribution, or None."""
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level import names -> the names of the distributions that provide them (from
    top_level.txt, else from the .py files the distribution installed)."""
    found = collections.defaultdict(list)
    for dist in distributions():
        declared = (dist.read_text("top_level.txt") or "").split()
        for package in declared or _top_level_inferred(dist):
            found[package].append(dist.metadata["Name"])
    return dict(found)


def _top_level_inferred(dist):
    return {path.parts[0] if len(path.parts) > 1 else path.with_suffix("").name
            for path in dist.files or () if path.suffix == ".py"}
