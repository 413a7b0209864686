"""Policies: the settings and hooks that decide how the email package parses,
stores and writes headers.  Policy is the abstract interface; Compat32 (and its
instance compat32) keeps the behaviour of the Python 3.2 email package."""

__all__ = ['Policy', 'Compat32', 'compat32']

import abc

from email import charset as _charset
from email import header
from email.utils import _holds_surrogates


class _FrozenSettings:
    """Settings given as keywords, read-only once made; clone() and + derive
    new ones."""

    def __init__(self, **kw):
        for name, value in kw.items():
            self._check_known(name)
            object.__setattr__(self, name, value)

    def _check_known(self, name):
        if not hasattr(self, name):
            raise TypeError("{!r} is an invalid keyword argument for {}".format(
                name, type(self).__name__))

    def __repr__(self):
        given = ', '.join('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format(type(self).__name__, given)

    def clone(self, **kw):
        """A copy with the settings in kw changed."""
        copy = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            self._check_known(name)
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            problem = "{!r} object attribute {!r} is read-only"
        else:
            problem = "{!r} object has no attribute {!r}"
        raise AttributeError(problem.format(type(self).__name__, name))

    def __add__(self, other):
        """self with other's explicitly given settings on top."""
        return self.clone(**other.__dict__)


class Policy(_FrozenSettings, metaclass=abc.ABCMeta):
    """What every policy provides.  Settings: raise_on_defect, linesep,
    cte_type ('8bit' or '7bit'), max_line_length (None or 0: no limit),
    mangle_from_ and message_factory (None: email.message.Message)."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Raise defect if raise_on_defect, else record it on obj."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers called name a message may have (None: any number)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """The (name, value) of a header from its source lines."""

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """The (name, value) to store when a program sets a header."""

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as text lines ending with linesep."""

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as bytes lines ending with linesep."""


def split_source_header(sourcelines):
    """'Name: value' lines -> (name, value): blanks after the colon and the final
    line ending dropped, inner folds kept."""
    name, rest = sourcelines[0].split(':', 1)
    value = rest.lstrip(' \t') + ''.join(sourcelines[1:])
    return name, value.rstrip('\r\n')


class Compat32(Policy):
    """Headers stay the strings they were parsed or set as; folding goes
    through email.header.Header."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        return split_source_header(sourcelines)

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        # Bytes that came in undecodable are handed out as unknown-8bit.
        if isinstance(value, str) and _holds_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        return value

    def fold(self, name, value):
        return self._folded(name, value, True)

    def fold_binary(self, name, value):
        text = self._folded(name, value, self.cte_type == '7bit')
        return text.encode('ascii', 'surrogateescape')

    def _folded(self, name, value, encode_raw_bytes):
        """'name: value' folded by Header; raw bytes in value become unknown-8bit
        encoded words when encode_raw_bytes, else pass through as they are."""
        if isinstance(value, str):
            if not _holds_surrogates(value):
                value = header.Header(value, header_name=name)
            elif encode_raw_bytes:
                value = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
            else:
                return '{}: {}{}'.format(name, value, self.linesep)
        text = value.encode(linesep=self.linesep, maxlinelen=self.max_line_length or 0)
        return '{}: {}{}'.format(name, text, self.linesep)


compat32 = Compat32()
