"""Codecs written in Python for codecs.lookup: utf-7 (RFC 2152, with CPython's choices of
what to encode directly) and the rot13 text transform."""
import codecs

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(ch): i for i, ch in enumerate(_B64)}
# Written as themselves when encoding (as CPython does): printable ASCII but '+', '\\' and
# '~', and tab, newline and carriage return.
_DIRECT = frozenset(c for c in range(128)
                    if (32 <= c < 127 and chr(c) not in '+\\~') or chr(c) in '\t\n\r')


def utf_7_encode(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("utf_7_encode() argument 1 must be str, not %s" % type(input).__name__)
    out = []
    shifted = False
    bits = 0
    buffer = 0

    def emit(value, nbits):
        nonlocal bits, buffer
        bits += nbits
        buffer = (buffer << nbits) | value
        while bits >= 6:
            bits -= 6
            out.append(_B64[(buffer >> bits) & 0x3f])
        buffer &= (1 << bits) - 1

    for ch in input:
        c = ord(ch)
        if shifted and c in _DIRECT:
            if bits:
                out.append(_B64[(buffer << (6 - bits)) & 0x3f])
                bits = buffer = 0
            shifted = False
            # a character that could continue the base64 run needs the explicit '-'
            if ch in _B64 or ch == '-':
                out.append('-')
            out.append(ch)
            continue
        if not shifted:
            if ch == '+':
                out.append('+-')
                continue
            if c in _DIRECT:
                out.append(ch)
                continue
            out.append('+')
            shifted = True
        if c >= 0x10000:
            c -= 0x10000
            emit(0xd800 | (c >> 10), 16)
            c = 0xdc00 | (c & 0x3ff)
        emit(c, 16)
    if bits:
        out.append(_B64[(buffer << (6 - bits)) & 0x3f])
    if shifted:
        out.append('-')
    return ''.join(out).encode('ascii'), len(input)


def utf_7_decode(input, errors='strict', final=False):
    data = bytes(memoryview(input))
    out = []
    n = len(data)
    i = 0
    shifted = False
    shift_start = shift_out = 0
    bits = buffer = 0
    high = 0      # a high surrogate waiting for its low half

    def fail(start, end, reason):
        exc = UnicodeDecodeError('utf-7', data, start, end, reason)
        if errors == 'strict':
            raise exc
        replacement, resume = codecs.lookup_error(errors)(exc)
        out.append(replacement)
        return resume

    while i < n:
        c = data[i]
        if shifted:
            if c in _B64_VALUE:
                buffer = (buffer << 6) | _B64_VALUE[c]
                bits += 6
                i += 1
                if bits >= 16:
                    bits -= 16
                    unit = buffer >> bits
                    buffer &= (1 << bits) - 1
                    if high and 0xdc00 <= unit <= 0xdfff:
                        out.append(chr(0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00)))
                        high = 0
                        continue
                    if high:
                        out.append(chr(high))
                        high = 0
                    if 0xd800 <= unit <= 0xdbff:
                        high = unit
                    else:
                        out.append(chr(unit))
                continue
            shifted = False
            if high:
                out.append(chr(high))
                high = 0
            end = i + 1 if c == ord('-') else i  # a closing '-' belongs to the sequence
            reason = ("partial character in shift sequence" if bits >= 6 else
                      "non-zero padding bits in shift sequence" if bits and buffer else None)
            bits = buffer = 0
            i = end if reason is None else fail(shift_start, end, reason)
            continue
        if c == ord('+'):
            start = i
            i += 1
            if i < n and data[i] == ord('-'):
                out.append('+')
                i += 1
            elif i < n and data[i] not in _B64_VALUE:
                i = fail(start, i + 1, "ill-formed sequence")
            else:
                shifted = True
                shift_start = start
                shift_out = len(out)
                bits = buffer = 0
            continue
        if c < 0x80:
            out.append(chr(c))
            i += 1
            continue
        i = fail(i, i + 1, "unexpected special character")
    consumed = n
    if shifted:
        if final:
            if high or bits >= 6 or (bits and buffer):
                fail(shift_start, n, "unterminated shift sequence")
        else:
            # the open shift sequence waits for more input, decoded again from its '+'
            consumed = shift_start
            del out[shift_out:]
    return ''.join(out), consumed


def _utf_7_decode_final(input, errors='strict'):
    return utf_7_decode(input, errors, True)


class _Utf7IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return utf_7_decode(input, errors, final)


class _Utf7IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return utf_7_encode(input, self.errors)[0]


class _Utf7StreamWriter(codecs.StreamWriter):
    encode = staticmethod(utf_7_encode)


class _Utf7StreamReader(codecs.StreamReader):
    decode = staticmethod(_utf_7_decode_final)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def rot13_code(input, errors='strict'):
    return str.translate(input, _ROT13), len(input)


class _Rot13IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return str.translate(input, _ROT13)


class _Rot13IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return str.translate(input, _ROT13)


class _Rot13StreamWriter(codecs.StreamWriter):
    encode = staticmethod(rot13_code)


class _Rot13StreamReader(codecs.StreamReader):
    decode = staticmethod(rot13_code)


def search(name):
    """The CodecInfo for a normalized name, or None."""
    if name in ('utf_7', 'utf7', 'u7', 'unicode_1_1_utf_7', 'csunicode11utf7'):
        return codecs.CodecInfo(utf_7_encode, _utf_7_decode_final, _Utf7StreamReader,
                                _Utf7StreamWriter, _Utf7IncrementalEncoder,
                                _Utf7IncrementalDecoder, name='utf-7')
    if name in ('rot13', 'rot_13'):
        return codecs.CodecInfo(rot13_code, rot13_code, _Rot13StreamReader, _Rot13StreamWriter,
                                _Rot13IncrementalEncoder, _Rot13IncrementalDecoder,
                                name='rot-13', _is_text_encoding=False)
    return None
