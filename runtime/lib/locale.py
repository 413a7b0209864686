"""Locale services for Spry, which runs in the C locale and its UTF-8 variant only.

Written for Spry from the documented behaviour of CPython 3.11's locale module: the
category names and numbers are glibc's, setlocale() accepts the locales every glibc
system has (C, POSIX, C.UTF-8), and the conventions are the C locale's.
"""
import os
import sys
from operator import index as _as_category

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi',
           'format', 'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE',
           'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX',
           'getencoding']

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's category names by number; number 6 is LC_ALL, 7-12 have no Python constant.
_CATEGORIES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
               'LC_MESSAGES', 'LC_ALL', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS',
               'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION')


class Error(Exception):
    pass


def _utf8_locale(name):
    """True for C.UTF-8 spelled any way glibc accepts (C.utf8, C.UTF8, C.utf-8@mod)."""
    if not name.startswith('C.'):
        return False
    codeset = name[2:].partition('@')[0]
    return ''.join(ch for ch in codeset.lower() if ch.isalnum()) == 'utf8'


def _installed(name):
    """The name setlocale() reports for an installed locale, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if _utf8_locale(name):
        return name
    return None


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORIES[category], 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _startup_ctype():
    # Python sets LC_CTYPE from the environment at startup and coerces a plain C
    # locale, or one that is not installed, to C.UTF-8 unless LC_ALL forces it.
    wanted = _from_environment(LC_CTYPE)
    found = _installed(wanted)
    if found is None or (found == 'C' and not os.environ.get('LC_ALL')):
        return 'C.UTF-8'
    return found


_settings = ['C'] * len(_CATEGORIES)
_settings[LC_CTYPE] = _startup_ctype()


def _locale_name(spec):
    """setlocale()'s locale argument as a string: a (language, encoding) pair is joined."""
    if isinstance(spec, _builtin_str):
        return spec
    try:
        language, encoding = spec
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None
    if language is None:
        return 'C'
    if encoding is None:
        return normalize(language)
    return normalize(language + '.' + encoding)


def _report(category):
    if category != LC_ALL:
        return _settings[category]
    others = [(n, _settings[i]) for i, n in enumerate(_CATEGORIES) if i != LC_ALL]
    if len({value for _, value in others}) == 1:
        return others[0][1]
    return ';'.join('%s=%s' % pair for pair in others)


def setlocale(category, locale=None):
    category = _as_category(category)
    if locale is not None:
        locale = _locale_name(locale)
    if not 0 <= category < len(_CATEGORIES):
        raise Error('locale query failed' if locale is None else
                    'unsupported locale setting')
    if locale is None:
        return _report(category)
    targets = range(len(_CATEGORIES)) if category == LC_ALL else (category,)
    chosen = {}
    for target in targets:
        if target == LC_ALL:
            continue
        found = _installed(_from_environment(target) if locale == '' else locale)
        if found is None:
            raise Error('unsupported locale setting')
        chosen[target] = found
    for target, name in chosen.items():
        _settings[target] = name
    return _report(category)


def _split_locale(name):
    """(language, encoding) of a locale name, after normalizing it."""
    code = normalize(name)
    code, at, modifier = code.partition('@')
    if at and modifier == 'euro' and '.' not in code:
        return code, 'iso-8859-15'
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % name)


def getlocale(category=LC_CTYPE):
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        # Categories set differently have no single (language, encoding).
        raise TypeError('category LC_ALL is not supported')
    return _split_locale(name)


def _environment_locale(envvars):
    for var in envvars:
        value = os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            return _split_locale(value)
    return _split_locale('C')


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    return _environment_locale(envvars)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, _environment_locale(('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')))


def getencoding():
    return 'UTF-8' if _utf8_locale(_settings[LC_CTYPE]) else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    # The user's preference is the environment's LC_CTYPE, looked at without keeping it.
    saved = _settings[LC_CTYPE]
    try:
        setlocale(LC_CTYPE, '')
    except Error:
        pass
    try:
        return getencoding()
    finally:
        _settings[LC_CTYPE] = saved


def localeconv():
    # Both supported locales share the C conventions.
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def _checked_text(value, what):
    if not isinstance(value, _builtin_str):
        raise TypeError('%s must be str, not %s' % (what, type(value).__name__))
    if '\0' in value:
        raise ValueError('embedded null character')
    return value


def strcoll(os1, os2, /):
    # The C locale collates by code point.
    a = _checked_text(os1, 'strcoll() argument 1')
    b = _checked_text(os2, 'strcoll() argument 2')
    return (a > b) - (a < b)


