"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The patterns are Unix shell style: * matches everything, ? matches any single
character, [seq] matches any character in seq, [!seq] any character not in seq.
Patterns are compiled to a small token list here (no regular expressions); translate()
still returns the equivalent regular expression text."""
import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = 0
_ANY = 1
_LIT = 2
_SET = 3

_cache = {}
_CACHE_MAX = 32768


def _parse(pat):
    """Pattern -> list of tokens: (_STAR,), (_ANY,), (_LIT, ch), (_SET, negated, items)
    where items are single characters or (lo, hi) ranges."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR,))
        elif c == '?':
            tokens.append((_ANY,))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append((_LIT, '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        items.append((lo, hi))
                    k += 3
                else:
                    items.append(body[k])
                    k += 1
            tokens.append((_SET, negated, items))
        else:
            tokens.append((_LIT, c))
    return tokens


def _set_match(tok, ch):
    found = False
    for item in tok[2]:
        if isinstance(item, tuple):
            if item[0] <= ch <= item[1]:
                found = True
                break
        elif item == ch:
            found = True
            break
    return found != tok[1]


def _match(tokens, name):
    """Greedy matching with backtracking to the last star."""
    ti = ni = 0
    star_ti = -1
    star_ni = 0
    nt, nn = len(tokens), len(name)
    while ni < nn:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == _STAR:
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            ch = name[ni]
            if (kind == _ANY or (kind == _LIT and tok[1] == ch) or
                    (kind == _SET and _set_match(tok, ch))):
                ti += 1
                ni += 1
                continue
        if star_ti < 0:
            return False
        star_ni += 1
        ni = star_ni
        ti = star_ti + 1
    while ti < nt and tokens[ti][0] == _STAR:
        ti += 1
    return ti == nt


def _compile(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = _parse(pat.decode('latin-1'))
        else:
            tokens = _parse(pat)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[pat] = tokens
    return tokens


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    tokens = _compile(pat)
    result = []
    is_bytes = isinstance(pat, bytes)
    for name in names:
        n = os.path.normcase(name)
        if is_bytes:
            if not isinstance(n, bytes):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            n = n.decode('latin-1')
        elif not isinstance(n, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if _match(tokens, n):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    tokens = _compile(pat)
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        name = name.decode('latin-1')
    elif not isinstance(name, str):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return _match(tokens, name)


_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_escape(s):
    return ''.join('\\' + c if c in _RE_SPECIAL else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    parts = []
    for tok in _parse(pat):
        kind = tok[0]
        if kind == _STAR:
            parts.append(None)
        elif kind == _ANY:
            parts.append('.')
        elif kind == _LIT:
            parts.append(_re_escape(tok[1]))
        else:
            parts.append(_set_regex(tok))
    # Turn the None (star) markers into lazy atomic groups as the regex engine wants:
    # the text between two stars becomes (?>.*?TEXT), the last star a plain .*
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not None:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and parts[i] is not None:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    res = ''.join(out)
    return fr'(?s:{res})\Z'


def _set_regex(tok):
    negated, items = tok[1], tok[2]
    if not items:
        return '.' if negated else '(?!)'
    body = []
    for item in items:
        if isinstance(item, tuple):
            lo, hi = item
            body.append(_set_char(lo) + '-' + _set_char(hi))
        else:
            body.append(_set_char(item))
    text = ''.join(body)
    if negated:
        return '[^' + text + ']'
    if text[0] == '^' or text[0] == '[':
        text = '\\' + text
    return '[' + text + ']'


def _set_char(c):
    if c in '\\-&~|':
        return '\\' + c
    return c
