"""INI-style configuration files: parsing, interpolation, writing.

Written for Spry from the documented behaviour of the configparser module.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError "
           "InterpolationError InterpolationDepthError InterpolationMissingOptionError "
           "InterpolationSyntaxError ParsingError MissingSectionHeaderError "
           "ConfigParser SafeConfigParser RawConfigParser Interpolation "
           "BasicInterpolation ExtendedInterpolation LegacyInterpolation "
           "SectionProxy ConverterMapping DEFAULTSECT MAX_INTERPOLATION_DEPTH").split()

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks "argument not passed" where None is a meaningful value.
_MISSING = object()


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Root of the configparser exceptions; str() and repr() are the message."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__

    def _record(self, **fields):
        # The constructor arguments become both attributes and args.
        self.__dict__.update(fields)
        self.args = tuple(fields.values())


def _where(source, lineno):
    # "While reading from 'f' [line  3]: " prefix shared by duplicate errors.
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text + ": "


def _located(source, lineno, what):
    if source is None:
        return what[0].upper() + what[1:]
    return _where(source, lineno) + what


class NoSectionError(Error):
    def __init__(self, section):
        super().__init__('No section: ' + repr(section))
        self._record(section=section)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        what = "section %r already exists" % (section,)
        super().__init__(_located(source, lineno, what))
        self._record(section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        what = "option %r in section %r already exists" % (option, section)
        super().__init__(_located(source, lineno, what))
        self._record(section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self._record(option=option, section=section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        super().__init__(msg)
        self._record(option=option, section=section)
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an "
                "interpolation key %r which is not a valid option name. "
                "Raw value: %r" % (option, section, reference, rawval))
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r in "
                "section %r contains an interpolation key which cannot be "
                "substituted in %d steps. Raw value: %r"
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


_FILENAME_GONE = ("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.")


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        source = source or filename
        if not source:
            raise ValueError("Required argument `source' not given.")
        super().__init__('Source contains parsing errors: ' + repr(source))
        self.errors = []
        self._record(source=source)

    @property
    def filename(self):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\n'
                             'file: %r, line: %d\n%r' % (filename, lineno, line))
        self._record(source=filename, lineno=lineno, line=line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: values pass through unchanged."""

    def _unchanged(self, parser, section, option, value, *defaults):
        return value

    before_get = before_set = before_read = before_write = _unchanged


class _MarkerInterpolation(Interpolation):
    """Shared engine of the '%(name)s' and '${section:name}' styles.

    Subclasses give the marker character, the opening bracket and the
    reference pattern, and say how a reference is looked up.
    """

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, section, value, defaults, pieces, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        mark = self.marker
        leftover = self.reference.sub('', value.replace(mark + mark, ''))
        if mark in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(mark)))
        return value

    def _expand(self, parser, option, section, text, mapping, pieces, depth):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        mark = self.marker
        while text:
            at = text.find(mark)
            if at < 0:
                pieces.append(text)
                return
            pieces.append(text[:at])
            text = text[at:]
            follower = text[1:2]
            if follower == mark:
                pieces.append(mark)
                text = text[2:]
                continue
            if follower != self.opener:
                raise InterpolationSyntaxError(
                    option, section, "%r must be followed by %r or %r, found: %r"
                    % (mark, mark, self.opener, text))
            found = self.reference.match(text)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section,
                    "bad interpolation variable reference %r" % text)
            text = text[found.end():]
            sub_section, sub_option, value, sub_map = self._lookup(
                parser, option, section, raw, found.group(1), mapping, text)
            if mark in value:
                self._expand(parser, sub_option, sub_section, value, sub_map,
                             pieces, depth + 1)
            else:
                pieces.append(value)


class BasicInterpolation(_MarkerInterpolation):
    """'%(name)s' refers to another option of the same section."""

    marker = '%'
    opener = '('
    reference = re.compile(r"%\(([^)]+)\)s")

    def _lookup(self, parser, option, section, raw, name, mapping, rest):
        key = parser.optionxform(name)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        return section, option, value, mapping


class ExtendedInterpolation(_MarkerInterpolation):
    """'${name}' or '${section:name}', the zc.buildout style."""

    marker = '$'
    opener = '{'
    reference = re.compile(r"\$\{([^}]+)\}")

    def _lookup(self, parser, option, section, raw, name, mapping, rest):
        parts = name.split(':')
        try:
            if len(parts) == 1:
                key = parser.optionxform(parts[0])
                return section, key, mapping[key], mapping
            if len(parts) == 2:
                other = parts[0]
                key = parser.optionxform(parts[1])
                value = parser.get(other, key, raw=True)
                return other, key, value, dict(parser.items(other, raw=True))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, raw, ":".join(parts)) from None
        raise InterpolationSyntaxError(option, section,
                                       "More than one ':' found: %r" % (rest,))


