"""Implementation of JSONEncoder."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

_NEEDS_ESCAPE = frozenset(ESCAPE_DCT)


_ESCAPE_TABLE = {ord(k): v for k, v in ESCAPE_DCT.items()}


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _escape_ascii(c):
    e = ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    s1 = 0xd800 | ((n >> 10) & 0x3ff)
    s2 = 0xdc00 | (n & 0x3ff)
    return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ESCAPE_TABLE) + '"'
    out = []
    append = out.append
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            append(c)
        else:
            append(_escape_ascii(c))
    return '"' + ''.join(out) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            try:
                chunks = list(chunks)
            except RecursionError as e:
                if not str(e).startswith('maximum recursion depth exceeded'):
                    raise
                raise RecursionError('maximum recursion depth exceeded while calling '
                                     'a Python object') from None
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        # CPython's C encoder (one-shot, no indent) omits the value from the message.
        c_path = _one_shot and self.indent is None

        def floatstr(o, allow_nan=self.allow_nan,
                     _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                if c_path:
                    raise ValueError(
                        "Out of range float values are not JSON compliant")
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        if c_path and c_make_encoder is not None:
            return c_make_encoder(
                markers, self.default, _encoder, self.indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)(o, 0)
        if c_path:
            encode_one = _make_oneshot_encoder(
                markers, self.default, _encoder, floatstr, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys)
            try:
                return encode_one(o)
            except RecursionError as e:
                if not str(e).startswith('maximum recursion depth exceeded'):
                    raise
                raise RecursionError('maximum recursion depth exceeded while encoding '
                                     'a JSON object') from None

        if _one_shot and c_make_encoder is not None:
            # Spry's C encoder also indents (a tenth argument; CPython's ignores indent)
            # and then writes exactly what _iterencode below would.
            indent = self.indent
            if not isinstance(indent, str):
                indent = ' ' * indent
            try:
                return c_make_encoder(
                    markers, self.default, _encoder, self.indent, self.key_separator,
                    self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan,
                    indent)(o, 0)
            except RecursionError as e:
                if not str(e).startswith('maximum recursion depth exceeded'):
                    raise
                raise RecursionError('maximum recursion depth exceeded while calling '
                                     'a Python object') from None

        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_oneshot_encoder(markers, _default, _encoder, _floatstr, _key_separator,
                          _item_separator, _sort_keys, _skipkeys):
    # The one-shot encoder (what CPython's C encoder does for encode() without indent):
    # one Python frame per nesting level, chunks collected in a list.
    _intstr = int.__repr__

    def enc(o, out):
        append = out.append
        if o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, str):
            append(_encoder(o))
        elif isinstance(o, int):
            append(_intstr(o))
        elif isinstance(o, float):
            append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append('[]')
                return
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            append('[')
            first = True
            for value in o:
                if first:
                    first = False
                else:
                    append(_item_separator)
                if isinstance(value, str):
                    append(_encoder(value))
                elif value is None:
                    append('null')
                elif value is True:
                    append('true')
                elif value is False:
                    append('false')
                elif isinstance(value, int):
                    append(_intstr(value))
                elif isinstance(value, float):
                    append(_floatstr(value))
                else:
                    enc(value, out)
            append(']')
            if markers is not None:
                del markers[markerid]
        elif isinstance(o, dict):
            if not o:
                append('{}')
                return
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            append('{')
            first = True
            items = sorted(o.items()) if _sort_keys else o.items()
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = _floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = _intstr(key)
                elif _skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, '
                                    f'not {key.__class__.__name__}')
                if first:
                    first = False
                else:
                    append(_item_separator)
                append(_encoder(key))
                append(_key_separator)
                if isinstance(value, str):
                    append(_encoder(value))
                elif value is None:
                    append('null')
                elif value is True:
                    append('true')
                elif value is False:
                    append('false')
                elif isinstance(value, int):
                    append(_intstr(value))
                elif isinstance(value, float):
                    append(_floatstr(value))
                else:
                    enc(value, out)
            append('}')
            if markers is not None:
                del markers[markerid]
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            enc(_default(o), out)
            if markers is not None:
                del markers[markerid]

    def encode_one(o):
        out = []
        enc(o, out)
        return out

    return encode_one


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
                     ValueError=ValueError, dict=dict, float=float, id=id, int=int,
                     isinstance=isinstance, list=list, str=str, tuple=tuple,
                     _intstr=int.__repr__):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode
