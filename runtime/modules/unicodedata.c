/* The unicodedata module: character properties, names (with aliases and named sequences)
 * and the normalization forms NFC/NFD/NFKC/NFKD, over tables that tools/gen_unicode.py
 * builds from Debian's Unicode data restricted to Unicode 14.0.0 (CPython 3.11's). The
 * per-character basics (category, numeric values) and the names come from unicode_db.h. */
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "objects/unicode_db.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct UcdRecord {
    uint8_t bidi;          /* index into ucd_bidi_names ("" for unassigned) */
    uint8_t combining;     /* canonical combining class */
    uint8_t width;         /* index into ucd_width_names */
    uint8_t mirrored;
    uint32_t decomp;       /* offset into ucd_decomp: (tag << 8 | n) then n code points; 0: none */
} UcdRecord;

#include "unicodedata_tables.h"

#define HANGUL_BASE 0xAC00
#define HANGUL_COUNT 11172
#define JAMO_L 0x1100
#define JAMO_V 0x1161
#define JAMO_T 0x11A7
#define JAMO_V_COUNT 21
#define JAMO_T_COUNT 28
#define JAMO_N (JAMO_V_COUNT * JAMO_T_COUNT)

static const UcdRecord *ucd_record(uint32_t cp) {
    if (cp >= 0x110000) cp = 0x10ffff;
    uint32_t block = ucd_index1[cp >> UCD_SHIFT];
    return &ucd_records[ucd_index2[(block << UCD_SHIFT) + (cp & ((1u << UCD_SHIFT) - 1))]];
}

/* The one character of a function's argument (`which`: "argument" or "argument 1");
 * TypeError otherwise. */
static bool char_arg(Thread *t, const char *fname, const char *which, Ref v, uint32_t *out) {
    if (!str_check(v) || str_len(ref_obj(v)) != 1) {
        err_format(t, &exc_TypeError, "%s() %s must be a unicode character, not %s", fname, which,
                   str_check(v) ? "str" : type_name(ref_type(v)));
        return false;
    }
    *out = str_char_at(ref_obj(v), 0);
    return true;
}

/* (chr, default) functions: the character, and the default (REF_NULL when not given). */
static bool char_default_args(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw,
                              uint32_t *cp, Ref *dflt) {
    if (!args_no_kw(t, fname, kw) || !args_count(t, fname, nargs, NULL, 1, 2)) return false;
    *dflt = nargs > 1 ? args[1] : REF_NULL;
    return char_arg(t, fname, "argument 1", args[0], cp);
}

FN(ud_decimal) {
    uint32_t cp;
    Ref dflt;
    if (!char_default_args(t, "decimal", args, nargs, kw, &cp, &dflt)) return REF_NULL;
    int v = unicode_decimal(cp);
    if (v >= 0) return ref_from_int(v);
    return ref_is_null(dflt) ? err_set(t, &exc_ValueError, "not a decimal") : ref_dup(dflt);
}

FN(ud_digit) {
    uint32_t cp;
    Ref dflt;
    if (!char_default_args(t, "digit", args, nargs, kw, &cp, &dflt)) return REF_NULL;
    int v = unicode_digit(cp);
    if (v >= 0) return ref_from_int(v);
    return ref_is_null(dflt) ? err_set(t, &exc_ValueError, "not a digit") : ref_dup(dflt);
}

FN(ud_numeric) {
    uint32_t cp;
    Ref dflt;
    if (!char_default_args(t, "numeric", args, nargs, kw, &cp, &dflt)) return REF_NULL;
    if (unicode_isnumeric(cp)) return float_from_double(t, unicode_numeric(cp));
    return ref_is_null(dflt) ? err_set(t, &exc_ValueError, "not a numeric character") : ref_dup(dflt);
}

#define ONE_CHAR(fname)                                                                            \
    uint32_t cp;                                                                                   \
    if (!args_no_kw(t, fname, kw) || !args_count(t, fname, nargs, NULL, 1, 1) ||                   \
        !char_arg(t, fname, "argument", args[0], &cp))                                                         \
        return REF_NULL

FN(ud_category) {
    ONE_CHAR("category");
    return ref_from_obj(str_from_cstr(t, unicode_category(cp)));
}

FN(ud_bidirectional) {
    ONE_CHAR("bidirectional");
    return ref_from_obj(str_from_cstr(t, ucd_bidi_names[ucd_record(cp)->bidi]));
}

FN(ud_combining) {
    ONE_CHAR("combining");
    return ref_from_int(ucd_record(cp)->combining);
}

FN(ud_east_asian_width) {
    ONE_CHAR("east_asian_width");
    return ref_from_obj(str_from_cstr(t, ucd_width_names[ucd_record(cp)->width]));
}

FN(ud_mirrored) {
    ONE_CHAR("mirrored");
    return ref_from_int(ucd_record(cp)->mirrored);
}

