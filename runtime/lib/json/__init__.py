"""JSON (RFC 8259) for Python: dumps/dump turn values into JSON text,
loads/load turn JSON text back into values.  The classes behind them are
json.encoder.JSONEncoder and json.decoder.JSONDecoder."""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

# Shared instances for calls that use no option at all (the common case).
_PLAIN_ENCODER = JSONEncoder()
_PLAIN_DECODER = JSONDecoder()

# Byte-order marks, longest first: the UTF-32 LE mark begins with UTF-16 LE's.
_BOMS = ((b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
         (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
         (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """Guess the encoding of JSON bytes from a BOM or from where the zero
    bytes fall (the text starts with ASCII characters)."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    if len(b) >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


# The options json passes on to its classes, with their defaults.  Every one is
# passed explicitly, so a custom cls gets them even where its own defaults differ.
_ENCODER_OPTIONS = (('skipkeys', False), ('ensure_ascii', True),
                    ('check_circular', True), ('allow_nan', True), ('indent', None),
                    ('separators', None), ('default', None), ('sort_keys', False))
_DECODER_HOOKS = ('object_hook', 'parse_float', 'parse_int', 'parse_constant',
                  'object_pairs_hook')


def _encoder_for(options):
    cls = options.pop('cls', None) or JSONEncoder
    for name, fallback in _ENCODER_OPTIONS:
        options.setdefault(name, fallback)
    return cls(**options)


def dumps(obj, **options):
    """obj as a JSON str.  Keyword options: cls (a JSONEncoder subclass) and
    JSONEncoder's skipkeys, ensure_ascii, check_circular, allow_nan, indent,
    separators, default and sort_keys; any others go to cls."""
    if not options:
        return _PLAIN_ENCODER.encode(obj)
    return _encoder_for(options).encode(obj)


def dump(obj, fp, **options):
    """Write obj as JSON to the text file fp, chunk by chunk (options as dumps)."""
    encoder = _encoder_for(options) if options else _PLAIN_ENCODER
    write = fp.write
    for chunk in encoder.iterencode(obj):
        write(chunk)


def loads(s, **options):
    """The Python value of the JSON document s (str, bytes or bytearray).
    Keyword options: cls (a JSONDecoder subclass), the hooks object_hook,
    object_pairs_hook, parse_float, parse_int, parse_constant; others go to cls."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if options:
        cls = options.pop('cls', None) or JSONDecoder
        # Hooks left at None are not passed: cls keeps its own defaults for them.
        for name in _DECODER_HOOKS:
            if name in options and options[name] is None:
                del options[name]
        if options or cls is not JSONDecoder:
            return cls(**options).decode(s)
    return _PLAIN_DECODER.decode(s)


def load(fp, **options):
    """The Python value of the JSON document read from the file fp (options as loads)."""
    return loads(fp.read(), **options)
