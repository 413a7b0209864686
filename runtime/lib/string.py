# string for Spry, written here from the module's documentation and from results
# observed on CPython 3.11: the character constants, capwords, Template ($-strings)
# and Formatter (str.format's machinery, each step overridable).

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (' ' if sep is None else sep).join(
        word.capitalize() for word in s.split(sep))


# Default for substitute()'s mapping, told apart from a mapping passed by the caller.
_NO_MAPPING = {}


class Template:
    delimiter = '$'
    # ASCII identifiers only, whatever the flags.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    @classmethod
    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            mark = _re.escape(cls.delimiter)
            source = (r'%s(?: (?P<escaped>%s) | (?P<named>%s) | \{(?P<braced>%s)\}'
                      r' | (?P<invalid>) )'
                      % (mark, mark, cls.idpattern, cls.braceidpattern or cls.idpattern))
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _unknown_group(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _raise_invalid(self, match):
        before = self.template[:match.start('invalid')]
        lines = before.splitlines(keepends=True)
        if lines:
            line, column = len(lines), len(lines[-1])
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    def _lookup(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(values[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._raise_invalid(match)
            raise self._unknown_group()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._unknown_group()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise self._unknown_group()
        return True

    def get_identifiers(self):
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif match.group('invalid') is None and match.group('escaped') is None:
                raise self._unknown_group()
        return names


# The subclass hook does not run for the class that defines it.
Template.__init_subclass__()


def _index_or_name(text):
    return int(text) if text.isdecimal() else text


def _field_parts(name):
    """The leading argument name or index of a field, and a generator of the
    (is_attribute, key) steps that follow it ('.attr' and '[key]')."""
    cut = len(name)
    for stop in ('.', '['):
        found = name.find(stop)
        if found != -1 and found < cut:
            cut = found
    return _index_or_name(name[:cut]), _field_steps(name, cut)


def _field_steps(name, at):
    while at < len(name):
        if name[at] == '.':
            end = at + 1
            while end < len(name) and name[end] not in '.[':
                end += 1
            if end == at + 1:
                raise ValueError('Empty attribute in format string')
            yield True, name[at + 1:end]
            at = end
        elif name[at] == '[':
            close = name.find(']', at + 1)
            if close == -1:
                raise ValueError("Missing ']' in format string")
            if close == at + 1:
                raise ValueError('Empty attribute in format string')
            yield False, _index_or_name(name[at + 1:close])
            at = close + 1
            if at < len(name) and name[at] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _replacement_fields(text):
    """Parse a format string into (literal, field name, spec, conversion) tuples,
    the last three None when a literal is not followed by a field."""
    at, end = 0, len(text)
    while at < end:
        start = at
        while at < end and text[at] not in '{}':
            at += 1
        literal = text[start:at]
        if at == end:
            yield literal, None, None, None
            return
        brace = text[at]
        if text[at + 1:at + 2] == brace:        # '{{' or '}}' stands for itself
            yield literal + brace, None, None, None
            at += 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if at + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        at += 1
        name_start = at
        in_brackets = False
        while True:
            if at == end:
                raise ValueError("expected '}' before end of string")
            ch = text[at]
            if in_brackets:
                in_brackets = ch != ']'
            elif ch == '[':
                in_brackets = True
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in ':!}':
                break
            at += 1
        name = text[name_start:at]
        conversion = None
        if ch == '!':
            if at + 1 == end:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[at + 1]
            at += 2
            if at == end:
                raise ValueError("unmatched '{' in format spec")
            ch = text[at]
            if ch not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if ch == ':':
            at += 1
            spec_start = at
            depth = 0
            while True:
                if at == end:
                    raise ValueError("unmatched '{' in format spec")
                ch = text[at]
                if ch == '{':
                    depth += 1
                elif ch == '}':
                    if not depth:
                        break
                    depth -= 1
                at += 1
            spec = text[spec_start:at]
        at += 1                                 # the closing '}'
        yield literal, name, spec, conversion


class Formatter:

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, nesting_left, next_auto):
        # next_auto: the next automatic field number, or False once a field was
        # numbered by hand (mixing the two is an error).
        if nesting_left < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if next_auto is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                name = str(next_auto)
                next_auto += 1
            elif name.isdigit():
                if next_auto:
                    # CPython 3.11 reports this direction with the same words.
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                next_auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._expand(spec, args, kwargs, used,
                                           nesting_left - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def parse(self, format_string):
        return _replacement_fields(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _field_parts(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