class LegacyInterpolation(Interpolation):
    """Old-style expansion: repeated '%' formatting against all options."""

    _reference = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 "
                      "and will be removed from the configparser module in "
                      "Python 3.13. Use BasicInterpolation or "
                      "ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)
        super().__init__(*args, **kwargs)

    def before_get(self, parser, section, option, value, defaults):
        original = value

        def lower_key(found):
            key = found.group(1)
            if key is None:
                return found.group()
            return "%%(%s)s" % parser.optionxform(key)

        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                return value
            value = self._reference.sub(lower_key, value)
            try:
                value = value % defaults
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, original, exc.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ---------------------------------------------------------------- parser

class RawConfigParser(MutableMapping):
    """Configuration parser without value interpolation."""

    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = re.compile(r"(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$")
    OPTCRE_NV = re.compile(
        r"(?P<option>.*?)\s*(?:(?P<vi>=|:)\s*(?P<value>.*))?$")
    NONSPACECRE = re.compile(r"\S")

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_MISSING, converters=_MISSING):
        if interpolation is None:
            interpolation = Interpolation()
        elif interpolation is _MISSING:
            interpolation = self._default_interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s"
                            % type(interpolation))
        self._interpolation = interpolation
        self.default_section = default_section
        self._dict = dict_type
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._blank_lines_kept = empty_lines_in_values
        self._full_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._delimiters = tuple(delimiters)
        self._optcre = self._option_pattern(self._delimiters, allow_no_value)
        self._defaults = dict_type()
        self._sections = dict_type()
        # One SectionProxy per section, made once so identity is stable.
        self._proxies = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies[default_section] = SectionProxy(self, default_section)
        if converters is not _MISSING:
            self._converters.update(converters)
        if defaults:
            self._load_defaults(defaults)

    def _option_pattern(self, delimiters, allow_no_value):
        if delimiters == ('=', ':'):
            return self.OPTCRE_NV if allow_no_value else self.OPTCRE
        choices = '|'.join(map(re.escape, delimiters))
        tail = r"(?P<vi>%s)\s*(?P<value>.*)" % choices
        if allow_no_value:
            tail = "(?:%s)?" % tail
        return re.compile(r"(?P<option>.*?)\s*" + tail + "$")

    def _default_interpolation(self):
        return Interpolation()

    def _load_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # -- queries

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section in self._sections:
            raise DuplicateSectionError(section)
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            merged = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        merged.update(self._defaults)
        return list(merged.keys())

    # -- reading

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as handle:
                    self._parse(handle, name)
            except OSError:
                continue
            if isinstance(name, os.PathLike):
                name = os.fspath(name)
            done.append(name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._parse(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        # Under strict, a name may appear only once within this one dict
        # (after str() and optionxform); earlier reads do not count.
        done_sections = set()
        done_options = set()
        for section, options in dictionary.items():
            name = str(section)
            if name in done_sections and self._strict:
                if name == self.default_section:
                    self.add_section(name)
                raise DuplicateSectionError(name)
            if name != self.default_section and name not in self._sections:
                self.add_section(name)
            done_sections.add(name)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if self._strict and (name, key) in done_options:
                    raise DuplicateOptionError(name, key, source)
                done_options.add((name, key))
                self.set(name, key, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        # Index where a comment begins, or None. Inline prefixes count only
        # at the line start or after whitespace; each round looks at the
        # next occurrence of every prefix, stopping at the first round
        # that finds a valid one.
        best = sys.maxsize
        searching = {prefix: -1 for prefix in self._inline_comments}
        while best == sys.maxsize and searching:
            still = {}
            for prefix, previous in searching.items():
                at = line.find(prefix, previous + 1)
                if at == -1:
                    continue
                still[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    best = min(best, at)
            searching = still
        stripped = line.strip()
        for prefix in self._full_comments:
            if stripped.startswith(prefix):
                return 0
        return None if best == sys.maxsize else best

    def _parse(self, lines, source):
        seen = set()
        current = None          # dict of the section being filled
        section_name = None
        option = None           # option whose value may continue
        value_indent = 0
        problems = None
        for lineno, line in enumerate(lines, start=1):
            comment_at = self._comment_start(line)
            text = line[:comment_at].strip()
            if not text:
                if self._blank_lines_kept:
                    if (comment_at is None and current is not None and option
                            and current[option] is not None):
                        current[option].append('')
                else:
                    value_indent = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            indent = first.start() if first else 0
            if current is not None and option and indent > value_indent:
                current[option].append(text)
                continue
            value_indent = indent
            header = self.SECTCRE.match(text)
            if header:
                section_name = header.group('header')
                if section_name in self._sections:
                    if self._strict and section_name in seen:
                        raise DuplicateSectionError(section_name, source, lineno)
                    current = self._sections[section_name]
                elif section_name == self.default_section:
                    current = self._defaults
                else:
                    current = self._dict()
                    self._sections[section_name] = current
                    self._proxies[section_name] = SectionProxy(self, section_name)
                seen.add(section_name)
                option = None
                continue
            if current is None:
                raise MissingSectionHeaderError(source, lineno, line)
            entry = self._optcre.match(text)
            if not entry:
                problems = self._note_problem(problems, source, lineno, line)
                continue
            name, value = entry.group('option'), entry.group('value')
            if not name:
                problems = self._note_problem(problems, source, lineno, line)
            option = self.optionxform(name.rstrip())
            if self._strict and (section_name, option) in seen:
                raise DuplicateOptionError(section_name, option, source, lineno)
            seen.add((section_name, option))
            current[option] = None if value is None else [value.strip()]
        self._finish_values()
        if problems:
            raise problems

    @staticmethod
    def _note_problem(problems, source, lineno, line):
        if problems is None:
            problems = ParsingError(source)
        problems.append(lineno, repr(line))
        return problems

    def _finish_values(self):
        # Parsing collects multi-line values as lists; join them once done.
        every = itertools.chain(((self.default_section, self._defaults),),
                                self._sections.items())
        for section, options in every:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, value)

    # -- getting values

    def _lookup_map(self, section, vars):
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = None if value is None else str(value)
        return ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_MISSING):
        try:
            lookup = self._lookup_map(section, vars)
        except NoSectionError:
            if fallback is _MISSING:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is _MISSING:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get_converted(self, section, option, conv, *, raw=False, vars=None,
                       fallback=_MISSING, **kwargs):
        try:
            return conv(self.get(section, option, raw=raw, vars=vars, **kwargs))
        except (NoSectionError, NoOptionError):
            if fallback is _MISSING:
                raise
            return fallback

    def getint(self, section, option, **options):
        return self._get_converted(section, option, int, **options)

    def getfloat(self, section, option, **options):
        return self._get_converted(section, option, float, **options)

    def getboolean(self, section, option, **options):
        return self._get_converted(section, option, self._to_bool, **options)

    def _to_bool(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % value) from None

    def items(self, section=_MISSING, raw=False, vars=None):
        if section is _MISSING:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        option = self.optionxform(option)
        if not section or section == self.default_section:
            return option in self._defaults
        if section not in self._sections:
            return False
        return option in self._sections[section] or option in self._defaults

    # -- changing values

    def _options_of(self, section):
        # The dict that set/remove_option act on; '' means the defaults.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        options = self._options_of(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def _check_types(self, *, section="", option="", value=""):
        # ConfigParser (and every section proxy) only stores strings.
        for given, what in ((section, "section names"), (option, "option keys")):
            if not isinstance(given, str):
                raise TypeError(what + " must be strings")
        if isinstance(value, str) or (self._allow_no_value and not value):
            return
        raise TypeError("option values must be strings")

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_one(fp, self.default_section, self._defaults, delimiter)
        for name, options in self._sections.items():
            self._write_one(fp, name, options, delimiter)

    def _write_one(self, fp, name, options, delimiter):
        fp.write("[%s]\n" % name)
        for key, value in options.items():
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % key)
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    # -- mapping protocol: section name -> SectionProxy

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section replaces its options (a proxy onto itself is a
        # no-op, not a wipe).
        if key in self and self._proxies[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """Configuration parser with '%(name)s' interpolation by default."""

    def _default_interpolation(self):
        return BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        # Defaults are stored as given; expansion happens on get.
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        warnings.warn("The SafeConfigParser class has been renamed to "
                      "ConfigParser in Python 3.2. This alias will be removed "
                      "in Python 3.12. Use ConfigParser directly instead.",
                      DeprecationWarning, stacklevel=2)
        super().__init__(*args, **kwargs)


class SectionProxy(MutableMapping):
    """Live view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for kind in parser.converters:
            self._add_getter(kind, getattr(parser, 'get' + kind))

    def _add_getter(self, kind, parser_getter):
        setattr(self, 'get' + kind, functools.partial(self.get, _impl=parser_getter))

    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def __repr__(self):
        return '<Section: %s>' % self._name

    def __getitem__(self, key):
        owner, name = self._parser, self._name
        if owner.has_option(name, key):
            return owner.get(name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._check_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner, name = self._parser, self._name
        removed = owner.has_option(name, key) and owner.remove_option(name, key)
        if not removed:
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def _keys(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        # _impl is the parser getter a get<kind>() partial routes through.
        fetch = self._parser.get if _impl is None else _impl
        return fetch(self._name, option, fallback=fallback, raw=raw, vars=vars,
                     **kwargs)


class ConverterMapping(MutableMapping):
    """name -> converter; each entry adds a get<name>() to the parser and
    its sections. Built-in getters are listed with the value None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        found = (self.GETTERCRE.match(attr) for attr in dir(parser))
        self._data = {m.group('name'): None for m in found
                      if m and callable(getattr(parser, m.group(0)))}

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        owner = self._parser
        getter = functools.partial(owner._get_converted, conv=value)
        getter.converter = value
        setattr(owner, 'get' + key, getter)
        for proxy in owner.values():
            proxy._add_getter(key, getter)

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        owner = self._parser
        for holder in (owner, *owner.values()):
            if ('get' + key) in vars(holder):
                delattr(holder, 'get' + key)

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)
