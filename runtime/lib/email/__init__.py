"""The email package: parsing, building and generating email and MIME messages."""

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
           'header', 'iterators', 'message', 'message_from_file',
           'message_from_binary_file', 'message_from_string', 'message_from_bytes',
           'mime', 'parser', 'quoprimime', 'utils']


def _new_parser(binary, args, kws):
    # Imported on first use: `import email` alone should stay cheap. The arguments are
    # the parser's: a message class and a policy.
    from email import parser
    return (parser.BytesParser if binary else parser.Parser)(*args, **kws)


def message_from_string(s, *args, **kws):
    return _new_parser(False, args, kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    return _new_parser(True, args, kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    return _new_parser(False, args, kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    return _new_parser(True, args, kws).parse(fp)