FN(ud_decomposition) {
    ONE_CHAR("decomposition");
    uint32_t off = ucd_record(cp)->decomp;
    if (!off) return ref_from_obj(str_from_cstr(t, ""));
    uint32_t head = ucd_decomp[off], n = head & 0xff;
    char buf[16 + 18 * 8];
    int len = snprintf(buf, sizeof buf, "%s", ucd_decomp_tags[head >> 8]);
    for (uint32_t i = 0; i < n && len < (int)sizeof buf - 10; i++)
        len += snprintf(buf + len, sizeof buf - (size_t)len, "%s%04X", len ? " " : "", ucd_decomp[off + 1 + i]);
    return ref_from_obj(str_from_ascii(t, buf, len));
}

/* ---- names ---------------------------------------------------------------------------- */

FN(ud_name) {
    uint32_t cp;
    Ref dflt;
    if (!char_default_args(t, "name", args, nargs, kw, &cp, &dflt)) return REF_NULL;
    char buf[UNICODE_NAME_MAX];
    if (unicode_name(cp, buf, sizeof buf)) return ref_from_obj(str_from_cstr(t, buf));
    return ref_is_null(dflt) ? err_set(t, &exc_ValueError, "no such name") : ref_dup(dflt);
}

FN(ud_lookup) {
    if (!args_no_kw(t, "lookup", kw) || !args_count(t, "lookup", nargs, NULL, 1, 1)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "lookup() argument must be str, not %T", args[0]);
    intptr_t len;
    const char *given = str_utf8(t, ref_obj(args[0]), &len);
    if (!given) return REF_NULL;
    if (len >= UNICODE_NAME_MAX) return err_set(t, &exc_KeyError, "name too long");
    int64_t cp = unicode_lookup_name(given, (size_t)len);
    if (cp >= 0) return ref_from_obj(str_from_char(t, (uint32_t)cp));
    size_t n;
    const uint32_t *seq = unicode_named_sequence(given, (size_t)len, &n);
    if (seq) return ref_from_obj(str_from_ucs4(t, seq, (intptr_t)n));
    Object *msg = str_from_format(t, "undefined character name '%s'", given);
    if (!msg) return REF_NULL;
    err_set_value(t, &exc_KeyError, ref_from_obj(msg));
    obj_decref(msg);
    return REF_NULL;
}

/* ---- normalization -------------------------------------------------------------------- */

typedef struct CpBuf {
    uint32_t *p;
    intptr_t len, cap;
} CpBuf;

static bool cp_put(Thread *t, CpBuf *b, uint32_t c) {
    if (b->len == b->cap) {
        intptr_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *p = mem_realloc(t, b->p, (size_t)cap * sizeof(uint32_t));
        if (!p) return false;
        b->p = p;
        b->cap = cap;
    }
    b->p[b->len++] = c;
    return true;
}

/* Appends the full (canonical, or also compatibility) decomposition of c. */
static bool decompose_char(Thread *t, uint32_t c, bool compat, CpBuf *out) {
    if (c >= HANGUL_BASE && c < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = c - HANGUL_BASE;
        if (!cp_put(t, out, JAMO_L + s / JAMO_N) || !cp_put(t, out, JAMO_V + (s % JAMO_N) / JAMO_T_COUNT)) return false;
        return s % JAMO_T_COUNT == 0 || cp_put(t, out, JAMO_T + s % JAMO_T_COUNT);
    }
    uint32_t off = ucd_record(c)->decomp;
    if (!off || (!compat && (ucd_decomp[off] >> 8) != 0)) return cp_put(t, out, c);
    uint32_t n = ucd_decomp[off] & 0xff;
    for (uint32_t i = 0; i < n; i++)
        if (!decompose_char(t, ucd_decomp[off + 1 + i], compat, out)) return false;
    return true;
}

/* Canonical ordering: each run of non-starters sorted (stably) by combining class. */
static void canonical_order(CpBuf *b) {
    for (intptr_t i = 1; i < b->len; i++) {
        uint32_t c = b->p[i];
        uint8_t cc = ucd_record(c)->combining;
        if (cc == 0) continue;
        intptr_t j = i;
        while (j > 0 && ucd_record(b->p[j - 1])->combining > cc) {
            b->p[j] = b->p[j - 1];
            j--;
        }
        b->p[j] = c;
    }
}

/* The primary composite of a + b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= JAMO_L && a < JAMO_L + 19 && b >= JAMO_V && b < JAMO_V + JAMO_V_COUNT)
        return HANGUL_BASE + ((a - JAMO_L) * JAMO_V_COUNT + (b - JAMO_V)) * JAMO_T_COUNT;
    if (a >= HANGUL_BASE && a < HANGUL_BASE + HANGUL_COUNT && (a - HANGUL_BASE) % JAMO_T_COUNT == 0 &&
        b > JAMO_T && b < JAMO_T + JAMO_T_COUNT)
        return a + (b - JAMO_T);
    uint64_t key = ((uint64_t)a << 21) | b;
    size_t lo = 0, hi = sizeof ucd_comp_keys / sizeof ucd_comp_keys[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ucd_comp_keys[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < sizeof ucd_comp_keys / sizeof ucd_comp_keys[0] && ucd_comp_keys[lo] == key ? ucd_comp_values[lo] : 0;
}

/* Canonical composition in place: a character joins the last starter unless a character
 * of the same or a higher class (or a starter) stands between them. */
