"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Written for Spry from the documented behaviour of the string module.
Template subclasses may set delimiter, idpattern, braceidpattern, flags or
a whole pattern.  Formatter parses format strings here (CPython does it in
C, in _string) with str.format's grammar and error messages.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
import re as _re

_sentinel_dict = {}


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # ASCII identifiers only: under IGNORECASE a plain [a-z] would also take
    # some non-ASCII letters, and flags must stay IGNORECASE alone.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        # The pattern is built from delimiter, idpattern, braceidpattern and
        # flags, unless the class gives its own pattern.
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # two delimiters
              (?P<named>{ident})    |   # a delimiter and an identifier
              {{(?P<braced>{braced})}} |   # a delimiter and a braced identifier
              (?P<invalid>)             # any other delimiter
            )
            """
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return ids


# Template's own pattern, as for its subclasses.
Template.__init_subclass__()


########################################################################
# The Formatter class: str.format's machinery, with every step overridable.

def _parse_format(text):
    """Yields (literal_text, field_name, format_spec, conversion) for text,
    as str.format reads it: '{{' and '}}' end a literal chunk with one brace;
    a chunk without a replacement field has None for the other three."""
    n = len(text)
    i = 0
    while i < n:
        # Literal text up to the next brace.
        j = i
        while j < n and text[j] not in '{}':
            j += 1
        if j == n:
            yield text[i:], None, None, None
            return
        brace = text[j]
        if j + 1 < n and text[j + 1] == brace:
            yield text[i:j + 1], None, None, None
            i = j + 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = text[i:j]
        field_name, format_spec, conversion, i = _parse_field(text, j + 1)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, i):
    """Parses the replacement field starting after its '{' at text[i];
    returns (field_name, format_spec, conversion, index after its '}')."""
    n = len(text)
    start = i
    while i < n:
        c = text[i]
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # An index may hold any character but ']'.
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
        i += 1
    else:
        raise ValueError("expected '}' before end of string")
    field_name = text[start:i]
    conversion = None
    if text[i] == '}':
        return field_name, '', None, i + 1
    if text[i] == '!':
        if i + 1 == n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i + 1]
        i += 2
        if i < n:
            if text[i] == '}':
                return field_name, '', conversion, i + 1
            if text[i] != ':':
                raise ValueError("expected ':' after conversion specifier")
            i += 1
    else:
        i += 1
    # The format spec runs to the '}' that balances the field's '{'.
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:i], conversion, i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _field_key(text):
    return int(text) if text.isdecimal() else text


def _split_field_name(field_name):
    """Splits 'a.b[0]' into 'a' (an int if it is all digits) and an iterator
    over its lookups, (True, 'b') then (False, 0).  As in str.format, errors
    in the lookups surface while iterating, after the first name is used."""
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    return _field_key(field_name[:i]), _field_lookups(field_name, i)


def _field_lookups(field_name, i):
    n = len(field_name)
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, field_name[i + 1:j]
            i = j
            continue
        j = field_name.find(']', i + 1)
        if j < 0:
            raise ValueError("Missing ']' in format string")
        if j == i + 1:
            raise ValueError("Empty attribute in format string")
        yield False, _field_key(field_name[i + 1:j])
        i = j + 1
        if i < n and field_name[i] not in '.[':
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


_MANUAL_AFTER_AUTO = ('cannot switch from manual field specification to '
                      'automatic field numbering')


class Formatter:
    """Formats strings like str.format, through methods subclasses can
    override: parse, get_field, get_value, convert_field, format_field and
    check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once
        # a field was numbered by hand (mixing the two is an error).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError(_MANUAL_AFTER_AUTO)
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError(_MANUAL_AFTER_AUTO)
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself hold replacement fields ('{0:{1}}').
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

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

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec,
        conversion) tuples; field_name is None after trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Returns (object, key used): the value field_name designates, its
        attributes and indexes applied."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
