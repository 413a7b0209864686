"""codecs: codec registry, lookup and stream helpers.

Written for Spry from the documented behaviour of CPython 3.11's codecs
module, on top of str.encode/bytes.decode: the codecs are those the runtime
provides (utf-8, utf-8-sig, utf-16/32 and their -le/-be forms, latin-1,
ascii, cp1252), the error handlers are the built-in ones.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete final character for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---------------------------------------------------------------- the built-in codecs

def _complete_prefix(data, unit, final):
    # How many leading bytes form whole characters; the rest waits for
    # more input (unless final).
    if final or unit == 0:  # unit 0: escapes, decoded a whole chunk at a time
        return len(data)
    if unit == 1:
        # UTF-8: drop an incomplete multi-byte sequence at the end.
        n = len(data)
        for back in range(1, min(4, n) + 1):
            b = data[n - back]
            if b < 0x80:
                return n
            if b >= 0xC0:
                need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                return n if back >= need else n - back
        return n
    return len(data) - len(data) % unit


def _text_codec(name, unit, c_name):
    # c_name: the name of CPython's C function, which its messages show.
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (c_name, type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            data = bytes(memoryview(input))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(input).__name__) from None
        return data.decode(name, errors), len(data)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(name, self.errors)

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            n = _complete_prefix(input, unit, final)
            return input[:n].decode(name, errors), n

    class _StreamWriter(StreamWriter):
        pass

    class _StreamReader(StreamReader):
        pass

    _StreamWriter.encode = staticmethod(encode)
    _StreamReader.decode = staticmethod(decode)
    return CodecInfo(encode, decode, _StreamReader, _StreamWriter,
                     _IncrementalEncoder, _IncrementalDecoder, name=name)


_UTF8 = ('utf-8', 1, 'utf_8')
_LATIN1 = ('iso8859-1', 1, 'latin_1')
_ASCII = ('ascii', 1, 'ascii')

_CODEC_NAMES = {
    # normalized alias -> (name, code unit for incremental decoding, C name)
    'utf_8': _UTF8, 'utf8': _UTF8, 'u8': _UTF8, 'utf': _UTF8,
    'utf8_ucs2': _UTF8, 'utf8_ucs4': _UTF8, 'cp65001': _UTF8,
    'utf_8_sig': ('utf-8-sig', 1, 'utf_8'),
    'latin_1': _LATIN1, 'latin1': _LATIN1, 'iso8859_1': _LATIN1,
    'iso_8859_1': _LATIN1, 'l1': _LATIN1, 'latin': _LATIN1, '8859': _LATIN1,
    'cp819': _LATIN1, 'iso_ir_100': _LATIN1,
    'ascii': _ASCII, 'us_ascii': _ASCII, '646': _ASCII, 'us': _ASCII,
    'ansi_x3.4_1968': _ASCII, 'iso646_us': _ASCII,
    'cp1252': ('cp1252', 1, 'charmap'), 'windows_1252': ('cp1252', 1, 'charmap'),
    'utf_16': ('utf-16', 2, 'utf_16'), 'utf16': ('utf-16', 2, 'utf_16'),
    'utf_16_le': ('utf-16-le', 2, 'utf_16_le'), 'utf_16le': ('utf-16-le', 2, 'utf_16_le'),
    'utf_16_be': ('utf-16-be', 2, 'utf_16_be'), 'utf_16be': ('utf-16-be', 2, 'utf_16_be'),
    'utf_32': ('utf-32', 4, 'utf_32'), 'utf32': ('utf-32', 4, 'utf_32'),
    'utf_32_le': ('utf-32-le', 4, 'utf_32_le'), 'utf_32le': ('utf-32-le', 4, 'utf_32_le'),
    'utf_32_be': ('utf-32-be', 4, 'utf_32_be'), 'utf_32be': ('utf-32-be', 4, 'utf_32_be'),
    'unicode_escape': ('unicode-escape', 0, 'unicode_escape'),
    'raw_unicode_escape': ('raw-unicode-escape', 0, 'raw_unicode_escape'),
}

_search_functions = []
_cache = {}


def unicode_escape_encode(str, errors=None):
    return lookup('unicode_escape').encode(str, errors or 'strict')


def unicode_escape_decode(data, errors=None, final=True):
    return lookup('unicode_escape').decode(data, errors or 'strict')


def raw_unicode_escape_encode(str, errors=None):
    return lookup('raw_unicode_escape').encode(str, errors or 'strict')


def raw_unicode_escape_decode(data, errors=None, final=True):
    return lookup('raw_unicode_escape').decode(data, errors or 'strict')


def utf_7_encode(str, errors=None):
    import _codecs_extra
    return _codecs_extra.utf_7_encode(str, errors or 'strict')


def utf_7_decode(data, errors=None, final=False):
    import _codecs_extra
    return _codecs_extra.utf_7_decode(data, errors or 'strict', final)


def _normalize_encoding(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').split())


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
    CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = _normalize_encoding(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        known = _CODEC_NAMES.get(key)
        if known is not None:
            info = _text_codec(*known)
        else:
            import _codecs_extra
            info = _codecs_extra.search(key)
            if info is None:
                raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _check_names(function_name, encoding, errors):
    for name, value in (('encoding', encoding), ('errors', errors)):
        if not isinstance(value, str):
            raise TypeError("%s() argument '%s' must be str, not %s"
                            % (function_name, name, type(value).__name__))


def _call_codec(function, obj, encoding, errors, what):
    # Errors other than UnicodeError say which codec failed, as CPython's.
    try:
        return function(obj, errors)[0]
    except (TypeError, ValueError) as e:
        if isinstance(e, UnicodeError) or type(e) not in (TypeError, ValueError):
            raise
        raise type(e)("%s with '%s' codec failed (%s: %s)"
                      % (what, encoding, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    _check_names('encode', encoding, errors)
    return _call_codec(lookup(encoding).encode, obj, encoding, errors, 'encoding')


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    _check_names('decode', encoding, errors)
    return _call_codec(lookup(encoding).decode, obj, encoding, errors, 'decoding')


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---------------------------------------------------------------- error handlers

def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    _check_unicode_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    text = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in text), exc.end)


def _backslash_escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % b for b in data), exc.end)
    text = exc.object[exc.start:exc.end]
    return (''.join(_backslash_escape(ord(c)) for c in text), exc.end)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None) if unicodedata else None
        out.append('\\N{%s}' % name if name else _backslash_escape(ord(c)))
    return (''.join(out), exc.end)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, handler):
    """Register the specified error handler under the name name."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """lookup_error(errors) -> handler"""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---------------------------------------------------------------- streams

class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream."""
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._decoded = ""

    def _fill(self):
        # Streams are decoded whole: the simple, correct choice for the
        # codecs here.
        data = self.bytebuffer + self.stream.read()
        self.bytebuffer = b""
        if data:
            text, consumed = self.decode(data, self.errors)
            self._decoded += text

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream self.stream and returns the resulting object."""
        self._fill()
        if chars >= 0:
            result, self._decoded = self._decoded[:chars], self._decoded[chars:]
        else:
            result, self._decoded = self._decoded, ""
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded data."""
        self._fill()
        lines = self._decoded.splitlines(True)
        if not lines:
            return ""
        line = lines[0]
        self._decoded = self._decoded[len(line):]
        return line if keepends else line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines available on the input stream and return them as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self._decoded = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        """Return the next decoded line from the input stream."""
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding
    translation: data_encoding inside, file_encoding on the file."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)

    class _Recoder:
        def __init__(self, stream):
            self.stream = stream

        def write(self, data):
            text = data_info.decode(data, errors)[0]
            self.stream.write(file_info.encode(text, errors)[0])

        def read(self, size=-1):
            data = self.stream.read() if size < 0 else self.stream.read(size)
            return data_info.encode(file_info.decode(data, errors)[0], errors)[0]

        def __getattr__(self, name):
            return getattr(self.stream, name)

        def __enter__(self):
            return self

        def __exit__(self, type, value, tb):
            self.stream.close()

    return _Recoder(file)
