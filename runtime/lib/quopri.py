"""Quoted-printable encoding (RFC 1521 / RFC 2045) of files and byte strings, with
the RFC 1522 header variant (spaces as '_'). The work is done by binascii."""

from binascii import a2b_qp, b2a_qp

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as =XX."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header  # '_' stands for a space in headers, so a real '_' is quoted
    return c == ESCAPE or not b' ' <= c <= b'~'


def quote(c):
    """The =XX form of the single byte c."""
    return ESCAPE + b'%02X' % ord(c)


def ishex(c):
    return c in b'0123456789abcdefABCDEF'


def unhex(s):
    """The value of a run of hex digits (0 for none)."""
    return int(s, 16) if s else 0


def encode(input, output, quotetabs, header=False):
    """Read binary file input, write its quoted-printable form to binary file output.
    quotetabs says whether spaces and tabs are always quoted (else only at line
    ends); header encodes spaces as '_' as in RFC 1522 headers."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file input, write the decoded bytes to output."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


_USAGE = """usage: quopri [-t | -d] [file] ...
-t: quote tabs
-d: decode; default encode"""


def main():
    """Command line: encode (or with -d decode) the named files, or stdin, to stdout."""
    import getopt
    import sys
    try:
        options, files = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as problem:
        sys.stdout = sys.stderr
        print(problem)
        print(_USAGE)
        sys.exit(2)
    flags = {flag for flag, _ in options}
    if flags == {'-t', '-d'}:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in files or ['-']:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, 'rb')
            except OSError as problem:
                sys.stderr.write(f"{name}: can't open ({problem})\n")
                status = 1
                continue
        try:
            if '-d' in flags:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, '-t' in flags)
        finally:
            if source is not sys.stdin.buffer:
                source.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
