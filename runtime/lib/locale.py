"""locale: the C/POSIX locale only.

Written for Spry from the documented behaviour of CPython 3.11's locale
module as it behaves under the C and C.UTF-8 locales: setlocale accepts
and reports only those, localeconv() is the C locale's, the preferred
encoding is UTF-8. Other locales raise locale.Error.
"""

import operator as _operator
import os
import re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in the order it lists them in a composite LC_ALL name.
_CATEGORY_NAMES = {0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
                   4: 'LC_MONETARY', 5: 'LC_MESSAGES', 7: 'LC_PAPER', 8: 'LC_NAME',
                   9: 'LC_ADDRESS', 10: 'LC_TELEPHONE', 11: 'LC_MEASUREMENT',
                   12: 'LC_IDENTIFICATION'}


def _supported(name):
    # The locale names this module can switch to; POSIX is reported as C.
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.') and name[2:].lower().replace('-', '') == 'utf8':
        return name
    return None


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _startup_state():
    # Like CPython, only LC_CTYPE follows the environment at start-up.
    state = dict.fromkeys(_CATEGORY_NAMES, 'C')
    state[LC_CTYPE] = _supported(_from_environment(LC_CTYPE)) or 'C'
    return state


_current = _startup_state()


def _query(category):
    if category == LC_ALL:
        values = [_current[c] for c in _CATEGORY_NAMES]
        if all(v == values[0] for v in values):
            return values[0]
        return ';'.join('%s=%s' % (_CATEGORY_NAMES[c], _current[c])
                        for c in _CATEGORY_NAMES)
    return _current[category]


def setlocale(category, locale=None):
    """Set the locale for the given category (None queries it)."""
    category = _operator.index(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('locale query failed' if locale is None
                    else 'unsupported locale setting')
    if locale is None:
        return _query(category)
    categories = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    chosen = {}
    for c in categories:
        name = locale or _from_environment(c)
        accepted = _supported(name)
        if accepted is None:
            raise Error('unsupported locale setting')
        chosen[c] = accepted
    _current.update(chosen)
    return _query(category)


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings according to the locale (code points in C)."""
    return (a > b) - (a < b)


def strxfrm(s):
    """Return a string that compares like s does under strcoll."""
    return s


def getencoding():
    """The locale encoding: always UTF-8 here."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    return 'UTF-8'


# A few entries of the alias table locale names are normalized with.
_ALIASES = {
    'c': 'C',
    'posix': 'C',
    'c.ascii': 'C',
    'c.en': 'C',
    'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1',
    'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1',
    'utf8': 'UTF-8',
}

_ENCODINGS = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1',
              'ascii': 'ANSI_X3.4-1968'}


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lookup = langname
    if encoding:
        norm_encoding = encoding.replace('-', '').replace('_', '')
        lookup = lookup + '.' + norm_encoding
        if lookup in _ALIASES:
            return _ALIASES[lookup]
        base = _ALIASES.get(langname)
        if base is not None:
            if '.' in base:
                base = base.split('.')[0]
            if base == 'C':
                return localename
            return base + '.' + _ENCODINGS.get(norm_encoding, encoding.upper())
        return localename
    if lookup in _ALIASES:
        result = _ALIASES[lookup]
        return result + '@' + modifier if modifier else result
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns them as
    tuple (language code, encoding)."""
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as
    tuple (language code, encoding)."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    setlocale(category, _build_localename(getdefaultlocale()))


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    # The C locale has no grouping and '.' as the decimal point, so the
    # result is the plain %-formatting.
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return string


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))
