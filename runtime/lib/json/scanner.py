"""JSON token scanner (written by hand, without regular expressions).

The scanner is iterative: nested arrays and objects are kept on an explicit stack, so
decoding uses one Python frame whatever the nesting. Nesting deeper than the recursion
limit raises RecursionError, as CPython's C scanner does."""

import sys as _sys

__all__ = ['make_scanner']

_WS = ' \t\n\r'
_DIGITS = '0123456789'


def make_scanner(context):
    from .decoder import scanstring, JSONDecodeError

    parse_object_hook = context.object_hook
    parse_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    memo = context.memo
    default_float = parse_float is float
    default_int = parse_int is int

    def skip_digits(s, idx):
        # Index of the first non-digit at or after idx (str.lstrip does the scanning).
        while True:
            chunk = s[idx:idx + 32]
            rest = chunk.lstrip(_DIGITS)
            idx += len(chunk) - len(rest)
            if rest or len(chunk) < 32:
                return idx

    def match_number(s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx = skip_digits(s, idx + 1)
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1:
            c = s[idx]
            if c == '.' and s[idx + 1] in _DIGITS:
                is_float = True
                idx = skip_digits(s, idx + 2)
                if idx < n - 1:
                    c = s[idx]
            if c == 'e' or c == 'E':
                e_start = idx
                idx += 1
                if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                    idx += 1
                idx = skip_digits(s, idx)
                if s[idx - 1] in _DIGITS:
                    is_float = True
                else:
                    idx = e_start
        numstr = s[start:idx]
        if is_float:
            return (float(numstr) if default_float else parse_float(numstr)), idx
        return (int(numstr) if default_int else parse_int(numstr)), idx

    def finish_object(pairs):
        if parse_pairs_hook is not None:
            return parse_pairs_hook(pairs)
        result = dict(pairs)
        if parse_object_hook is not None:
            result = parse_object_hook(result)
        return result

    def read_key(s, idx, n):
        # At a '"' (checked by the caller): the key, then ':' and whitespace.
        key, idx = scanstring(s, idx + 1, strict)
        key = memo.setdefault(key, key)
        while idx < n and s[idx] in _WS:
            idx += 1
        if idx >= n or s[idx] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, idx)
        idx += 1
        while idx < n and s[idx] in _WS:
            idx += 1
        return key, idx

    def depth_limit():
        limit = _sys.getrecursionlimit()
        depth = 0
        try:
            f = _sys._getframe(1)
            while f is not None:
                depth += 1
                f = f.f_back
        except (AttributeError, ValueError):
            depth = 10
        return limit - depth

    def too_deep(kind):
        return RecursionError('maximum recursion depth exceeded while decoding a JSON %s '
                              'from a unicode string' % kind)

    def scan_once(s, idx):
        n = len(s)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        # The innermost open container is `cur` (a list of values, or of (key, value)
        # pairs when `curkey` is the pending key of an object); the enclosing ones are
        # saved on `stack`. cur is None at the top level.
        stack = []
        cur = None
        curkey = None
        limit = None
        while True:
            # ---- one value at idx
            if idx >= n:
                raise StopIteration(idx)
            c = s[idx]
            if c == '"':
                value, idx = scanstring(s, idx + 1, strict)
            elif c == '{':
                idx += 1
                while idx < n and s[idx] in _WS:
                    idx += 1
                if idx < n and s[idx] == '}':
                    value = finish_object([])
                    idx += 1
                else:
                    if len(stack) >= 100:
                        if limit is None:
                            limit = depth_limit()
                        if len(stack) >= limit:
                            raise too_deep('object')
                    if idx >= n or s[idx] != '"':
                        raise JSONDecodeError(
                            "Expecting property name enclosed in double quotes", s, idx)
                    key, idx = read_key(s, idx, n)
                    stack.append((cur, curkey))
                    cur = []
                    curkey = key
                    continue
            elif c == '[':
                idx += 1
                while idx < n and s[idx] in _WS:
                    idx += 1
                if idx < n and s[idx] == ']':
                    value = []
                    idx += 1
                else:
                    if len(stack) >= 100:
                        if limit is None:
                            limit = depth_limit()
                        if len(stack) >= limit:
                            raise too_deep('array')
                    if idx >= n:
                        raise JSONDecodeError("Expecting value", s, n)
                    stack.append((cur, curkey))
                    cur = []
                    curkey = None
                    continue
            elif c == 'n' and s.startswith('null', idx):
                value = None
                idx += 4
            elif c == 't' and s.startswith('true', idx):
                value = True
                idx += 4
            elif c == 'f' and s.startswith('false', idx):
                value = False
                idx += 5
            elif c == 'N' and s.startswith('NaN', idx):
                value = parse_constant('NaN')
                idx += 3
            elif c == 'I' and s.startswith('Infinity', idx):
                value = parse_constant('Infinity')
                idx += 8
            elif c == '-' and s.startswith('-Infinity', idx):
                value = parse_constant('-Infinity')
                idx += 9
            else:
                value, idx = match_number(s, idx, n)
            # ---- attach the value to the open containers, closing those that end
            while True:
                if cur is None:
                    return value, idx
                while idx < n and s[idx] in _WS:
                    idx += 1
                if curkey is None:
                    cur.append(value)
                    if idx < n and s[idx] == ']':
                        idx += 1
                        value = cur
                        cur, curkey = stack.pop()
                        continue
                    if idx >= n or s[idx] != ',':
                        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WS:
                        idx += 1
                    if idx >= n:
                        raise JSONDecodeError("Expecting value", s, n)
                    break
                cur.append((curkey, value))
                if idx < n and s[idx] == '}':
                    idx += 1
                    value = finish_object(cur)
                    cur, curkey = stack.pop()
                    continue
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WS:
                    idx += 1
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                curkey, idx = read_key(s, idx, n)
                break

    def scanner(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scanner


py_make_scanner = make_scanner

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

make_scanner = c_make_scanner or py_make_scanner
