"""Internationalization and localization support.

This module provides internationalization (I18N) and localization (L10N)
support for your Python programs by providing an interface to the GNU gettext
message catalog library.

Written for Spry from the documented behaviour of CPython 3.11's gettext:
NullTranslations and GNUTranslations (GNU .mo catalogs, plural forms
evaluated by a small parser of their C expressions), find/translation/
install and the module-level gettext functions.  Language names are not
run through locale.normalize's alias table.
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext'
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------- plural forms

_token_pattern = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    | # spaces and horizontal tabs
        (?P<NUMBER>[0-9]+\b)                       | # decimal integer
        (?P<NAME>n\b)                              | # only n is allowed
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) | # !, *, /, %, +, -, <, >,
                                                     # <=, >=, ==, !=, &&, ||,
                                                     # ? :
                                                     # unary and bitwise ops
                                                     # not allowed
        (?P<INVALID>\w+|.)                           # invalid token
    """, re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    for mo in re.finditer(_token_pattern, plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = mo.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _error(value):
    if value:
        return ValueError('unexpected token in plural form: %s' % value)
    return ValueError('unexpected end of plural form')


# Binary operators by precedence level, loosest first (C's precedence).
_BINARY_LEVELS = (
    ('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%'),
)

_BINARY = {
    '||': lambda a, b: a or b,
    '&&': lambda a, b: a and b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '+': lambda a, b: a + b, '-': lambda a, b: a - b,
    '*': lambda a, b: a * b, '/': lambda a, b: a // b, '%': lambda a, b: a % b,
}


class _PluralParser:
    """Parses a C plural-form expression into a function of n (a tree of
    closures; the expression is never handed to eval)."""

    def __init__(self, plural):
        self._tokens = _tokenize(plural)
        self._next = next(self._tokens)

    def _take(self):
        token = self._next
        self._next = next(self._tokens, '')  # '' again and again at the end
        return token

    def parse(self):
        expr = self._conditional()
        if self._next:
            raise _error(self._next)
        return expr

    def _conditional(self):
        cond = self._binary(0)
        if self._next != '?':
            return cond
        self._take()
        if_true = self._conditional()
        if self._take() != ':':
            raise _error(self._next)
        if_false = self._conditional()
        return lambda n: if_true(n) if cond(n) else if_false(n)

    def _binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self._unary()
        left = self._binary(level + 1)
        while self._next in _BINARY_LEVELS[level]:
            op = _BINARY[self._take()]
            right = self._binary(level + 1)
            left = (lambda op, l, r: lambda n: op(l(n), r(n)))(op, left, right)
        return left

    def _unary(self):
        token = self._take()
        if token == '!':
            operand = self._unary()
            return lambda n: not operand(n)
        if token == '(':
            inner = self._conditional()
            if self._take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return inner
        if token == 'n':
            return lambda n: n
        if token.isdigit():
            value = int(token, 10)
            return lambda n: value
        raise _error(token)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


def c2py(plural):
    """The function of n a .po file's C plural expression computes."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    expr = _PluralParser(plural).parse()

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expr(n))
    return func


# ---------------------------------------------------------------- catalogs

def _expand_lang(loc):
    """The names to look a locale up under, most specific first:
    language[_territory][.codeset][@modifier] and its shortenings."""
    modifier = codeset = territory = ''
    pos = loc.find('@')
    if pos >= 0:
        loc, modifier = loc[:pos], loc[pos:]
    pos = loc.find('.')
    if pos >= 0:
        loc, codeset = loc[:pos], loc[pos:]
    pos = loc.find('_')
    if pos >= 0:
        loc, territory = loc[:pos], loc[pos:]
    result = []
    for use_modifier in ([True, False] if modifier else [False]):
        for use_territory in ([True, False] if territory else [False]):
            for use_codeset in ([True, False] if codeset else [False]):
                result.append(loc + (territory if use_territory else '') +
                              (codeset if use_codeset else '') +
                              (modifier if use_modifier else ''))
    return result


class NullTranslations:
    """The translations of nothing: messages come back as they are (or from
    the fallback, if one was added)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    # Magic number of .mo files
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # The encoding of a msgctxt and a msgid in a .mo file is
    # msgctxt + "\x04" + msgid (gettext version >= 0.15)
    CONTEXT = "%s\x04%s"

    # Acceptable .mo versions
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Reads a GNU .mo catalog: a header, then two tables of (length,
        offset) pairs locating the original and translated strings."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)  # germanic plural by default
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, msgcount, masteridx, transidx = unpack(order + '4I', buf[4:20])
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)
        pair = order + 'II'
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            mend, tend = moff + mlen, toff + tlen
            if not (mend < buflen and tend < buflen):
                raise OSError(0, 'File is corrupt', filename)
            msg, tmsg = buf[moff:mend], buf[toff:tend]
            if mlen == 0:
                self._parse_metadata(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # Plural forms: msgid1\0msgid2 -> one translation per form.
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _parse_metadata(self, tmsg):
        # The translation of the empty string holds RFC 822-style headers.
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            # Skip over comment blocks that msgcat inserts.
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                plural = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def _lookup(self, msgid):
        # A singular lookup also finds the singular form of a plural entry.
        missing = _MISSING
        tmsg = self._catalog.get(msgid, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((msgid, self.plural(1)), missing)
        return tmsg

    def gettext(self, message):
        tmsg = self._lookup(message)
        if tmsg is not _MISSING:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        tmsg = self._lookup(self.CONTEXT % (context, message))
        if tmsg is not _MISSING:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_MISSING = object()


def find(domain, localedir=None, languages=None, all=False):
    """Locate a .mo file: the first (or, with all, every) existing
    <localedir>/<language>/LC_MESSAGES/<domain>.mo, languages taken from
    $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG when not given."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    names = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in names:
                names.append(name)
    result = [] if all else None
    for lang in names:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


# a mapping between absolute .mo file path and Translation object
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    # The first catalog found answers; the others are its fallbacks.
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


# a mapping b/w domains and locale directories
_localedirs = {}
# current global domain, `messages' used for compatibility w/ GNU gettext
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return NullTranslations()


def dgettext(domain, message):
    return _domain_translation(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _domain_translation(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _domain_translation(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _domain_translation(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# Kept for compatibility: Catalog is an alias of translation.
Catalog = translation
