"""str -> bytes as the 'raw-unicode-escape' codec does it (Spry has no such codec):
code points below 256 as one byte each, the others as \\uXXXX or \\UXXXXXXXX."""


def raw_unicode_escape(text):
    try:
        return text.encode('latin-1')
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 256:
            out.append(ch)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out).encode('latin-1')
