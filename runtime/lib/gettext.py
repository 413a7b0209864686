"""Message catalogues: GNU .mo files, plural forms, and the GNU gettext-style API.

Written for Spry from the documented behaviour of CPython 3.11's gettext module.
"""
import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
           'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

# Where catalogues are looked for when no directory is bound to a domain.
_default_localedir = os.path.join(sys.base_prefix, 'share/locale')


# --- Plural-Forms expressions -------------------------------------------------------
#
# A C expression over n.  It is translated to Python source text and compiled; the
# translation is textual the way CPython's is, so '!' becomes Python's `not` (binding
# looser than arithmetic and comparisons), && and || keep Python's value-returning
# `and`/`or`, while comparisons are parenthesized so they never chain.

_PLURAL_MAX_LENGTH = 1000
# Deepest nesting of parentheses, and of conditionals in a conditional's true branch.
_PLURAL_MAX_PARENS = 20
_PLURAL_MAX_CONDITIONALS = 21

_OPERATOR_TEXT = {'||': 'or', '&&': 'and', '==': '==', '!=': '!=', '<': '<', '>': '>',
                  '<=': '<=', '>=': '>=', '+': '+', '-': '-', '*': '*', '/': '//',
                  '%': '%'}
# Binding strength of the binary operators (higher binds tighter), as in C.
_PRECEDENCE = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
               '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_TWO_CHAR_OPERATORS = ('||', '&&', '==', '!=', '<=', '>=')
_ONE_CHAR_OPERATORS = '<>+-*/%!?:()'


def _plural_tokens(text):
    """Yield the tokens of a plural expression, then '' at its end."""
    i = 0
    end = len(text)
    while i < end:
        ch = text[i]
        if ch in ' \t':
            i += 1
            continue
        if text.startswith(_TWO_CHAR_OPERATORS, i):
            yield text[i:i + 2]
            i += 2
            continue
        if ch in _ONE_CHAR_OPERATORS:
            yield ch
            i += 1
            continue
        start = i
        while i < end and (text[i].isalnum() or text[i] == '_'):
            i += 1
        word = text[start:i] if i > start else ch
        if word != 'n' and not (word.isdigit() and word.isascii()):
            raise ValueError('invalid token in plural form: %s' % word)
        yield word
        i = max(i, start + 1)
    yield ''


class _PluralParser:
    """Recursive descent over the tokens, producing Python source text."""

    def __init__(self, text):
        self.tokens = _plural_tokens(text)
        self.current = next(self.tokens)
        self.parens = 0
        self.conditionals = 0

    def advance(self):
        self.current = next(self.tokens)

    def unexpected(self):
        if self.current == '':
            return ValueError('unexpected end of plural form')
        return ValueError('unexpected token in plural form: %s' % self.current)

    @staticmethod
    def check_depth(depth, limit):
        if depth > limit:
            raise ValueError('plural form expression is too complex')

    def conditional(self):
        test = self.binary(1)
        if self.current != '?':
            return test
        self.advance()
        self.conditionals += 1
        self.check_depth(self.conditionals, _PLURAL_MAX_CONDITIONALS)
        if_true = self.conditional()
        self.conditionals -= 1
        if self.current != ':':
            raise self.unexpected()
        self.advance()
        if_false = self.conditional()
        return '(%s if %s else %s)' % (if_true, test, if_false)

    def binary(self, level):
        left = self.unary()
        while self.current in _PRECEDENCE and _PRECEDENCE[self.current] >= level:
            op = self.current
            self.advance()
            right = self.binary(_PRECEDENCE[op] + 1)
            left = '(%s %s %s)' % (left, _OPERATOR_TEXT[op], right)
        return left

    def unary(self):
        negations = 0
        while self.current == '!':
            negations += 1
            self.advance()
        return 'not ' * negations + self.primary()

    def primary(self):
        token = self.current
        if token == 'n' or token.isdigit():
            self.advance()
            return token if token == 'n' else str(int(token))
        if token == '(':
            self.advance()
            self.parens += 1
            self.check_depth(self.parens, _PLURAL_MAX_PARENS)
            inner = self.conditional()
            self.parens -= 1
            if self.current != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.advance()
            return '(%s)' % inner
        raise self.unexpected()


def _plural_argument(n):
    if isinstance(n, int):
        return n
    if isinstance(n, float):
        import warnings
        warnings.warn('Plural value must be an integer, got float',
                      DeprecationWarning, stacklevel=3)
        return n
    raise TypeError('Plural value must be an integer, got %s' % type(n).__name__)


def c2py(plural):
    """Compile a C plural-form expression into a function of n."""
    if len(plural) > _PLURAL_MAX_LENGTH:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    source = parser.conditional()
    if parser.current != '':
        raise parser.unexpected()
    # CPython compiles the same text as line 5 of '<string>'; a '!' right after an
    # arithmetic or comparison operator is a SyntaxError reported there.
    code = compile('\n' * 4 + 'lambda n: int(%s)' % source, '<string>', 'eval')
    evaluate = eval(code, {'__builtins__': {'int': int}})

    def func(n):
        return evaluate(_plural_argument(n))
    return func


