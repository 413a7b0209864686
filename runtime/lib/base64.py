# base64 for Spry, written here from the module's documentation (RFC 4648 for
# Base16/32/64, RFC 1924 and Adobe's Ascii85 for the base-85 codecs) and from
# results observed on CPython 3.11. Base64 and Base16 work in the C binascii module.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

# encode() writes lines of 76 characters: 57 input bytes each.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decodable(s):
    """Decoders take ASCII str as well as bytes-like objects."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(s).__name__) from None


def _swap(data, old, new):
    return data.translate(bytes.maketrans(old, new))


# -- Base64 -------------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return _swap(encoded, b'+/', altchars)


def b64decode(s, altchars=None, validate=False):
    s = _decodable(s)
    if altchars is not None:
        altchars = _decodable(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_decodable(s), b'-_', b'+/'))


# -- Base32 -------------------------------------------------------------------

_B32_STANDARD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_EXTENDED_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# '=' signs closing the last group of 8, by the number of bytes in its 5-byte group.
_B32_PAD_FOR = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
_B32_BYTES_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(alphabet, s):
    data = memoryview(s).tobytes()
    tail = len(data) % 5
    if tail:
        data += bytes(5 - tail)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5], 'big')
        out += bytes(alphabet[(group >> shift) & 31] for shift in range(35, -5, -5))
    padding = _B32_PAD_FOR[tail]
    if padding:
        out[-padding:] = b'=' * padding
    return bytes(out)


def _b32_decode(alphabet, s, casefold, map01=None):
    s = _decodable(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decodable(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    digits = s.rstrip(b'=')
    padding = len(s) - len(digits)
    value_of = {code: value for value, code in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(digits), 8):
        group = 0
        for code in digits[start:start + 8]:
            value = value_of.get(code)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = group << 5 | value
        group <<= 5 * (8 - len(digits[start:start + 8]))
        out += group.to_bytes(5, 'big')
    if padding not in _B32_BYTES_FOR_PAD:
        raise binascii.Error('Incorrect padding')
    if padding and out:
        del out[len(out) - 5 + _B32_BYTES_FOR_PAD[padding]:]
    return bytes(out)


def b32encode(s):
    return _b32_encode(_B32_STANDARD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode(_B32_STANDARD, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode(_B32_EXTENDED_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32_EXTENDED_HEX, s, casefold)


# -- Base16 -------------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decodable(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# -- Base85 and Ascii85 ---------------------------------------------------------

_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85_DIGITS = bytes(range(33, 118))         # '!' to 'u'
_A85_OPEN, _A85_CLOSE = b'<~', b'~>'


def _encode85(data, digits, pad, zeros=None, spaces=None):
    """Each 4-byte word as 5 base-85 digits, most significant first; `zeros` and
    `spaces` are the single-character short forms of all-NUL and all-space words.
    Without `pad`, the digits standing for the padding of the last word are cut."""
    data = memoryview(data).tobytes()
    short = -len(data) % 4
    data += bytes(short)
    out = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if zeros is not None and word == 0:
            out.append(zeros)
        elif spaces is not None and word == 0x20202020:
            out.append(spaces)
        else:
            out.append(bytes(digits[word // 85 ** power % 85]
                             for power in (4, 3, 2, 1, 0)))
    if short and not pad:
        if out[-1] == zeros:
            out[-1] = digits[:1] * 5
        out[-1] = out[-1][:-short]
    return b''.join(out)


def b85encode(b, pad=False):
    return _encode85(b, _B85_DIGITS, pad)


def b85decode(b):
    b = _decodable(b)
    short = -len(b) % 5
    b += b'~' * short            # the largest digit: the cut bytes come back as 0xff
    value_of = {code: value for value, code in enumerate(_B85_DIGITS)}
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for offset, code in enumerate(b[start:start + 5]):
            value = value_of.get(code)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + value
        if word >= 1 << 32:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if short:
        del out[-short:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    text = _encode85(b, _A85_DIGITS, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        wrapcol = max(wrapcol, 2 if adobe else 1)
        lines = [text[start:start + wrapcol] for start in range(0, len(text), wrapcol)]
        # The closing '~>' may not be split across lines.
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decodable(b)
    if adobe:
        if not b.endswith(_A85_CLOSE):
            raise ValueError("Ascii85 encoded byte sequences must end with %r"
                             % (_A85_CLOSE,))
        b = b[2:-2] if b.startswith(_A85_OPEN) else b[:-2]
    out = bytearray()
    group = []
    for code in b:
        if 33 <= code <= 117:
            group.append(code - 33)
            if len(group) == 5:
                _a85_word(out, group)
                group = []
        elif code == 122:                  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and code == 121:   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif code in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % code)
    if group:
        # A short last group stands for len(group) - 1 bytes: pad it with the
        # largest digit and drop what the padding produced.
        kept = len(group) - 1
        _a85_word(out, group + [84] * (5 - len(group)))
        del out[len(out) - 4 + kept:]
    return bytes(out)


def _a85_word(out, digits):
    word = 0
    for value in digits:
        word = word * 85 + value
    if word >= 1 << 32:
        raise ValueError('Ascii85 overflow')
    out += word.to_bytes(4, 'big')


# -- MIME-style lines and files ---------------------------------------------------

def _byte_view(s):
    # encodebytes/decodebytes accept only flat byte-sized buffers.
    try:
        view = memoryview(s)
    except TypeError as exc:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from exc
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, type(s).__name__))
    return view


def encodebytes(s):
    view = _byte_view(s)
    return b''.join(binascii.b2a_base64(view[start:start + MAXBINSIZE])
                    for start in range(0, len(view), MAXBINSIZE))


def decodebytes(s):
    _byte_view(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # A short read is topped up, so every line but the last is full.
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def main():
    import sys
    import getopt
    usage = ("usage: %s [-h|-d|-e|-u|-t] [file|-]\n"
             "        -h: print this help message and exit\n"
             "        -d, -u: decode\n"
             "        -e: encode (default)\n"
             "        -t: encode and decode string 'Aladdin:open sesame'" % sys.argv[0])
    try:
        options, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as exc:
        print(exc, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(2)
    action = encode
    for option, _ in options:
        if option == '-h':
            print(usage)
            return
        if option == '-t':
            sample = b"Aladdin:open sesame"
            print(repr(sample))
            encoded = encodebytes(sample)
            print(repr(encoded))
            decoded = decodebytes(encoded)
            print(repr(decoded))
            assert decoded == sample
            return
        action = encode if option == '-e' else decode
    if args and args[0] != '-':
        with open(args[0], 'rb') as source:
            action(source, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