static void compose(CpBuf *b) {
    if (b->len == 0) return;
    intptr_t starter = ucd_record(b->p[0])->combining == 0 ? 0 : -1;
    int last_cc = starter == 0 ? 0 : 256;
    intptr_t w = 1;
    for (intptr_t r = 1; r < b->len; r++) {
        uint32_t c = b->p[r];
        int cc = ucd_record(c)->combining;
        bool blocked = last_cc != 0 && last_cc >= cc;
        if (starter >= 0 && !blocked) {
            uint32_t comp = compose_pair(b->p[starter], c);
            if (comp) {
                b->p[starter] = comp;
                continue;
            }
        }
        if (cc == 0) {
            starter = w;
            last_cc = 0;
        } else {
            last_cc = cc;
        }
        b->p[w++] = c;
    }
    b->len = w;
}

/* The form's name -> (compose, compat); false for an unknown form. */
static bool parse_form(Object *form, bool *comp, bool *compat) {
    const char *f = str_utf8_lossy(form);
    *comp = strcmp(f, "NFC") == 0 || strcmp(f, "NFKC") == 0;
    *compat = strcmp(f, "NFKC") == 0 || strcmp(f, "NFKD") == 0;
    return *comp || *compat || strcmp(f, "NFD") == 0;
}

/* normalize(form, s) as a new str; *same tells whether it equals s. */
static Object *normalize(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool *same) {
    if (!args_no_kw(t, fname, kw) || !args_count(t, fname, nargs, NULL, 2, 2)) return NULL;
    if (!str_check(args[0])) {
        err_format(t, &exc_TypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
        return NULL;
    }
    if (!str_check(args[1])) {
        err_format(t, &exc_TypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
        return NULL;
    }
    bool comp, compat;
    if (!parse_form(ref_obj(args[0]), &comp, &compat)) {
        err_set(t, &exc_ValueError, "invalid normalization form");
        return NULL;
    }
    Object *s = ref_obj(args[1]);
    intptr_t n = str_len(s);
    if (STR(s)->ascii) { /* ASCII is in every normal form */
        *same = true;
        obj_incref(s);
        return s;
    }
    CpBuf b = {NULL, 0, 0};
    for (intptr_t i = 0; i < n; i++)
        if (!decompose_char(t, str_char_at(s, i), compat, &b)) {
            mem_free(b.p);
            return NULL;
        }
    canonical_order(&b);
    if (comp) compose(&b);
    *same = b.len == n;
    for (intptr_t i = 0; *same && i < n; i++) *same = b.p[i] == str_char_at(s, i);
    Object *r;
    if (*same) {
        obj_incref(s);
        r = s;
    } else {
        r = str_from_ucs4(t, b.p, b.len);
    }
    mem_free(b.p);
    return r;
}

FN(ud_normalize) {
    bool same;
    Object *r = normalize(t, "normalize", args, nargs, kw, &same);
    return r ? ref_from_obj(r) : REF_NULL;
}

FN(ud_is_normalized) {
    bool same;
    Object *r = normalize(t, "is_normalized", args, nargs, kw, &same);
    if (!r) return REF_NULL;
    obj_decref(r);
    return ref_from_bool(same);
}

static const MethodDef unicodedata_functions[] = {
    {"decimal", ud_decimal, 0, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", ud_digit, 0, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", ud_numeric, 0, "Converts a Unicode character into its equivalent numeric value."},
    {"category", ud_category, 0, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ud_bidirectional, 0, "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", ud_combining, 0, "Returns the canonical combining class assigned to the character chr as integer."},
    {"east_asian_width", ud_east_asian_width, 0, "Returns the east asian width assigned to the character chr as string."},
    {"mirrored", ud_mirrored, 0, "Returns the mirrored property assigned to the character chr as integer."},
    {"decomposition", ud_decomposition, 0, "Returns the character decomposition mapping assigned to the character chr as string."},
    {"name", ud_name, 0, "Returns the name assigned to the character chr as a string."},
    {"lookup", ud_lookup, 0, "Look up character by name."},
    {"normalize", ud_normalize, 0, "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", ud_is_normalized, 0, "Return whether the Unicode string unistr is in the normal form 'form'."},
    {NULL, NULL, 0, NULL},
};

Object *unicodedata_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "unicodedata");
    if (!m) return NULL;
    Object *version = str_from_cstr(t, unicode_version());
    int rc = version ? module_add_functions(t, m, unicodedata_functions) : -1;
    if (rc == 0) rc = module_add_ref(t, m, "unidata_version", ref_from_obj(version));
    obj_xdecref(version);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