def _english_plural(n):
    return int(n != 1)


# --- Translation classes -----------------------------------------------------------

class NullTranslations:

    def __init__(self, fp=None):
        # The "protected" attributes subclasses fill in from their _parse().
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        # Subclasses read their catalogue format here.
        pass

    def _ask_fallback(self, method, args, otherwise):
        nxt = self._fallback
        return getattr(nxt, method)(*args) if nxt else otherwise

    def add_fallback(self, fallback):
        # The new fallback goes to the end of the chain.
        last = self._fallback
        if not last:
            self._fallback = fallback
        else:
            last.add_fallback(fallback)

    def gettext(self, message):
        return self._ask_fallback('gettext', (message,), message)

    def ngettext(self, msgid1, msgid2, n):
        return self._ask_fallback('ngettext', (msgid1, msgid2, n),
                                  msgid1 if n == 1 else msgid2)

    def pgettext(self, context, message):
        return self._ask_fallback('pgettext', (context, message), message)

    def npgettext(self, context, msgid1, msgid2, n):
        return self._ask_fallback('npgettext', (context, msgid1, msgid2, n),
                                  msgid1 if n == 1 else msgid2)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names:
            for name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        import struct
        data = fp.read()
        source = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = _english_plural
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', source)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number %d' % (version >> 16), source)
        size = len(data)
        for i in range(count):
            key_length, key_start = struct.unpack_from(order + '2I', data, originals + 8 * i)
            text_length, text_start = struct.unpack_from(order + '2I', data,
                                                         translations + 8 * i)
            key_end = key_start + key_length
            text_end = text_start + text_length
            if key_end >= size or text_end >= size:
                raise OSError(0, 'File is corrupt', source)
            key = data[key_start:key_end]
            text = data[text_start:text_end]
            if key_length == 0:
                self._read_header(text)
            charset = self._charset or 'ascii'
            if b'\0' in key:
                # A plural entry: msgid, msgid_plural -> one translation per form.
                singular = key.split(b'\0')[0].decode(charset)
                for form, translated in enumerate(text.split(b'\0')):
                    catalog[(singular, form)] = translated.decode(charset)
            else:
                catalog[key.decode(charset)] = text.decode(charset)

    def _read_header(self, text):
        # "Key: value" lines; a line without a colon continues the previous value.
        previous = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            if ':' not in line:
                if previous is not None:
                    self._info[previous] += '\n' + line
                continue
            key, value = line.split(':', 1)
            previous = key = key.strip().lower()
            self._info[key] = value = value.strip()
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _lookup(self, key):
        """The translation stored for key, else for its singular plural form."""
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        return NullTranslations.gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.ngettext(self, msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        return NullTranslations.pgettext(self, context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.npgettext(self, context, msgid1, msgid2, n)


# --- Finding catalogues -------------------------------------------------------------

def _language_variants(language):
    """A language name and its less specific forms, most specific first."""
    import locale
    name = locale.normalize(language)
    name, at, modifier = name.partition('@')
    name, dot, codeset = name.partition('.')
    name, underscore, territory = name.partition('_')
    # Bit 4: modifier, 2: territory, 1: codeset -- counting down drops the least
    # important parts first, as GNU gettext does.
    parts = ((4, at + modifier), (2, underscore + territory), (1, dot + codeset))
    present = sum(bit for bit, text in parts if text)
    variants = []
    for mask in range(7, -1, -1):
        if mask & ~present:
            continue
        variants.append(name + (underscore + territory if mask & 2 else '')
                        + (dot + codeset if mask & 1 else '')
                        + (at + modifier if mask & 4 else ''))
    return variants


def _environment_languages():
    # GNU gettext's order of precedence; LANGUAGE may list several, colon-separated.
    for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(var)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = _environment_languages()
    if 'C' not in languages:
        languages = list(languages) + ['C']
    candidates = []
    for language in languages:
        for variant in _language_variants(language):
            if variant not in candidates:
                candidates.append(variant)
    found = []
    for candidate in candidates:
        if candidate == 'C':
            break
        path = os.path.join(localedir, candidate, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# Parsed catalogues by (class, absolute path); translation() hands out copies.
_loaded_catalogs = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    import copy
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        loaded = _loaded_catalogs.get(key)
        if loaded is None:
            with open(path, 'rb') as fp:
                loaded = _loaded_catalogs.setdefault(key, class_(fp))
        loaded = copy.copy(loaded)
        if result is None:
            result = loaded
        else:
            result.add_fallback(loaded)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# --- The global domain API ---------------------------------------------------------

_bound_dirs = {}
_domain_state = {'current': 'messages'}


def textdomain(domain=None):
    if domain is not None:
        _domain_state['current'] = domain
    return _domain_state['current']


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _bound_dirs[domain] = localedir
    return _bound_dirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _bound_dirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    found = _domain_translation(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    found = _domain_translation(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    found = _domain_translation(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    found = _domain_translation(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_domain_state['current'], message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_domain_state['current'], msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_domain_state['current'], context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_domain_state['current'], context, msgid1, msgid2, n)


Catalog = translation
