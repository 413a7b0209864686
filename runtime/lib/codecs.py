"""The codec registry, error handlers and the stream and incremental codec classes.

Written for Spry from the documented behaviour of CPython 3.11's codecs module.  The
byte-level work of the common codecs is done in C by str.encode and bytes.decode; this
module adds the registry, partial (incremental) decoding and the stream wrappers.
"""
import builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader',
           'StreamWriter', 'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = BOM32_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = BOM32_BE = b'\xfe\xff'
BOM_UTF32_LE = BOM64_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = BOM64_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


# --- Codec descriptions and base classes ---------------------------------------------

class CodecInfo(tuple):
    """A codec's functions and classes; as a tuple, (encode, decode, reader, writer)."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            type(self).__module__, type(self).__qualname__, self.name, id(self))


class Codec:
    """Stateless encode/decode returning (result, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """Keeps the input _buffer_encode() did not consume for the next call."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes _buffer_decode() did not consume for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamWrapper:
    """What readers and writers share: attribute passthrough and context management."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def __reduce_ex__(self, protocol):
        raise TypeError("can't serialize %s" % type(self).__name__)


class StreamWriter(Codec, _StreamWrapper):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _StreamWrapper):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = self._empty_text()

    def _empty_text(self):
        return self.charbuffertype()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + fresh
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                # Give back what decodes, if it holds a whole line; the error stays
                # for the next read.
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(keepends=True)) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not fresh:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_text()
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    @staticmethod
    def _first_line(text, final):
        """(first line, rest) when text starts with a complete line: one ending in a
        line break, where a closing '\r' is not waiting for a possible '\n'."""
        lines = text.splitlines(keepends=True)
        if not lines or lines[0] == lines[0].splitlines()[0]:
            return None
        first = lines[0]
        if first.endswith('\r') and len(first) == len(text) and not final:
            return None
        return first, text[len(first):]

    def readline(self, size=None, keepends=True):
        found = self._first_line(self.charbuffer, False)
        chunk = size or 72
        collected = self._empty_text()
        while found is None:
            data = self.read(chunk, firstline=True)
            if data.endswith('\r'):
                data += self.read(size=1, chars=1)
            collected += data
            found = self._first_line(collected, not data)
            if found is not None:
                # What followed the line goes back before the text not read yet.
                found = found[0], found[1] + self.charbuffer
                break
            if not data or size is not None:
                found = collected, self.charbuffer
                break
            if chunk < 8000:
                chunk *= 2
        line, self.charbuffer = found
        if line and not keepends:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty_text()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamWrapper):
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


