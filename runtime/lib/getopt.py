"""Unix-style command line option parsing (getopt and gnu_getopt)."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_names(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _resolve_long(name, longopts):
    """Return (full name, takes_value) for a possibly abbreviated long option."""
    candidates = []
    for spec in longopts:
        bare = spec[:-1] if spec.endswith('=') else spec
        if bare == name:
            return bare, spec.endswith('=')
        if bare.startswith(name):
            candidates.append(spec)
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False


def _take_long(opts, word, rest, longopts):
    body = word[2:]
    name, eq, inline = body.partition('=')
    full, wants_value = _resolve_long(name, longopts)
    if wants_value:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % full, full)
            inline, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % full, full)
    opts.append(('--' + full, inline))
    return rest


def _short_wants_value(letter, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == letter and letter != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)


def _take_shorts(opts, word, rest, shortopts):
    letters = word[1:]
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter,
                                      letter)
                letters, rest = rest[0], rest[1:]
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return rest


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first non-option argument (POSIX style)."""
    longopts = _long_names(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        word, args = args[0], args[1:]
        if word == '--':
            break
        if word.startswith('--'):
            args = _take_long(opts, word, args, longopts)
        else:
            args = _take_shorts(opts, word, args, shortopts)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may be interleaved.

    A leading '+' in shortopts, or POSIXLY_CORRECT in the environment, stops at
    the first operand as getopt does."""
    longopts = _long_names(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    elif os.environ.get('POSIXLY_CORRECT'):
        stop_at_operand = True
    opts = []
    operands = []
    args = list(args)
    while args:
        word = args[0]
        if word == '--':
            operands.extend(args[1:])
            break
        if word.startswith('--'):
            args = _take_long(opts, word, args[1:], longopts)
        elif word.startswith('-') and word != '-':
            args = _take_shorts(opts, word, args[1:], shortopts)
        elif stop_at_operand:
            operands.extend(args)
            break
        else:
            operands.append(word)
            args = args[1:]
    return opts, operands
