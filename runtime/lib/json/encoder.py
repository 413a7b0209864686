"""Python objects to JSON text: JSONEncoder.

encode() hands whole documents to the _json accelerator; iterencode() streams
the text in chunks from the generator below (json.dump writes them as they come)."""

from _json import encode_basestring, encode_basestring_ascii
from _json import make_encoder as c_make_encoder

__all__ = ['JSONEncoder']

c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii

INFINITY = float('inf')


def _indent_text(indent):
    # An int indent means that many spaces; a str is used as given.
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


class _ChunkStream:
    """The streaming encoder: one instance per iterencode() call.

    Chunks are the units CPython's pure-Python encoder yields (observable through
    iterencode): a scalar inside an array travels with the separator before it,
    while object keys, key separators and values are chunks of their own."""

    def __init__(self, markers, default, quote, indent, key_sep, item_sep,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.quote = quote
        self.indent = indent
        self.key_sep = key_sep
        self.item_sep = item_sep
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def number(self, f):
        if f != f:
            text = 'NaN'
        elif f == INFINITY:
            text = 'Infinity'
        elif f == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(f))
        return text

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def composite(self, o, depth):
        if isinstance(o, (list, tuple)):
            return self.array(o, depth)
        if isinstance(o, dict):
            return self.mapping(o, depth)
        return self.other(o, depth)

    def value(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
        else:
            yield from self.composite(o, depth)

    def other(self, o, depth):
        # Not JSON by itself: encode what default() turns it into.
        key = self.enter(o)
        yield from self.value(self.default(o), depth)
        self.leave(key)

    def opening(self, depth):
        """(text after the opening bracket, separator between items, closing prefix)."""
        if self.indent is None:
            return '', self.item_sep, ''
        inner = '\n' + self.indent * (depth + 1)
        return inner, self.item_sep + inner, '\n' + self.indent * depth

    def array(self, items, depth):
        if not items:
            yield '[]'
            return
        key = self.enter(items)
        lead, between, close = self.opening(depth)
        prefix = '[' + lead
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.composite(item, depth + 1)
            prefix = between
        if close:
            yield close
        yield ']'
        self.leave(key)

    def key_text(self, k):
        if isinstance(k, str):
            return k
        text = self.scalar(k)  # other scalar keys are written as their JSON text
        if text is not None:
            return text
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def mapping(self, d, depth):
        if not d:
            yield '{}'
            return
        key = self.enter(d)
        yield '{'
        lead, between, close = self.opening(depth)
        if lead:
            yield lead
        pairs = sorted(d.items()) if self.sort_keys else d.items()
        started = False
        for k, v in pairs:
            name = self.key_text(k)
            if name is None:
                continue
            if started:
                yield between
            started = True
            yield self.quote(name)
            yield self.key_sep
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.composite(v, depth + 1)
        if close:
            yield close
        yield '}'
        self.leave(key)


class JSONEncoder(object):
    """Encodes Python values as JSON.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False/None -> true/false/null; anything else goes through default(),
    which subclasses override to return an encodable value."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        # Only the settings given explicitly shadow the class defaults.
        vars(self).update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                          check_circular=check_circular, allow_nan=allow_nan,
                          sort_keys=sort_keys, indent=indent)
        if separators is not None:
            item_sep, key_sep = separators
            self.item_separator = item_sep
            self.key_separator = key_sep
        elif indent is not None:
            # No trailing blanks before the line breaks of indented output.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError."""
        kind = o.__class__.__name__
        raise TypeError(f'Object of type {kind} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            quote = self._quoter()
            return quote(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def _quoter(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of str chunks."""
        markers = {} if self.check_circular else None
        indent = _indent_text(self.indent)
        settings = (markers, self.default, self._quoter(), self.indent,
                    self.key_separator, self.item_separator, self.sort_keys,
                    self.skipkeys, self.allow_nan)
        if _one_shot:
            # The accelerator writes the whole text at once; given the indent
            # text it lays it out as the streaming encoder would.
            if indent is None:
                return c_make_encoder(*settings)(o, 0)
            try:
                return c_make_encoder(*settings, indent)(o, 0)
            except RecursionError:
                # CPython lays out indented text in Python code, so running
                # out of depth reads as an ordinary call overflowing there.
                raise RecursionError('maximum recursion depth exceeded while '
                                     'calling a Python object') from None
        stream = _ChunkStream(markers, self.default, self._quoter(), indent,
                              self.key_separator, self.item_separator,
                              self.sort_keys, self.skipkeys, self.allow_nan)
        return stream.value(o, 0)