class StreamRecoder(_StreamWrapper):
    """Data in one encoding on the caller's side, another in the stream."""
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def _to_caller(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._to_caller(self.reader.read(size))

    def readline(self, size=None):
        if size is None:
            return self._to_caller(self.reader.readline())
        return self._to_caller(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._to_caller(self.reader.read()).splitlines(keepends=True)

    def __next__(self):
        return self._to_caller(next(self.reader))

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.writer.write(self.decode(b''.join(list), self.errors)[0])

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


# --- Error handlers -------------------------------------------------------------------

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _unhandled(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    if isinstance(exc, _UNICODE_ERRORS):
        return '', exc.end
    raise _unhandled(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    raise _unhandled(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return ''.join('&#%d;' % ord(ch) for ch in bad), exc.end
    raise _unhandled(exc)


def _escaped(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ''.join(_escaped(ord(ch)) for ch in exc.object[exc.start:exc.end]), exc.end
    raise _unhandled(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for ch in exc.object[exc.start:exc.end]:
            name = unicodedata.name(ch, None)
            parts.append('\\N{%s}' % name if name is not None else _escaped(ord(ch)))
        return ''.join(parts), exc.end
    raise _unhandled(exc)


def _surrogateescape_errors(exc):
    # Undecodable bytes 0x80-0xff travel as U+DC80-U+DCFF, and back; decoding takes
    # the leading run of such bytes, encoding needs every character escaped.
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        count = 0
        while count < len(bad) and bad[count] >= 0x80:
            count += 1
        if count == 0:
            raise exc
        return ''.join(chr(0xdc00 + b) for b in bad[:count]), exc.start + count
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        if not all(0xdc80 <= ord(ch) <= 0xdcff for ch in bad):
            raise exc
        return bytes(ord(ch) - 0xdc00 for ch in bad), exc.end
    raise _unhandled(exc)


# Code unit width and byte order of the encodings surrogatepass knows.
_SURROGATE_LAYOUTS = {'utf-8': (3, None), 'utf-16-le': (2, 'little'),
                      'utf-16-be': (2, 'big'), 'utf-32-le': (4, 'little'),
                      'utf-32-be': (4, 'big')}


def _surrogate_layout(encoding):
    name = _canonical_builtin(encoding) or encoding
    if name in ('utf-16', 'utf-32'):
        name += '-le' if sys.byteorder == 'little' else '-be'
    return _SURROGATE_LAYOUTS.get(name)


def _surrogatepass_errors(exc):
    # Lone surrogates pass through UTF-8/16/32 as if they were characters.
    if isinstance(exc, UnicodeEncodeError):
        layout = _surrogate_layout(exc.encoding)
        bad = exc.object[exc.start:exc.end]
        if layout is None or not all(0xd800 <= ord(ch) <= 0xdfff for ch in bad):
            raise exc
        width, order = layout
        if order is None:
            out = b''.join(bytes([0xe0 | ord(ch) >> 12, 0x80 | (ord(ch) >> 6) & 0x3f,
                                  0x80 | ord(ch) & 0x3f]) for ch in bad)
        else:
            out = b''.join(ord(ch).to_bytes(width, order) for ch in bad)
        return out, exc.end
    if isinstance(exc, UnicodeDecodeError):
        layout = _surrogate_layout(exc.encoding)
        if layout is None:
            raise exc
        width, order = layout
        unit = exc.object[exc.start:exc.start + width]
        if len(unit) == width:
            if order is None:
                code = ((unit[0] & 0x0f) << 12 | (unit[1] & 0x3f) << 6 | unit[2] & 0x3f
                        if unit[0] & 0xf0 == 0xe0 and unit[1] & 0xc0 == 0x80
                        and unit[2] & 0xc0 == 0x80 else 0)
            else:
                code = int.from_bytes(unit, order)
            if 0xd800 <= code <= 0xdfff:
                return chr(code), exc.start + width
        raise exc
    raise _unhandled(exc)


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors,
                   'replace': replace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'backslashreplace': backslashreplace_errors,
                   'namereplace': namereplace_errors,
                   'surrogateescape': _surrogateescape_errors,
                   'surrogatepass': _surrogatepass_errors}


def register_error(name, handler, /):
    if not isinstance(name, str):
        raise TypeError('register_error() argument 1 must be str, not %s'
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s' % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# --- The codecs Spry's C layer provides --------------------------------------------

# Canonical name -> the spellings (normalized: lower case, runs of other characters as
# one '_') that name it.
_BUILTIN_SPELLINGS = {
    'utf-8': 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001',
    'utf-8-sig': 'utf_8_sig utf8_sig',
    'utf-16': 'utf_16 utf16 u16',
    'utf-16-le': 'utf_16_le utf_16le utf16le unicodelittleunmarked',
    'utf-16-be': 'utf_16_be utf_16be utf16be unicodebigunmarked',
    'utf-32': 'utf_32 utf32 u32',
    'utf-32-le': 'utf_32_le utf_32le utf32le',
    'utf-32-be': 'utf_32_be utf_32be utf32be',
    'iso8859-1': 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 iso8859 8859 cp819 ibm819 '
                 'iso_8859_1_1987 iso_ir_100 csisolatin1',
    'ascii': 'ascii 646 us us_ascii ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 '
             'csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6',
    'cp1252': 'cp1252 windows_1252 1252',
    'unicode-escape': 'unicode_escape',
    'raw-unicode-escape': 'raw_unicode_escape',
}
_BUILTIN_BY_SPELLING = {spelling: name for name, spellings in _BUILTIN_SPELLINGS.items()
                        for spelling in spellings.split()}


def _normalized(encoding):
    """Lower case, with every run of characters other than ASCII letters, digits and
    '.' turned into a single '_' (none at the ends)."""
    out = []
    gap = False
    for ch in encoding:
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            if gap and out:
                out.append('_')
            out.append(ch.lower())
            gap = False
        else:
            gap = True
    return ''.join(out)


def _canonical_builtin(encoding):
    return _BUILTIN_BY_SPELLING.get(_normalized(encoding))


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    try:
        if isinstance(data, str):
            raise TypeError
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that more bytes could
    still complete."""
    size = len(data)
    for back in range(1, min(3, size) + 1):
        lead = data[size - back]
        if lead & 0xc0 == 0x80:
            continue
        if 0xc2 <= lead <= 0xdf:
            need = 2
        elif 0xe0 <= lead <= 0xef:
            need = 3
        elif 0xf0 <= lead <= 0xf4:
            need = 4
        else:
            return 0
        if back >= need:
            return 0
        if back > 1:
            second = data[size - back + 1]
            low, high = {0xe0: (0xa0, 0xbf), 0xf0: (0x90, 0xbf),
                         0xf4: (0x80, 0x8f)}.get(lead, (0x80, 0xbf))
            if not low <= second <= high:
                return 0
        return back
    return 0


def _unit_tail(data, width, order):
    """Bytes to hold back from UTF-16/32 data: a partial code unit, and for UTF-16 a
    high surrogate still waiting for its partner."""
    tail = len(data) % width
    if width == 2 and len(data) - tail >= 2:
        end = len(data) - tail
        unit = int.from_bytes(data[end - 2:end], order)
        if 0xd800 <= unit <= 0xdbff:
            tail += 2
    return tail


_HEX = frozenset(b'0123456789abcdefABCDEF')


def _escape_tail(data, raw):
    """How many bytes at the end of data begin an escape that more bytes could still
    complete (unicode_escape, or raw_unicode_escape when raw)."""
    size = len(data)
    i = 0
    while i < size:
        if data[i] != 0x5c:
            i += 1
            continue
        if i + 1 == size:
            return 1
        code = data[i + 1]
        if raw and code == 0x5c:
            # An even run of backslashes is literal text; look at the last one only.
            run = i
            while run < size and data[run] == 0x5c:
                run += 1
            if (run - i) % 2 == 0:
                i = run
                continue
            i = run - 1
            continue
        digits = {0x75: 4, 0x55: 8} if raw else {0x78: 2, 0x75: 4, 0x55: 8}
        if code in digits:
            tail = data[i + 2:i + 2 + digits[code]]
            if len(tail) < digits[code] and all(b in _HEX for b in tail):
                return size - i
            i += 2 + len(tail)
        elif code == 0x4e and not raw:
            close = data.find(b'}', i + 2)
            if close < 0 and (i + 2 == size or data[i + 2] == 0x7b):
                return size - i
            i = close + 1 if close >= 0 else i + 2
        else:
            i += 2
    return 0


_UNIT_LAYOUT = {'utf-16-le': (2, 'little'), 'utf-16-be': (2, 'big'),
                'utf-32-le': (4, 'little'), 'utf-32-be': (4, 'big')}
_BOM_CHOICES = {'utf-16': ((BOM_UTF16_LE, 'utf-16-le'), (BOM_UTF16_BE, 'utf-16-be')),
                'utf-32': ((BOM_UTF32_LE, 'utf-32-le'), (BOM_UTF32_BE, 'utf-32-be'))}


def _native(name):
    return name + ('-le' if sys.byteorder == 'little' else '-be')


def _partial_decode(name, data, errors, final):
    """(text, bytes used) decoding data with a C codec; unless final, an incomplete
    sequence at the end is left unused."""
    errors = 'strict' if errors is None else errors
    hold = 0
    if not final:
        if name == 'utf-8':
            hold = _utf8_incomplete_tail(data)
        elif name in _UNIT_LAYOUT:
            hold = _unit_tail(data, *_UNIT_LAYOUT[name])
        elif name in ('unicode-escape', 'raw-unicode-escape'):
            hold = _escape_tail(data, name == 'raw-unicode-escape')
    used = len(data) - hold
    return data[:used].decode(name, errors), used


def _bom_decode(family, data, errors, final, chosen=None, need_bom=False):
    """(text, used, chosen encoding or None) for utf-16/utf-32 with BOM detection.
    need_bom: a stream (incremental or reader) must start with a byte order mark."""
    if chosen is not None:
        text, used = _partial_decode(chosen, data, errors, final)
        return text, used, chosen
    width = 2 if family == 'utf-16' else 4
    if len(data) < width and not final:
        return '', 0, None
    skip = 0
    for bom, name in _BOM_CHOICES[family]:
        if data.startswith(bom):
            skip, chosen = len(bom), name
            break
    else:
        if need_bom and len(data) >= width:
            raise UnicodeError('%s stream does not start with BOM' % family.upper())
        chosen = _native(family)
    try:
        text, used = _partial_decode(chosen, data[skip:], errors, final)
    except UnicodeDecodeError as exc:
        # Report positions in the data as given, byte order mark included.
        exc.object = data
        exc.start += skip
        exc.end += skip
        raise
    return text, used + skip, chosen


def _sig_decode(data, errors, final, started, streaming=True):
    """utf-8-sig: (text, used, started) skipping a leading BOM.  When streaming, a
    start that may still become the BOM waits, even at the end of the input."""
    skip = 0
    if not started:
        if BOM_UTF8.startswith(data[:3]) and len(data) < 3 and streaming:
            return '', 0, False
        if data.startswith(BOM_UTF8):
            skip = 3
    text, used = _partial_decode('utf-8', data[skip:], errors, final)
    return text, used + skip, True


def _encoder_function(name, label):
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError('%s() argument 1 must be str, not %s'
                            % (label, type(input).__name__))
        return input.encode(name, 'strict' if errors is None else errors), len(input)
    return encode


def _decoder_function(name):
    def decode(input, errors='strict'):
        data = _as_bytes(input)
        if name in _BOM_CHOICES:
            text, used, _ = _bom_decode(name, data, errors, True)
        elif name == 'utf-8-sig':
            text, used, _ = _sig_decode(data, errors, True, False, False)
        else:
            text, used = _partial_decode(name, data, errors, True)
        return text, used
    return decode


def _builtin_codec(name):
    label = {'utf-8-sig': 'utf_8_encode', 'cp1252': 'charmap_encode',
             'iso8859-1': 'latin_1_encode'}.get(name, name.replace('-', '_') + '_encode')
    encode = _encoder_function(name, label)
    decode = _decoder_function(name)
    with_bom = name in _BOM_CHOICES or name == 'utf-8-sig'

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            # A byte order mark or signature starts the output once.
            target = _native(name) if name in _BOM_CHOICES and self.started else name
            if name == 'utf-8-sig' and self.started:
                target = 'utf-8'
            self.started = True
            return _encoder_function(target, label)(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            # 2 while the byte order mark is still to be written.
            return 2 if with_bom and not self.started else 0

        def setstate(self, state):
            self.started = not (with_bom and state == 2)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.chosen = None

        def _buffer_decode(self, input, errors, final):
            if name in _BOM_CHOICES:
                text, used, self.chosen = _bom_decode(name, input, errors, final,
                                                      self.chosen, True)
                return text, used
            if name == 'utf-8-sig':
                text, used, started = _sig_decode(input, errors, final, bool(self.chosen))
                self.chosen = started or None
                return text, used
            return _partial_decode(name, input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.chosen = None

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            if not hasattr(self, 'incremental') or self.incremental.errors != errors:
                self.incremental = Encoder(errors)
            return self.incremental.encode(input), len(input)

        def reset(self):
            if hasattr(self, 'incremental'):
                self.incremental.reset()

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if name in _BOM_CHOICES:
                text, used, chosen = _bom_decode(name, input, errors, False,
                                                 getattr(self, 'chosen', None), True)
                self.chosen = chosen
                return text, used
            if name == 'utf-8-sig':
                text, used, started = _sig_decode(input, errors, False,
                                                  getattr(self, 'started', False))
                self.started = started
                return text, used
            return _partial_decode(name, input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.chosen = None
            self.started = False

    for cls, role in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = role
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name=name)


# --- The registry ------------------------------------------------------------------------

_search_functions = []
_codec_cache = {}


def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _codec_cache.clear()


def _python_codec(normalized):
    import _codecs_extra
    return _codecs_extra.search(normalized)


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    normalized = _normalized(encoding)
    found = _codec_cache.get(normalized)
    if found is not None:
        return found
    if normalized:
        builtin = _BUILTIN_BY_SPELLING.get(normalized)
        if builtin is not None:
            found = _builtin_codec(builtin)
        else:
            found = _python_codec(normalized)
        for search in ([] if found is not None else _search_functions):
            found = search(normalized)
            if found is None:
                continue
            if not isinstance(found, tuple) or len(found) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            break
    if found is None:
        raise LookupError('unknown encoding: %s' % encoding)
    _codec_cache[normalized] = found
    return found


# Exceptions a failing codec raises that encode()/decode() restate with the codec name.
_RESTATED = (TypeError, ValueError, LookupError, AttributeError, IndexError, KeyError,
             OverflowError, RuntimeError)


def _run_codec(direction, obj, encoding, errors):
    for argument, value in (('encoding', encoding), ('errors', errors)):
        if not isinstance(value, str):
            raise TypeError("%s() argument '%s' must be str, not %s"
                            % (direction, argument, 'None' if value is None
                               else type(value).__name__))
    codec = getattr(lookup(encoding), direction)
    try:
        result = codec(obj, errors)
    except _RESTATED as exc:
        if type(exc) not in _RESTATED or len(exc.args) > 1:
            raise
        raise type(exc)("%sing with '%s' codec failed (%s: %s)"
                        % (direction[:-1], encoding, type(exc).__name__, exc)) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('%s must return a tuple (object, integer)'
                        % ('encoder' if direction == 'encode' else 'decoder'))
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    return _run_codec('encode', obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return _run_codec('decode', obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _codec_part(encoding, part):
    found = getattr(lookup(encoding), part)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _codec_part(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _codec_part(encoding, 'incrementaldecoder')


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        # The codec does the text work, so the file underneath is binary.
        mode += 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    except BaseException:
        file.close()
        raise
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    # Characters reached from several bytes map to None: they cannot be encoded back.
    result = {}
    for byte, char in decoding_map.items():
        result[char] = None if char in result else byte
    return result


# --- The codec functions CPython's _codecs module exports ---------------------------------

def _stateless_pair(name, label):
    encode_fn = _encoder_function(name, label)

    def encoder(str, errors=None):
        return encode_fn(str, errors)

    def decoder(data, errors=None, final=False):
        return _partial_decode(name, _as_bytes(data), errors, final)
    return encoder, decoder


utf_8_encode, utf_8_decode = _stateless_pair('utf-8', 'utf_8_encode')
latin_1_encode, _latin_1_partial = _stateless_pair('iso8859-1', 'latin_1_encode')
ascii_encode, _ascii_partial = _stateless_pair('ascii', 'ascii_encode')
utf_16_le_encode, utf_16_le_decode = _stateless_pair('utf-16-le', 'utf_16_le_encode')
utf_16_be_encode, utf_16_be_decode = _stateless_pair('utf-16-be', 'utf_16_be_encode')
utf_32_le_encode, utf_32_le_decode = _stateless_pair('utf-32-le', 'utf_32_le_encode')
utf_32_be_encode, utf_32_be_decode = _stateless_pair('utf-32-be', 'utf_32_be_encode')
unicode_escape_encode, _unicode_escape_partial = _stateless_pair('unicode-escape',
                                                                 'unicode_escape_encode')
raw_unicode_escape_encode, _raw_escape_partial = _stateless_pair(
    'raw-unicode-escape', 'raw_unicode_escape_encode')


def latin_1_decode(data, errors=None):
    return _latin_1_partial(data, errors, True)


def ascii_decode(data, errors=None):
    return _ascii_partial(data, errors, True)


def unicode_escape_decode(data, errors=None, final=True):
    # Text is accepted too, as its UTF-8 bytes.
    if isinstance(data, str):
        data = data.encode()
    return _unicode_escape_partial(data, errors, final)


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode()
    return _raw_escape_partial(data, errors, final)


def _order_encoder(family):
    def encoder(str, errors=None, byteorder=0):
        name = family if byteorder == 0 else family + ('-le' if byteorder < 0 else '-be')
        return _encoder_function(name, family.replace('-', '_') + '_encode')(str, errors)
    return encoder


utf_16_encode = _order_encoder('utf-16')
utf_32_encode = _order_encoder('utf-32')


def _order_decoder(family):
    def ex_decoder(data, errors=None, byteorder=0, final=False):
        data = _as_bytes(data)
        if byteorder:
            name = family + ('-le' if byteorder < 0 else '-be')
            text, used = _partial_decode(name, data, errors, final)
            return text, used, -1 if byteorder < 0 else 1
        text, used, chosen = _bom_decode(family, data, errors, final)
        found = 0 if chosen is None or used == 0 else (-1 if chosen.endswith('le') else 1)
        if chosen is not None and not any(data.startswith(bom)
                                          for bom, _ in _BOM_CHOICES[family]):
            found = 0
        return text, used, found

    def decoder(data, errors=None, final=False):
        return ex_decoder(data, errors, 0, final)[:2]
    return ex_decoder, decoder


utf_16_ex_decode, utf_16_decode = _order_decoder('utf-16')
utf_32_ex_decode, utf_32_decode = _order_decoder('utf-32')


def utf_7_encode(str, errors=None):
    import _codecs_extra
    return _codecs_extra.utf_7_encode(str, 'strict' if errors is None else errors)


def utf_7_decode(data, errors=None, final=False):
    import _codecs_extra
    return _codecs_extra.utf_7_decode(data, 'strict' if errors is None else errors, final)


def readbuffer_encode(data, errors=None):
    data = data.encode() if isinstance(data, str) else bytes(data)
    return data, len(data)


_SIMPLE_ESCAPES = {ord('\n'): None, ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
                   ord('a'): b'\x07', ord('b'): b'\x08', ord('f'): b'\x0c',
                   ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t', ord('v'): b'\x0b'}
_HEX_DIGITS = b'0123456789abcdefABCDEF'


def escape_decode(data, errors=None):
    """Python bytes-literal escapes -> (bytes, length of data)."""
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    out = bytearray()
    first_invalid = None
    i = 0
    size = len(data)
    while i < size:
        byte = data[i]
        if byte != 0x5c:
            out.append(byte)
            i += 1
            continue
        if i + 1 >= size:
            raise ValueError('Trailing \\ in string')
        code = data[i + 1]
        if code in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[code] or b''
            i += 2
        elif 0x30 <= code <= 0x37:
            j = i + 1
            while j < size and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            value = int(data[i + 1:j], 8)
            if value > 0o377 and first_invalid is None:
                first_invalid = ('invalid octal escape sequence', data[i:j])
            out.append(value & 0xff)
            i = j
        elif code == ord('x'):
            digits = data[i + 2:i + 4]
            count = 0
            while count < len(digits) and digits[count] in _HEX_DIGITS:
                count += 1
            if count == 2:
                out.append(int(digits, 16))
            elif errors in (None, 'strict'):
                raise ValueError('invalid \\x escape at position %d' % i)
            elif errors == 'replace':
                out.append(ord('?'))
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: %s'
                                 % errors)
            i += 2 + count
        else:
            if first_invalid is None:
                first_invalid = ('invalid escape sequence', data[i:i + 2])
            out += data[i:i + 2]
            i += 2
    if first_invalid is not None:
        import warnings
        what, text = first_invalid
        warnings.warn("%s '%s'" % (what, text.decode('latin-1')), DeprecationWarning,
                      stacklevel=2)
    return bytes(out), size


def escape_encode(data, errors=None):
    """bytes -> (their escaped form as in a bytes literal, length of data)."""
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s'
                        % type(data).__name__)
    named = {0x5c: b'\\\\', 0x27: b"\\'", 0x09: b'\\t', 0x0a: b'\\n', 0x0d: b'\\r'}
    out = bytearray()
    for byte in data:
        if byte in named:
            out += named[byte]
        elif byte < 0x20 or byte >= 0x7f:
            out += b'\\x%02x' % byte
        else:
            out.append(byte)
    return bytes(out), len(data)