def strxfrm(string, /):
    return _checked_text(string, 'strxfrm() argument')


# nl_langinfo() keys (glibc's numbers) and their answers in the C locale.
_LANGINFO = {
    'CODESET': (0xe, None), 'RADIXCHAR': (0x10000, '.'), 'THOUSEP': (0x10001, ''),
    'AM_STR': (0x20026, 'AM'), 'PM_STR': (0x20027, 'PM'),
    'D_T_FMT': (0x20028, '%a %b %e %H:%M:%S %Y'), 'D_FMT': (0x20029, '%m/%d/%y'),
    'T_FMT': (0x2002a, '%H:%M:%S'), 'T_FMT_AMPM': (0x2002b, '%I:%M:%S %p'),
    'ERA': (0x2002c, ''), 'ERA_D_FMT': (0x2002e, ''), 'ALT_DIGITS': (0x2002f, ''),
    'ERA_D_T_FMT': (0x20030, ''), 'ERA_T_FMT': (0x20031, ''),
    'CRNCYSTR': (0x4000f, '-'), 'YESEXPR': (0x50000, '^[yY]'),
    'NOEXPR': (0x50001, '^[nN]'),
}
_WEEKDAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
for _i, _day in enumerate(_WEEKDAYS):
    _LANGINFO['ABDAY_%d' % (_i + 1)] = (0x20000 + _i, _day[:3])
    _LANGINFO['DAY_%d' % (_i + 1)] = (0x20007 + _i, _day)
for _i, _month in enumerate(_MONTHS):
    _LANGINFO['ABMON_%d' % (_i + 1)] = (0x2000e + _i, _month[:3])
    _LANGINFO['MON_%d' % (_i + 1)] = (0x2001a + _i, _month)
globals().update({_name: _key for _name, (_key, _) in _LANGINFO.items()})
_LANGINFO_BY_KEY = {_key: _answer for _key, _answer in _LANGINFO.values()}
del _i, _day, _month


def nl_langinfo(key, /):
    key = _as_category(key)
    if key not in _LANGINFO_BY_KEY:
        raise ValueError('unsupported langinfo constant')
    answer = _LANGINFO_BY_KEY[key]
    return getencoding() if answer is None else answer


# The C library's message catalogue calls: the C locale has no translations, but the
# domain bindings are remembered.
_text_domains = {'current': 'messages', 'dirs': {}, 'codesets': {}}


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    if domain is not None:
        _text_domains['current'] = domain
    return _text_domains['current']


def bindtextdomain(domain, dir, /):
    if dir is not None:
        _text_domains['dirs'][domain] = dir
    return _text_domains['dirs'].get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset, /):
    if codeset is not None:
        _text_domains['codesets'][domain] = codeset
    return _text_domains['codesets'].get(domain)


# One %-conversion: optional (key), flags, width, precision, length, conversion.
_CONVERSION = None


def _conversion_pattern():
    global _CONVERSION
    if _CONVERSION is None:
        import re
        _CONVERSION = re.compile(r'%(?:\((?P<key>[^)]*)\))?[-#0 +]*(?P<width>\*|\d+)?'
                                 r'(?:\.(?P<prec>\*|\d+))?[hlL]?(?P<conv>[a-zA-Z%])')
    return _CONVERSION


def _format_piece(spec, args, monetary):
    text = spec % args
    if spec[-1] in 'eEfFgG':
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        text = text.replace('.', point)
    return text


def format_string(f, val, grouping=False, monetary=False):
    # The C locale groups no digits, so `grouping` changes nothing here.
    pieces = []
    mapping = val if hasattr(val, 'keys') and not isinstance(val, tuple) else None
    values = list(val) if isinstance(val, tuple) else [val]
    position = 0
    for match in _conversion_pattern().finditer(f):
        pieces.append(f[position:match.start()])
        position = match.end()
        spec = match.group()
        if match.group('conv') == '%':
            pieces.append('%')
            continue
        if mapping is not None and match.group('key') is not None:
            pieces.append(_format_piece(spec, mapping, monetary))
            continue
        wanted = 1 + (match.group('width') == '*') + (match.group('prec') == '*')
        taken, values = values[:wanted], values[wanted:]
        if len(taken) < wanted:
            raise TypeError('not enough arguments for format string')
        pieces.append(_format_piece(spec, tuple(taken), monetary))
    if values and mapping is None:
        raise TypeError('not all arguments converted during string formatting')
    pieces.append(f[position:])
    return ''.join(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    match = _conversion_pattern().fullmatch(percent)
    if match is None or match.group('conv') == '%':
        raise ValueError('format() must be given exactly one %%char format specifier, '
                         '%s not valid' % repr(percent))
    args = (value,) + additional if additional else value
    return format_string(percent, args, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    conventions = localeconv()
    digits = conventions['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    raise Error('unsupported locale setting')  # only C-like locales can be set


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    conventions = localeconv()
    if conventions['thousands_sep']:
        string = string.replace(conventions['thousands_sep'], '')
    return string.replace(conventions['decimal_point'], '.')


def localize(string, grouping=False, monetary=False):
    point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
    return string.replace('.', point)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def _canonical_encoding(encoding):
    key = encoding.replace('-', '').replace('_', '')
    return _tables()[1].get(key, encoding)


def _with_encoding(name, encoding):
    """name (lang_TERR[.ENC][@mod]) with its encoding replaced."""
    base, at, modifier = name.partition('@')
    return base.partition('.')[0] + '.' + encoding + at + modifier


def _with_modifier(name, modifier):
    # "@euro" asks for a euro-capable charset: Latin-1 becomes Latin-9, and the
    # modifier is redundant once the charset has the euro sign.
    if modifier == 'euro':
        if '.' not in name:
            return name + '.ISO8859-15'
        encoding = name.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return name
        if encoding == 'ISO8859-1':
            return _with_encoding(name, 'ISO8859-15')
    return name + '@' + modifier


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    aliases = _tables()[0]
    base, at, modifier = code.partition('@')
    # Only the part up to a second dot counts as the encoding.
    language, dot, encoding = base.partition('.')
    encoding = encoding.partition('.')[0]
    without_modifier = language
    if encoding:
        without_modifier += '.' + encoding.replace('-', '').replace('_', '')
    if at:
        found = aliases.get(without_modifier + '@' + modifier)
    else:
        found = aliases.get(without_modifier)
    if found is not None:
        return found
    if at:
        found = aliases.get(without_modifier)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.partition('@')[2].lower() == modifier:
                return found
    if encoding:
        wanted = _canonical_encoding(encoding)
        found = aliases.get(language + at + modifier)
        if found is not None:
            return _with_encoding(found, wanted)
        if at:
            found = aliases.get(language)
            if found is not None:
                if '@' not in found:
                    return _with_modifier(_with_encoding(found, wanted), modifier)
                if found.partition('@')[2].lower() == modifier:
                    return _with_encoding(found, wanted)
    return localename


_parsed_tables = []


def _tables():
    """(locale aliases, encoding spellings) as dicts, parsed on first use."""
    if not _parsed_tables:
        for table in (_ALIAS_TABLE, _ENCODING_TABLE):
            parsed = {}
            answer = None
            for line in table.split('\n'):
                words = line.split()
                if not words:
                    continue
                if not line.startswith(' '):
                    answer = words.pop(0)
                for word in words:
                    parsed[word] = answer
            _parsed_tables.append(parsed)
    return _parsed_tables


# Locale names and the locale normalize() answers for them, one answer per line
# followed by the (lower-case) names that give it; indented lines continue a list.
# Generated from CPython 3.11's observed normalize() answers.
_ALIAS_TABLE = """
C c c.ascii c.en c_c c_c.c english_united-states.437 posix posix-utf2
aa_DJ.ISO8859-1 aa_dj
aa_ER.UTF-8 aa_er
aa_ET.UTF-8 aa_et
af_ZA.ISO8859-1 af af_za
agr_PE.UTF-8 agr_pe
ak_GH.UTF-8 ak_gh
am_ET.UTF-8 am am_et
an_ES.ISO8859-15 an_es
anp_IN.UTF-8 anp_in
ar_AA.ISO8859-6 ar ar_aa arabic
ar_AE.ISO8859-6 ar_ae
ar_BH.ISO8859-6 ar_bh
ar_DZ.ISO8859-6 ar_dz
ar_EG.ISO8859-6 ar_eg
ar_IN.UTF-8 ar_in
ar_IQ.ISO8859-6 ar_iq
ar_JO.ISO8859-6 ar_jo
ar_KW.ISO8859-6 ar_kw
ar_LB.ISO8859-6 ar_lb
ar_LY.ISO8859-6 ar_ly
ar_MA.ISO8859-6 ar_ma
ar_OM.ISO8859-6 ar_om
ar_QA.ISO8859-6 ar_qa
ar_SA.ISO8859-6 ar_sa
ar_SD.ISO8859-6 ar_sd
ar_SS.UTF-8 ar_ss
ar_SY.ISO8859-6 ar_sy
ar_TN.ISO8859-6 ar_tn
ar_YE.ISO8859-6 ar_ye
as_IN.UTF-8 as as_in
ast_ES.ISO8859-15 ast_es
ayc_PE.UTF-8 ayc_pe
az_AZ.ISO8859-9E az az_az az_az.iso88599e
az_AZ.KOI8-C a3 a3_az a3_az.koic
az_IR.UTF-8 az_ir
be_BY.CP1251 be be_by
be_BY.UTF-8@latin be@latin be_by@latin
bem_ZM.UTF-8 bem_zm
ber_DZ.UTF-8 ber_dz
ber_MA.UTF-8 ber_ma
bg_BG.CP1251 bg bg_bg bulgarian
bg_BG.UTF-8 be_bg.utf8
bhb_IN.UTF-8 bhb_in.utf8
bho_IN.UTF-8 bho_in
bho_NP.UTF-8 bho_np
bi_VU.UTF-8 bi_vu
bn_BD.UTF-8 bn_bd
bn_IN.UTF-8 bn_in
bo_CN.UTF-8 bo_cn
bo_IN.UTF-8 bo_in
br_FR.ISO8859-1 br br_fr
brx_IN.UTF-8 brx_in
bs_BA.ISO8859-2 bs bs_ba
byn_ER.UTF-8 byn_er
ca_AD.ISO8859-1 ca_ad
ca_ES.ISO8859-1 ca ca_es catalan
ca_ES.UTF-8@valencia ca_es@valencia
ca_FR.ISO8859-1 ca_fr
ca_IT.ISO8859-1 ca_it
ce_RU.UTF-8 ce_ru
chr_US.UTF-8 chr_us
ckb_IQ.UTF-8 ckb_iq
cmn_TW.UTF-8 cmn_tw
crh_UA.UTF-8 crh_ua
cs_CZ.ISO8859-2 cs cs_cs cs_cz cz cz_cz czech
csb_PL.UTF-8 csb_pl
cv_RU.UTF-8 cv_ru
cy_GB.ISO8859-1 cy cy_gb
da_DK.ISO8859-1 da da_dk danish dansk
de_AT.ISO8859-1 de_at
de_BE.ISO8859-1 de_be
de_CH.ISO8859-1 de_ch german.iso88591
de_DE.ISO8859-1 de de_de deutsch ger_de german german_germany
de_IT.ISO8859-1 de_it
de_LI.UTF-8 de_li.utf8
de_LU.ISO8859-1 de_lu
doi_IN.UTF-8 doi_in
dv_MV.UTF-8 dv_mv
dz_BT.UTF-8 dz_bt
ee_EE.ISO8859-4 ee ee_ee
el_CY.ISO8859-7 el_cy
el_GR.ISO8859-15 el_gr@euro
el_GR.ISO8859-7 el el_gr greek
en_AG.UTF-8 en_ag
en_AU.ISO8859-1 en_au
en_BE.ISO8859-1 en_be
en_BW.ISO8859-1 en_bw
en_CA.ISO8859-1 en_ca
en_DK.ISO8859-1 en_dk
en_DL.UTF-8 en_dl.utf8
en_EN.ISO8859-1 english
en_GB.ISO8859-1 en_gb en_uk eng_gb english_uk
en_HK.ISO8859-1 en_hk
en_IE.ISO8859-1 en_ie
en_IL.UTF-8 en_il
en_IN.ISO8859-1 en_in
en_NG.UTF-8 en_ng
en_NZ.ISO8859-1 en_nz
en_PH.ISO8859-1 en_ph
en_SC.UTF-8 en_sc.utf8
en_SG.ISO8859-1 en_sg
en_US.ISO8859-1 american c.iso88591 cextend en en_us english.iso88591
    english_united-states english_us iso-8859-1 iso8859-1 iso_8859_1
en_US.ISO8859-15 en_us@euro@euro iso-8859-15 iso8859-15 iso_8859_15
en_US.UTF-8 c.utf8 universal.utf8@ucs4
en_US.utf univ universal
en_ZA.ISO8859-1 en_za
en_ZM.UTF-8 en_zm
en_ZS.UTF-8 en_zw.utf8
en_ZW.ISO8859-1 en_zw
eo.UTF-8 eo.utf8
eo_EO.ISO8859-3 eo_eo
eo_US.UTF-8 eo_us.utf8
eo_XX.ISO8859-3 eo eo_xx
es_AR.ISO8859-1 es_ar
es_BO.ISO8859-1 es_bo
es_CL.ISO8859-1 es_cl
es_CO.ISO8859-1 es_co
es_CR.ISO8859-1 es_cr
es_CU.UTF-8 es_cu
es_DO.ISO8859-1 es_do
es_EC.ISO8859-1 es_ec
es_ES.ISO8859-1 es es_es spanish spanish_spain
es_GT.ISO8859-1 es_gt
es_HN.ISO8859-1 es_hn
es_MX.ISO8859-1 es_mx
es_NI.ISO8859-1 es_ni
es_PA.ISO8859-1 es_pa
es_PE.ISO8859-1 es_pe
es_PR.ISO8859-1 es_pr
es_PY.ISO8859-1 es_py
es_SV.ISO8859-1 es_sv
es_US.ISO8859-1 es_us
es_UY.ISO8859-1 es_uy
es_VE.ISO8859-1 es_ve
et_EE.ISO8859-1 eesti estonian
et_EE.ISO8859-15 et et_ee
eu_ES.ISO8859-1 eu eu_es
eu_FR.ISO8859-1 eu_fr
fa_IR.ISIRI-3342 fa_ir.isiri3342
fa_IR.UTF-8 fa fa_ir
ff_SN.UTF-8 ff_sn
fi_FI.ISO8859-1 finnish
fi_FI.ISO8859-15 fi fi_fi
fil_PH.UTF-8 fil_ph
fo_FO.ISO8859-1 fo fo_fo
fr_BE.ISO8859-1 fr_be
fr_CA.ISO8859-1 c-french fr_ca
fr_CH.ISO8859-1 fr_ch french.iso88591
fr_FR.ISO8859-1 fr fr_fr français fre_fr french french_france
fr_LU.ISO8859-1 fr_lu
fur_IT.UTF-8 fur_it
fy_DE.UTF-8 fy_de
fy_NL.UTF-8 fy_nl
ga_IE.ISO8859-1 ga ga_ie
gd_GB.ISO8859-1 gd gd_gb
gez_ER.UTF-8 gez_er
gez_ET.UTF-8 gez_et
gl_ES.ISO8859-1 galego galician gl gl_es
gu_IN.UTF-8 gu_in
gv_GB.ISO8859-1 gv gv_gb
ha_NG.UTF-8 ha_ng
hak_TW.UTF-8 hak_tw
he_IL.ISO8859-8 he he_il hebrew iw iw_il
hi_IN.ISCII-DEV hi hi_in hi_in.isciidev
hif_FJ.UTF-8 hif_fj
hne_IN.UTF-8 hne hne_in
hr_HR.ISO8859-2 croatian hr hr_hr hrvatski sh_hr.iso88592
hsb_DE.ISO8859-2 hsb_de
ht_HT.UTF-8 ht_ht
hu_HU.ISO8859-2 hu hu_hu hungarian
hy_AM.ARMSCII_8 hy_am.armscii8
hy_AM.UTF-8 hy_am
ia.UTF-8 ia
ia_FR.UTF-8 ia_fr
id_ID.ISO8859-1 id id_id in in_id
ig_NG.UTF-8 ig_ng
ik_CA.UTF-8 ik_ca
is_IS.ISO8859-1 icelandic is is_is
it_CH.ISO8859-1 it_ch
it_IT.ISO8859-1 it it_it italian
iu_CA.NUNACOM-8 iu iu_ca iu_ca.nunacom8
iw_IL.UTF-8 iw_il.utf8
ja_JP.SJIS ja_jp.mscode ja_jp.pck
ja_JP.eucJP ja ja_jp ja_jp.euc japan japanese japanese-euc japanese.euc jp_jp
ka_GE.GEORGIAN-ACADEMY ka ka_ge ka_ge.georgianacademy ka_ge.georgianrs
ka_GE.GEORGIAN-PS ka_ge.georgianps
kab_DZ.UTF-8 kab_dz
kk_KZ.ptcp154 kk_kz
kl_GL.ISO8859-1 kl kl_gl
km_KH.UTF-8 km_kh
kn_IN.UTF-8 kn kn_in
ko_KR.eucKR ko ko_kr ko_kr.euc korean korean.euc
kok_IN.UTF-8 kok_in
ks_IN.UTF-8 ks ks_in
ks_IN.UTF-8@devanagari ks_in@devanagari.utf8
ku_TR.ISO8859-9 ku_tr
kw_GB.ISO8859-1 kw kw_gb
ky_KG.UTF-8 ky ky_kg
lb_LU.UTF-8 lb_lu
lg_UG.ISO8859-10 lg_ug
li_BE.UTF-8 li_be
li_NL.UTF-8 li_nl
lij_IT.UTF-8 lij_it
ln_CD.UTF-8 ln_cd
lo_LA.IBM-CP1133 lo_la.cp1133 lo_la.ibmcp1133
lo_LA.MULELAO-1 lo lo_la lo_la.mulelao1
lt_LT.ISO8859-13 lithuanian lt lt_lt
lv_LV.ISO8859-13 lv lv_lv
lzh_TW.UTF-8 lzh_tw
mag_IN.UTF-8 mag_in
mai_IN.UTF-8 mai mai_in
mai_NP.UTF-8 mai_np
mfe_MU.UTF-8 mfe_mu
mg_MG.ISO8859-15 mg_mg
mhr_RU.UTF-8 mhr_ru
mi_NZ.ISO8859-1 mi mi_nz
miq_NI.UTF-8 miq_ni
mjw_IN.UTF-8 mjw_in
mk_MK.ISO8859-5 mk mk_mk
ml_IN.UTF-8 ml ml_in
mn_MN.UTF-8 mn_mn
mni_IN.UTF-8 mni_in
mr_IN.UTF-8 mr mr_in
ms_MY.ISO8859-1 ms ms_my
mt_MT.ISO8859-3 mt mt_mt
my_MM.UTF-8 my_mm
nan_TW.UTF-8 nan_tw
nb_NO.ISO8859-1 bokmal bokmål nb nb_no
nds_DE.UTF-8 nds_de
nds_NL.UTF-8 nds_nl
ne_NP.UTF-8 ne_np
nhn_MX.UTF-8 nhn_mx
niu_NU.UTF-8 niu_nu
niu_NZ.UTF-8 niu_nz
nl_AW.UTF-8 nl_aw
nl_BE.ISO8859-1 dutch.iso88591 nl_be
nl_NL.ISO8859-1 dutch nl nl_nl
nn_NO.ISO8859-1 nn nn_no nynorsk
no_NO.ISO8859-1 no no_no no_no.iso88591@bokmal no_no.iso88591@nynorsk norwegian
nr_ZA.ISO8859-1 nr nr_za
nso_ZA.ISO8859-15 nso nso_za
ny_NO.ISO8859-1 no@nynorsk ny ny_no
oc_FR.ISO8859-1 oc oc_fr
om_ET.UTF-8 om_et
om_KE.ISO8859-1 om_ke
or_IN.UTF-8 or or_in
os_RU.UTF-8 os_ru
pa_IN.UTF-8 pa pa_in
pa_PK.UTF-8 pa_pk
pap_AN.UTF-8 pap_an
pap_AW.UTF-8 pap_aw
pap_CW.UTF-8 pap_cw
pd_DE.ISO8859-1 pd_de
pd_US.ISO8859-1 pd pd_us
ph_PH.ISO8859-1 ph ph_ph
pl_PL.ISO8859-2 pl pl_pl polish
pp_AN.ISO8859-1 pp pp_an
ps_AF.UTF-8 ps_af
pt_BR.ISO8859-1 portuguese_brazil pt_br
pt_PT.ISO8859-1 portuguese pt pt_pt
quz_PE.UTF-8 quz_pe
raj_IN.UTF-8 raj_in
ro_RO.ISO8859-2 ro ro_ro romanian rumanian
ru_RU.KOI8-R russian
ru_RU.UTF-8 ru ru_ru
ru_UA.KOI8-U ru_ua
rw_RW.ISO8859-1 rw rw_rw
sa_IN.UTF-8 sa_in
sat_IN.UTF-8 sat_in
sc_IT.UTF-8 sc_it
sd_IN.UTF-8 sd sd_in
sd_IN.UTF-8@devanagari sd_in@devanagari.utf8
sd_PK.UTF-8 sd_pk
se_NO.UTF-8 se_no
sgs_LT.UTF-8 sgs_lt
sh_HR.ISO8859-2 sh_hr
shn_MM.UTF-8 shn_mm
shs_CA.UTF-8 shs_ca
si_LK.UTF-8 si si_lk sinhala
sid_ET.UTF-8 sid_et
sk_SK.ISO8859-2 sk sk_sk slovak
sl_CS.ISO8859-2 sl_cs
sl_SI.ISO8859-2 sl sl_si slovene slovenian
sm_WS.UTF-8 sm_ws
so_DJ.ISO8859-1 so_dj
so_ET.UTF-8 so_et
so_KE.ISO8859-1 so_ke
so_SO.ISO8859-1 so_so
sq_AL.ISO8859-2 sq sq_al
sq_MK.UTF-8 sq_mk
sr_CS.CP1251 sr_yu.cp1251@cyrillic sr_yu.microsoftcp1251@cyrillic
sr_CS.ISO8859-2 sh_ba.iso88592@bosnia sh_sp sr_cs.iso88592@latn sr_sp sr_yu.iso88592
sr_CS.ISO8859-5 sp sp_yu sr_yu.iso88595 sr_yu.iso88595@cyrillic
sr_CS.UTF-8 sr_cs
sr_CS.UTF-8@latin sr@latn sr_cs@latn
sr_ME.UTF-8 sr_me
sr_RS.UTF-8 sr sr@cyrillic sr_rs sr_yu.utf8 sr_yu.utf8@cyrillic sr_yu@cyrillic
sr_RS.UTF-8@latin serbocroatian sh sh_yu sr_rs@latn sr_yu
ss_ZA.ISO8859-1 ss ss_za
st_ZA.ISO8859-1 st st_za
sv_FI.ISO8859-1 sv_fi
sv_SE.ISO8859-1 sv sv_se swedish
sw_KE.UTF-8 sw_ke
sw_TZ.UTF-8 sw_tz
szl_PL.UTF-8 szl_pl
ta_IN.TSCII-0 ta ta_in ta_in.tscii ta_in.tscii0
ta_LK.UTF-8 ta_lk
tcy_IN.UTF-8 tcy_in.utf8
te_IN.UTF-8 te te_in
tg_TJ.KOI8-C tg tg_tj
th_TH.ISO8859-11 th th_th thai
th_TH.TIS620 th_th.tactis th_th.tis620
the_NP.UTF-8 the_np
ti_ER.UTF-8 ti_er
ti_ET.UTF-8 ti_et
tig_ER.UTF-8 tig_er
tk_TM.UTF-8 tk_tm
tl_PH.ISO8859-1 tl tl_ph
tn_ZA.ISO8859-15 tn tn_za
to_TO.UTF-8 to_to
tpi_PG.UTF-8 tpi_pg
tr_CY.ISO8859-9 tr_cy
tr_TR.ISO8859-9 tr tr_tr turkish
ts_ZA.ISO8859-1 ts ts_za
tt_RU.TATAR-CYR tt tt_ru tt_ru.tatarcyr
tt_RU.UTF-8@iqtelif tt_ru@iqtelif
ug_CN.UTF-8 ug_cn
uk_UA.KOI8-U uk uk_ua
unm_US.UTF-8 unm_us
ur_IN.UTF-8 ur_in
ur_PK.CP1256 ur ur_pk
uz_UZ.UTF-8 uz uz_uz uz_uz@cyrillic
ve_ZA.UTF-8 ve ve_za
vi_VN.TCVN vi vi_vn vi_vn.tcvn vi_vn.tcvn5712
vi_VN.VISCII vi_vn.viscii vi_vn.viscii111
wa_BE.ISO8859-1 wa wa_be
wae_CH.UTF-8 wae_ch
wal_ET.UTF-8 wal_et
wo_SN.UTF-8 wo_sn
xh_ZA.ISO8859-1 xh xh_za
yi_US.CP1255 yi yi_us
yo_NG.UTF-8 yo_ng
yue_HK.UTF-8 yue_hk
yuw_PG.UTF-8 yuw_pg
zh_CN.eucCN chinese-s zh zh_cn.euc
zh_CN.gb2312 zh_cn
zh_HK.big5hkscs zh_hk zh_hk.big5hk
zh_SG.GB2312 zh_sg
zh_SG.GBK zh_sg.gbk
zh_TW.big5 zh_cn.big5 zh_tw
zh_TW.eucTW chinese-t zh_tw.euc zh_tw.euctw
zu_ZA.ISO8859-1 zu zu_za
"""

# Encoding spellings (lower case, without "-" and "_") and the spelling normalize()
# gives them, laid out the same way.
_ENCODING_TABLE = """
C c
CP1251 1251 cp1251 microsoftcp1251 windows1251
CP1255 1255 cp1255 microsoftcp1255 windows1255
CP1256 1256 cp1256 microsoftcp1256 windows1256
ISO8859-1 646 8859 88591 ansix341968 ascii cp367 cp819 csascii csisolatin1 en ibm367
    ibm819 iso646us iso8859 iso88591 iso885911987 isoir100 isoir6 l1 latin latin1
    us usascii
ISO8859-10 csisolatin6 iso885910 iso8859101992 isoir157 l6 latin6
ISO8859-11 iso885911 iso8859112001 thai
ISO8859-13 iso885913 l7 latin7
ISO8859-14 iso885914 iso8859141998 isoceltic isoir199 l8 latin8
ISO8859-15 885915 iso885915 l9 latin9
ISO8859-16 iso885916 iso8859162001 isoir226 l10 latin10
ISO8859-2 88592 csisolatin2 iso88592 iso885921987 isoir101 l2 latin2
ISO8859-3 csisolatin3 iso88593 iso885931988 isoir109 l3 latin3
ISO8859-4 csisolatin4 iso88594 iso885941988 isoir110 l4 latin4
ISO8859-5 88595 csisolatincyrillic cyrillic iso88595 iso885951988 isoir144
ISO8859-6 arabic asmo708 csisolatinarabic ecma114 iso88596 iso885961987 isoir127
ISO8859-7 csisolatingreek ecma118 elot928 greek greek8 iso88597 iso885971987 isoir126
ISO8859-8 csisolatinhebrew hebrew iso88598 iso885981988 isoir138
ISO8859-9 csisolatin5 iso88599 iso885991989 isoir148 l5 latin5
JIS7 csiso2022jp iso2022jp jis jis7
KOI8-C koi8c
KOI8-R cskoi8r koi8r
KOI8-T koi8t
KOI8-U koi8u
RK1048 kz1048 rk1048 strk10482002
SJIS csshiftjis shiftjis sjis xmacjapanese
TACTIS tactis
UTF-8 cp65001 u8 utf utf8 utf8ucs2 utf8ucs4
base64_codec base64
big5 big5tw csbig5 xmactradchinese
big5hkscs big5hkscs hkscs
bz2_codec bz2
cp037 037 csibm037 ebcdiccpca ebcdiccpnl ebcdiccpus ebcdiccpwt ibm037 ibm039
cp1026 1026 csibm1026 ibm1026
cp1125 1125 cp866u ibm1125 ruscii
cp1140 1140 ibm1140
cp1250 1250 windows1250
cp1252 1252 windows1252
cp1253 1253 windows1253
cp1254 1254 windows1254
cp1257 1257 windows1257
cp1258 1258 windows1258
cp273 273 csibm273 ibm273
cp424 424 csibm424 ebcdiccphe ibm424
cp437 437 cspc8codepage437 ibm437
cp500 500 csibm500 ebcdiccpbe ebcdiccpch ibm500
cp775 775 cspc775baltic ibm775
cp850 850 cspc850multilingual ibm850
cp852 852 cspcp852 ibm852
cp855 855 csibm855 ibm855
cp857 857 csibm857 ibm857
cp858 858 csibm858 ibm858
cp860 860 csibm860 ibm860
cp861 861 cpis csibm861 ibm861
cp862 862 cspc862latinhebrew ibm862
cp863 863 csibm863 ibm863
cp864 864 csibm864 ibm864
cp865 865 csibm865 ibm865
cp866 866 csibm866 ibm866
cp869 869 cpgr csibm869 ibm869
cp932 932 ms932 mskanji
cp949 949 ms949 uhc
cp950 950 ms950
cshproman8 cshproman8
eucJP ajec eucjp ujis
eucKR euckr korean ksc5601 ksc56011987 ksx1001 xmackorean
euc_jis_2004 eucjis2004 jisx0213
euc_jisx0213 eucjisx0213
gb18030 gb180302000
gb2312 chinese csiso58gb231280 euccn eucgb2312cn gb23121980 gb231280 isoir58
    xmacsimpchinese
gbk 936 cp936 ms936
hex_codec hex
hp_roman8 cp1051 ibm1051 r8 roman8
hz hzgb hzgb2312
iso2022_jp_1 iso2022jp1
iso2022_jp_2 iso2022jp2
iso2022_jp_2004 iso2022jp2004
iso2022_jp_3 iso2022jp3
iso2022_jp_ext iso2022jpext
iso2022_kr csiso2022kr iso2022kr
johab cp1361 ms1361
mac_cyrillic maccyrillic
mac_greek macgreek
mac_iceland maciceland
mac_latin2 maccenteuro maccentraleurope maclatin2
mac_roman macintosh macroman
mac_turkish macturkish
mbcs ansi dbcs
ptcp154 cp154 csptcp154 cyrillicasian pt154
quopri_codec quopri quotedprintable
rot_13 rot13
shift_jis_2004 shiftjis2004 sjis2004
shift_jisx0213 shiftjisx0213 sjisx0213
tis_620 isoir166 tis620 tis6200 tis62025290 tis62025291
utf_16 u16 utf16
utf_16_be unicodebigunmarked utf16be
utf_16_le unicodelittleunmarked utf16le
utf_32 u32 utf32
utf_32_be utf32be
utf_32_le utf32le
utf_7 u7 unicode11utf7 utf7
uu_codec uu
zlib_codec zip zlib
"""
