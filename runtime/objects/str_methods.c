/* The str type: slots (+ * % in len [] iteration comparisons hash) and every str method
 * of Python 3.11. Text is read through str_read so that one code path serves all kinds;
 * hot paths (search in latin-1 text, ASCII case mapping) have narrow fast paths. */
#include <mimalloc.h>

#include "spry.h"
#include "objects/formatspec.h"
#include "objects/unicode_db.h"

#define SELF ref_obj(self)

static Ref obj_result(Object *o) { return ref_from_obj(o); }

/* ---- argument helpers -------------------------------------------------------------------- */

static bool has_index(Ref v) { return ref_is_int(v) || ref_type(v)->index != NULL; }

/* A slice bound argument: None means "not given"; __index__ values are clamped. */
static bool parse_bound(Thread *t, Ref v, intptr_t *out) {
    if (ref_is_null(v) || ref_is_none(v)) return true;
    if (ref_is_int(v)) {
        int64_t x = ref_int(v);
        *out = x;
        return true;
    }
    if (!has_index(v)) {
        err_set(t, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    intptr_t x = obj_as_ssize(t, v, NULL);
    if (x == -1 && err_occurred(t)) return false;
    *out = x;
    return true;
}

/* CPython's ADJUST_INDICES: negative bounds count from the end, then clamp. */
static void adjust_indices(intptr_t *start, intptr_t *end, intptr_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* (sub[, start[, end]]) as count/find/index/startswith take them. */
static bool parse_find_args(Thread *t, const char *fname, const Ref *args, size_t nargs,
                            Object *kwnames, Ref *sub, intptr_t *start, intptr_t *end) {
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs < 1) {
        err_format(t, &exc_TypeError, "%s() takes at least 1 argument (0 given)", fname);
        return false;
    }
    if (nargs > 3) {
        err_format(t, &exc_TypeError, "%s() takes at most 3 arguments (%zu given)", fname, nargs);
        return false;
    }
    *sub = args[0];
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > 1 && !parse_bound(t, args[1], start)) return false;
    if (nargs > 2 && !parse_bound(t, args[2], end)) return false;
    return true;
}

/* A width-like integer argument via __index__. */
static bool arg_index(Thread *t, Ref v, intptr_t *out) {
    if (ref_is_int(v)) {
        *out = ref_int(v);
        return true;
    }
    intptr_t x = obj_as_ssize(t, v, &exc_OverflowError);
    if (x == -1 && err_occurred(t)) return false;
    *out = x;
    return true;
}

/* ---- searching ---------------------------------------------------------------------------- */

static bool match_at(Object *hay, intptr_t i, Object *needle) {
    int hk = STR(hay)->kind, nk = STR(needle)->kind;
    intptr_t n = STR(needle)->length;
    const char *h = (const char *)str_data(hay) + i * hk;
    if (hk == nk) return memcmp(h, str_data(needle), (size_t)n * hk) == 0;
    const void *nd = str_data(needle);
    for (intptr_t j = 0; j < n; j++)
        if (str_read(hk, h, j) != str_read(nk, nd, j)) return false;
    return true;
}

intptr_t str_find_sub(Object *hay, Object *needle, intptr_t start, intptr_t end, bool reverse) {
    intptr_t len = STR(hay)->length, n = STR(needle)->length;
    adjust_indices(&start, &end, len);
    if (end - start < n) return -1;
    if (n == 0) return reverse ? end : start;
    if (STR(needle)->kind > STR(hay)->kind) return -1;
    int hk = STR(hay)->kind;
    const void *hd = str_data(hay);
    uint32_t first = str_char_at(needle, 0);
    if (!reverse) {
        if (hk == 1 && STR(needle)->kind == 1) {
            const char *base = (const char *)hd;
            const char *p = n == 1 ? memchr(base + start, (int)first, (size_t)(end - start))
                                   : memmem(base + start, (size_t)(end - start), str_data(needle), (size_t)n);
            return p ? p - base : -1;
        }
        for (intptr_t i = start; i <= end - n; i++)
            if (str_read(hk, hd, i) == first && match_at(hay, i, needle)) return i;
    } else {
        for (intptr_t i = end - n; i >= start; i--)
            if (str_read(hk, hd, i) == first && match_at(hay, i, needle)) return i;
    }
    return -1;
}

intptr_t str_count_sub(Object *hay, Object *needle, intptr_t start, intptr_t end, intptr_t max) {
    intptr_t len = STR(hay)->length, n = STR(needle)->length;
    adjust_indices(&start, &end, len);
    if (start > len || end < start) return 0;
    if (n == 0) {
        intptr_t c = end - start + 1;
        return max >= 0 && c > max ? max : c;
    }
    intptr_t count = 0;
    while (max < 0 || count < max) {
        intptr_t i = str_find_sub(hay, needle, start, end, false);
        if (i < 0) break;
        count++;
        start = i + n;
    }
    return count;
}

static Ref do_find(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                   const char *fname, bool reverse, bool raise) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, fname, args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    if (!str_check(sub)) return err_format(t, &exc_TypeError, "must be str, not %T", sub);
    intptr_t len = str_len(SELF);
    intptr_t r;
    {
        intptr_t s2 = start, e2 = end;
        adjust_indices(&s2, &e2, len);
        r = s2 > len ? -1 : str_find_sub(SELF, ref_obj(sub), start, end, reverse);
    }
    if (r < 0 && raise) return err_set(t, &exc_ValueError, "substring not found");
    return ref_from_int(r);
}

static Ref str_find_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_find(t, self, a, n, kw, "find", false, false); }
static Ref str_rfind_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_find(t, self, a, n, kw, "rfind", true, false); }
static Ref str_index_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_find(t, self, a, n, kw, "index", false, true); }
static Ref str_rindex_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_find(t, self, a, n, kw, "rindex", true, true); }

static Ref str_count_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, "count", args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    if (!str_check(sub)) return err_format(t, &exc_TypeError, "must be str, not %T", sub);
    return ref_from_int(str_count_sub(SELF, ref_obj(sub), start, end, -1));
}

static bool tail_match(Object *s, Object *sub, intptr_t start, intptr_t end, bool suffix) {
    intptr_t len = str_len(s), n = str_len(sub);
    adjust_indices(&start, &end, len);
    if (start > len) return false;
    if (end - start < n) return false;
    if (n == 0) return true;
    if (STR(sub)->kind > STR(s)->kind) return false;
    return match_at(s, suffix ? end - n : start, sub);
}

static Ref do_startswith(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                         const char *fname, bool suffix) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, fname, args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    if (tuple_check(sub)) {
        Object *tup = ref_obj(sub);
        for (intptr_t i = 0; i < tuple_size(tup); i++) {
            Ref item = tuple_get(tup, i);
            if (!str_check(item))
                return err_format(t, &exc_TypeError, "tuple for %s must only contain str, not %T", fname, item);
            if (tail_match(SELF, ref_obj(item), start, end, suffix)) return REF_TRUE;
        }
        return REF_FALSE;
    }
    if (!str_check(sub))
        return err_format(t, &exc_TypeError, "%s first arg must be str or a tuple of str, not %T", fname, sub);
    return ref_from_bool(tail_match(SELF, ref_obj(sub), start, end, suffix));
}

static Ref str_startswith_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_startswith(t, self, a, n, kw, "startswith", false); }
static Ref str_endswith_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_startswith(t, self, a, n, kw, "endswith", true); }

/* ---- case mapping ----------------------------------------------------------------------- */

/* Final sigma (Unicode 3.13, Table 3-17): Σ lowers to ς when preceded by a cased letter and
 * not followed by one, case-ignorable characters being skipped both ways. */
static uint32_t lower_sigma(Object *s, intptr_t i) {
    intptr_t len = str_len(s);
    intptr_t j = i - 1;
    while (j >= 0 && unicode_iscaseignorable(str_char_at(s, j))) j--;
    bool before = j >= 0 && unicode_iscased(str_char_at(s, j));
    j = i + 1;
    while (j < len && unicode_iscaseignorable(str_char_at(s, j))) j++;
    bool after = j < len && unicode_iscased(str_char_at(s, j));
    return before && !after ? 0x3c2 : 0x3c3;
}

static bool put_lower(Thread *t, StrBuilder *b, Object *s, intptr_t i, uint32_t c) {
    if (c == 0x3a3) return str_builder_putc(t, b, lower_sigma(s, i));
    uint32_t out[3];
    int n = unicode_to_lower(c, out);
    for (int k = 0; k < n; k++)
        if (!str_builder_putc(t, b, out[k])) return false;
    return true;
}

static bool put_mapped(Thread *t, StrBuilder *b, int (*fn)(uint32_t, uint32_t *), uint32_t c) {
    uint32_t out[3];
    int n = fn(c, out);
    for (int k = 0; k < n; k++)
        if (!str_builder_putc(t, b, out[k])) return false;
    return true;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static Ref do_case(Thread *t, Ref self, size_t nargs, Object *kwnames, const char *fname, int mode) {
    if (!args_none(t, fname, nargs, kwnames)) return REF_NULL;
    Object *s = SELF;
    intptr_t len = str_len(s);
    if (STR(s)->ascii) { /* ASCII: title case is upper case, and only letters are cased */
        Object *o = str_new_uninit(t, len, 127);
        if (!o) return REF_NULL;
        const uint8_t *src = str_data(s);
        uint8_t *dst = str_data(o);
        bool prev_letter = false;
        for (intptr_t i = 0; i < len; i++) {
            uint8_t c = src[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            bool to_upper = mode == CASE_UPPER || (mode == CASE_SWAP && lo) ||
                            (mode == CASE_TITLE && !prev_letter) || (mode == CASE_CAPITALIZE && i == 0);
            if (to_upper && lo) c -= 32;
            else if (!to_upper && mode != CASE_UPPER && up) c += 32;
            dst[i] = c;
            prev_letter = up || lo;
        }
        return obj_result(o);
    }
    StrBuilder b;
    str_builder_init(&b);
    if (!str_builder_reserve(t, &b, len, STR(s)->ascii ? 127 : 255)) return REF_NULL;
    bool prev_cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = str_char_at(s, i);
        bool ok = true;
        switch (mode) {
        case CASE_LOWER: ok = put_lower(t, &b, s, i, c); break;
        case CASE_UPPER: ok = put_mapped(t, &b, unicode_to_upper, c); break;
        case CASE_FOLD: ok = put_mapped(t, &b, unicode_to_fold, c); break;
        case CASE_SWAP:
            if (unicode_isupper(c)) ok = put_lower(t, &b, s, i, c);
            else if (unicode_islower(c)) ok = put_mapped(t, &b, unicode_to_upper, c);
            else ok = str_builder_putc(t, &b, c);
            break;
        case CASE_TITLE:
            ok = prev_cased ? put_lower(t, &b, s, i, c) : put_mapped(t, &b, unicode_to_title, c);
            prev_cased = unicode_iscased(c);
            break;
        case CASE_CAPITALIZE:
            ok = i == 0 ? put_mapped(t, &b, unicode_to_title, c) : put_lower(t, &b, s, i, c);
            break;
        }
        if (!ok) return REF_NULL;
    }
    return obj_result(str_builder_finish(t, &b));
}

static Ref str_lower_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.lower", CASE_LOWER); }
static Ref str_upper_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.upper", CASE_UPPER); }
static Ref str_casefold_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.casefold", CASE_FOLD); }
static Ref str_swapcase_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.swapcase", CASE_SWAP); }
static Ref str_title_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.title", CASE_TITLE); }
static Ref str_capitalize_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_case(t, self, n, kw, "str.capitalize", CASE_CAPITALIZE); }

/* ---- predicates ------------------------------------------------------------------------ */

enum { P_ALPHA, P_ALNUM, P_DECIMAL, P_DIGIT, P_NUMERIC, P_SPACE, P_PRINTABLE, P_LOWER,
       P_UPPER, P_TITLE, P_IDENT, P_ASCII };

static bool char_pred(int which, uint32_t c) {
    switch (which) {
    case P_ALPHA: return unicode_isalpha(c);
    case P_ALNUM: return unicode_isalnum(c);
    case P_DECIMAL: return unicode_isdecimal(c);
    case P_DIGIT: return unicode_isdigit(c);
    case P_NUMERIC: return unicode_isnumeric(c);
    case P_SPACE: return unicode_isspace(c);
    case P_PRINTABLE: return unicode_isprintable(c);
    }
    return false;
}

static Ref do_pred(Thread *t, Ref self, size_t nargs, Object *kwnames, const char *fname, int which) {
    if (!args_none(t, fname, nargs, kwnames)) return REF_NULL;
    Object *s = SELF;
    intptr_t len = str_len(s);
    switch (which) {
    case P_ASCII:
        return ref_from_bool(STR(s)->ascii);
    case P_PRINTABLE:
        for (intptr_t i = 0; i < len; i++)
            if (!unicode_isprintable(str_char_at(s, i))) return REF_FALSE;
        return REF_TRUE;
    case P_IDENT: {
        if (len == 0 || !unicode_isxidstart(str_char_at(s, 0))) return REF_FALSE;
        for (intptr_t i = 1; i < len; i++)
            if (!unicode_isxidcontinue(str_char_at(s, i))) return REF_FALSE;
        return REF_TRUE;
    }
    case P_LOWER:
    case P_UPPER: {
        bool cased = false;
        for (intptr_t i = 0; i < len; i++) {
            uint32_t c = str_char_at(s, i);
            bool lo = unicode_islower(c), up = unicode_isupper(c);
            if (which == P_LOWER ? (up || unicode_istitle(c)) : (lo || unicode_istitle(c))) return REF_FALSE;
            if (which == P_LOWER ? lo : up) cased = true;
        }
        return ref_from_bool(cased);
    }
    case P_TITLE: {
        bool cased = false, prev = false;
        for (intptr_t i = 0; i < len; i++) {
            uint32_t c = str_char_at(s, i);
            if (unicode_isupper(c) || unicode_istitle(c)) {
                if (prev) return REF_FALSE;
                prev = cased = true;
            } else if (unicode_islower(c)) {
                if (!prev) return REF_FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return ref_from_bool(cased);
    }
    default:
        if (len == 0) return REF_FALSE;
        for (intptr_t i = 0; i < len; i++)
            if (!char_pred(which, str_char_at(s, i))) return REF_FALSE;
        return REF_TRUE;
    }
}

#define PRED(fn, name, which)                                                              \
    static Ref fn(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) {              \
        return do_pred(t, self, n, kw, name, which);                                       \
    }
PRED(str_isalpha_m, "str.isalpha", P_ALPHA)
PRED(str_isalnum_m, "str.isalnum", P_ALNUM)
PRED(str_isdecimal_m, "str.isdecimal", P_DECIMAL)
PRED(str_isdigit_m, "str.isdigit", P_DIGIT)
PRED(str_isnumeric_m, "str.isnumeric", P_NUMERIC)
PRED(str_isspace_m, "str.isspace", P_SPACE)
PRED(str_isprintable_m, "str.isprintable", P_PRINTABLE)
PRED(str_islower_m, "str.islower", P_LOWER)
PRED(str_isupper_m, "str.isupper", P_UPPER)
PRED(str_istitle_m, "str.istitle", P_TITLE)
PRED(str_isidentifier_m, "str.isidentifier", P_IDENT)
PRED(str_isascii_m, "str.isascii", P_ASCII)

/* ---- padding ------------------------------------------------------------------------------ */

static bool parse_fill(Thread *t, Ref v, uint32_t *fill) {
    if (ref_is_null(v)) return true;
    if (!str_check(v)) {
        err_format(t, &exc_TypeError, "The fill character must be a unicode character, not %T", v);
        return false;
    }
    if (str_len(ref_obj(v)) != 1) {
        err_set(t, &exc_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *fill = str_char_at(ref_obj(v), 0);
    return true;
}

static Ref pad(Thread *t, Object *s, intptr_t left, intptr_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return obj_result(str_exact_copy(t, s));
    StrBuilder b;
    str_builder_init(&b);
    if (!str_builder_repeat(t, &b, fill, left) || !str_builder_put_str(t, &b, s) ||
        !str_builder_repeat(t, &b, fill, right))
        return REF_NULL;
    return obj_result(str_builder_finish(t, &b));
}

enum { J_LEFT, J_RIGHT, J_CENTER };

static Ref do_justify(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                      const char *fname, int how) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 1, 2)) return REF_NULL;
    intptr_t width;
    uint32_t fill = ' ';
    if (!arg_index(t, args[0], &width)) return REF_NULL;
    if (nargs > 1 && !parse_fill(t, args[1], &fill)) return REF_NULL;
    intptr_t len = str_len(SELF);
    if (width <= len) return obj_result(str_exact_copy(t, SELF));
    intptr_t marg = width - len;
    if (how == J_LEFT) return pad(t, SELF, 0, marg, fill);
    if (how == J_RIGHT) return pad(t, SELF, marg, 0, fill);
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(t, SELF, left, marg - left, fill);
}

static Ref str_ljust_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_justify(t, self, a, n, kw, "ljust", J_LEFT); }
static Ref str_rjust_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_justify(t, self, a, n, kw, "rjust", J_RIGHT); }
static Ref str_center_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_justify(t, self, a, n, kw, "center", J_CENTER); }

static Ref str_zfill_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "str.zfill", nargs, kwnames)) return REF_NULL;
    intptr_t width;
    if (!arg_index(t, args[0], &width)) return REF_NULL;
    Object *s = SELF;
    intptr_t len = str_len(s);
    if (width <= len) return obj_result(str_exact_copy(t, s));
    StrBuilder b;
    str_builder_init(&b);
    intptr_t start = 0;
    if (len > 0) {
        uint32_t c = str_char_at(s, 0);
        if (c == '+' || c == '-') {
            if (!str_builder_putc(t, &b, c)) return REF_NULL;
            start = 1;
        }
    }
    if (!str_builder_repeat(t, &b, '0', width - len) || !str_builder_put_substr(t, &b, s, start, len))
        return REF_NULL;
    return obj_result(str_builder_finish(t, &b));
}

static Ref str_expandtabs_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    intptr_t tabsize = 8;
    if (!ref_is_null(a[0]) && !arg_index(t, a[0], &tabsize)) return REF_NULL;
    if (tabsize > INT_MAX || tabsize < INT_MIN)   /* CPython takes a C int */
        return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    Object *s = SELF;
    StrBuilder b;
    str_builder_init(&b);
    intptr_t col = 0;
    for (intptr_t i = 0; i < str_len(s); i++) {
        uint32_t c = str_char_at(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t n = tabsize - col % tabsize;
                if (!str_builder_repeat(t, &b, ' ', n)) return REF_NULL;
                col += n;
            }
        } else {
            if (!str_builder_putc(t, &b, c)) return REF_NULL;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return obj_result(str_builder_finish(t, &b));
}

/* ---- strip ------------------------------------------------------------------------------------ */

static bool in_chars(Object *chars, uint32_t c) {
    intptr_t n = str_len(chars);
    for (intptr_t i = 0; i < n; i++)
        if (str_char_at(chars, i) == c) return true;
    return false;
}

/* str.isspace for one code point, without a table lookup for ASCII. */
static inline bool is_space(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    return unicode_isspace(c);
}

static Ref do_strip(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                    const char *fname, bool left, bool right) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 0, 1)) return REF_NULL;
    Object *chars = NULL;
    if (nargs == 1 && !ref_is_none(args[0])) {
        if (!str_check(args[0])) return err_format(t, &exc_TypeError, "%s arg must be None or str", fname);
        chars = ref_obj(args[0]);
    }
    Object *s = SELF;
    intptr_t i = 0, j = str_len(s);
    if (left)
        while (i < j && (chars ? in_chars(chars, str_char_at(s, i)) : is_space(str_char_at(s, i)))) i++;
    if (right)
        while (j > i && (chars ? in_chars(chars, str_char_at(s, j - 1)) : is_space(str_char_at(s, j - 1)))) j--;
    return obj_result(str_substr(t, s, i, j));
}

static Ref str_strip_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_strip(t, self, a, n, kw, "strip", true, true); }
static Ref str_lstrip_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_strip(t, self, a, n, kw, "lstrip", true, false); }
static Ref str_rstrip_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_strip(t, self, a, n, kw, "rstrip", false, true); }

static Ref do_remove_affix(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                           const char *fname, bool suffix) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 1, 1)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "%s() argument must be str, not %T", fname, args[0]);
    Object *s = SELF, *a = ref_obj(args[0]);
    intptr_t len = str_len(s), n = str_len(a);
    if (n > 0 && tail_match(s, a, 0, len, suffix))
        return obj_result(suffix ? str_substr(t, s, 0, len - n) : str_substr(t, s, n, len));
    return obj_result(str_exact_copy(t, s));
}

static Ref str_removeprefix_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_remove_affix(t, self, a, n, kw, "removeprefix", false); }
static Ref str_removesuffix_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_remove_affix(t, self, a, n, kw, "removesuffix", true); }

/* ---- split ------------------------------------------------------------------------------- */

static bool append_sub(Thread *t, Object *list, Object *s, intptr_t i, intptr_t j) {
    Object *part = str_substr(t, s, i, j);
    return part && list_append_steal(t, list, ref_from_obj(part)) == 0;
}

static bool parse_split_args(Thread *t, const char *fname, const Ref *args, size_t nargs,
                             Object *kwnames, Object **sep, intptr_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    ArgSpec spec = {fname, names, 0, -1};
    Ref a[2] = {REF_NULL, REF_NULL};
    if (nargs == 1 && !kwnames) a[0] = args[0]; /* split(sep): no keyword matching needed */
    else if (!args_parse(t, &spec, args, nargs, kwnames, a)) return false;
    *sep = NULL;
    *maxsplit = -1;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        if (!str_check(a[0])) {
            err_format(t, &exc_TypeError, "must be str or None, not %T", a[0]);
            return false;
        }
        *sep = ref_obj(a[0]);
        if (str_len(*sep) == 0) {
            err_set(t, &exc_ValueError, "empty separator");
            return false;
        }
    }
    if (!ref_is_null(a[1]) && !arg_index(t, a[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    return true;
}

/* The next part of s.split(sep) at or after *pos: its start (the end in *end) and *pos
 * moved past it, or -1 when no separator follows (sep mode) or only whitespace is left. */
static intptr_t split_next(Object *s, Object *sep, intptr_t *pos, intptr_t *end) {
    intptr_t len = str_len(s), i = *pos;
    if (sep) {
        intptr_t j;
        if (STR(s)->kind == 1 && str_len(sep) == 1 && STR(sep)->kind == 1) { /* the usual case */
            const char *d = str_data(s);
            const char *p = memchr(d + i, *(const uint8_t *)str_data(sep), (size_t)(len - i));
            j = p ? p - d : -1;
        } else {
            j = str_find_sub(s, sep, i, len, false);
        }
        if (j < 0) return -1;
        *end = j;
        *pos = j + str_len(sep);
        return i;
    }
    while (i < len && is_space(str_char_at(s, i))) i++;
    if (i == len) return -1;
    intptr_t j = i;
    while (j < len && !is_space(str_char_at(s, j))) j++;
    *end = *pos = j;
    return i;
}

/* Where the unsplit rest starting at pos begins (whitespace mode skips its leading blanks);
 * str_len(s) when there is no last part. */
static intptr_t split_rest(Object *s, Object *sep, intptr_t pos) {
    if (!sep) {
        while (pos < str_len(s) && is_space(str_char_at(s, pos))) pos++;
    }
    return pos;
}

/* Two passes over s: the first counts the parts so that the list is made at its final
 * size, the second fills it. */
static Ref str_split_impl(Thread *t, Object *s, Object *sep, intptr_t maxsplit) {
    intptr_t len = str_len(s), pos = 0, end, n = 0;
    for (intptr_t left = maxsplit; left > 0 && split_next(s, sep, &pos, &end) >= 0; left--) n++;
    intptr_t rest = split_rest(s, sep, pos);
    bool last = sep || rest < len;
    Object *list = list_new(t, n + last);
    if (!list) return REF_NULL;
    Ref *items = list_items(list);
    pos = 0;
    for (intptr_t k = 0; k < n; k++) {
        intptr_t start = split_next(s, sep, &pos, &end);
        Object *part = str_substr(t, s, start, end);
        if (!part) goto fail;
        items[k] = ref_from_obj(part);
    }
    if (last) {
        Object *part = rest == 0 && s->ob_type == &str_type ? ref_obj(ref_new(s)) : str_substr(t, s, rest, len);
        if (!part) goto fail;
        items[n] = ref_from_obj(part);
    }
    return ref_from_obj(list);
fail:
    obj_decref(list);
    return REF_NULL;
}

static Ref str_split_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Object *sep;
    intptr_t maxsplit;
    if (!parse_split_args(t, "split", args, nargs, kwnames, &sep, &maxsplit)) return REF_NULL;
    return str_split_impl(t, SELF, sep, maxsplit);
}

static Ref str_rsplit_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Object *sep;
    intptr_t maxsplit;
    if (!parse_split_args(t, "rsplit", args, nargs, kwnames, &sep, &maxsplit)) return REF_NULL;
    Object *s = SELF;
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    intptr_t j = str_len(s);
    if (!sep) {
        while (maxsplit-- > 0) {
            while (j > 0 && unicode_isspace(str_char_at(s, j - 1))) j--;
            if (j == 0) break;
            intptr_t i = j;
            while (i > 0 && !unicode_isspace(str_char_at(s, i - 1))) i--;
            if (!append_sub(t, list, s, i, j)) goto fail;
            j = i;
        }
        while (j > 0 && unicode_isspace(str_char_at(s, j - 1))) j--;
        if (j > 0 && !append_sub(t, list, s, 0, j)) goto fail;
    } else {
        intptr_t n = str_len(sep);
        while (maxsplit-- > 0) {
            intptr_t i = str_find_sub(s, sep, 0, j, true);
            if (i < 0) break;
            if (!append_sub(t, list, s, i + n, j)) goto fail;
            j = i;
        }
        if (!append_sub(t, list, s, 0, j)) goto fail;
    }
    if (list_reverse(t, list) < 0) goto fail;
    return ref_from_obj(list);
fail:
    obj_decref(list);
    return REF_NULL;
}

static Ref str_splitlines_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    static const ArgSpec spec = {"splitlines", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    bool keep = false;
    if (!ref_is_null(a[0])) {
        if (!ref_is_int(a[0]) && !int_check(a[0]) && !has_index(a[0]))
            return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", a[0]);
        int r = obj_truthy(t, a[0]);
        if (r < 0) return REF_NULL;
        keep = r;
    }
    Object *s = SELF;
    intptr_t len = str_len(s), i = 0;
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    while (i < len) {
        intptr_t j = i;
        while (j < len && !unicode_islinebreak(str_char_at(s, j))) j++;
        intptr_t eol = j;
        if (j < len) {
            if (str_char_at(s, j) == '\r' && j + 1 < len && str_char_at(s, j + 1) == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (!append_sub(t, list, s, i, eol)) {
            obj_decref(list);
            return REF_NULL;
        }
        i = j;
    }
    return ref_from_obj(list);
}

static Ref do_partition(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                        const char *fname, bool reverse) {
    if (!args_one(t, fname, nargs, kwnames)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "must be str, not %T", args[0]);
    Object *s = SELF, *sep = ref_obj(args[0]);
    intptr_t len = str_len(s), n = str_len(sep);
    if (n == 0) return err_set(t, &exc_ValueError, "empty separator");
    intptr_t i = str_find_sub(s, sep, 0, len, reverse);
    Object *parts[3];
    if (i < 0) {
        Object *whole = str_exact_copy(t, s);
        if (!whole) return REF_NULL;
        parts[reverse ? 2 : 0] = whole;
        parts[1] = str_empty();
        parts[reverse ? 0 : 2] = str_empty();
    } else {
        parts[0] = str_substr(t, s, 0, i);
        parts[1] = str_exact_copy(t, sep);
        parts[2] = str_substr(t, s, i + n, len);
        if (!parts[0] || !parts[1] || !parts[2]) {
            for (int k = 0; k < 3; k++) obj_xdecref(parts[k]);
            return REF_NULL;
        }
    }
    Ref items[3] = {ref_from_obj(parts[0]), ref_from_obj(parts[1]), ref_from_obj(parts[2])};
    return obj_result(tuple_from_array_steal(t, items, 3));
}

static Ref str_partition_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_partition(t, self, a, n, kw, "str.partition", false); }
static Ref str_rpartition_m(Thread *t, Ref self, const Ref *a, size_t n, Object *kw) { return do_partition(t, self, a, n, kw, "str.rpartition", true); }

/* ---- join, replace ------------------------------------------------------------------------ */

Object *str_join(Thread *t, Object *sep, Ref iterable) {
    Object *seq;
    if (list_check_exact(iterable) || tuple_check_exact(iterable)) {
        seq = ref_obj(ref_dup(iterable));
    } else {
        Ref it = obj_iter(t, iterable);
        if (ref_is_null(it)) {
            if (err_matches(t, &exc_TypeError)) {
                err_clear(t);
                err_set(t, &exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = list_from_iterable(t, it);
        ref_close(it);
        if (!seq) return NULL;
    }
    bool is_list = seq->ob_type == &list_type;
    intptr_t n = is_list ? list_size(seq) : tuple_size(seq);
    Ref *items = is_list ? list_items(seq) : tuple_items(seq);
    if (n == 1 && str_check_exact(items[0])) {
        Object *r = ref_obj(ref_dup(items[0]));
        obj_decref(seq);
        return r;
    }
    intptr_t seplen = str_len(sep);
    /* Size the result first, so that one too large fails before any copying. */
    intptr_t total = 0;
    uint32_t bound = n > 1 ? str_max_char_bound(sep) : 0;
    for (intptr_t i = 0; i < n; i++) {
        Ref item = items[i];
        if (!str_check(item)) {
            err_format(t, &exc_TypeError, "sequence item %zd: expected str instance, %T found", i, item);
            obj_decref(seq);
            return NULL;
        }
        intptr_t add = str_len(ref_obj(item)) + (i > 0 ? seplen : 0);
        if (add < 0 || total > INTPTR_MAX - add) {
            err_set(t, &exc_OverflowError, "join() result is too long for a Python string");
            obj_decref(seq);
            return NULL;
        }
        total += add;
        uint32_t m = str_max_char_bound(ref_obj(item));
        if (m > bound) bound = m;
    }
    Object *r = str_new_uninit(t, total, bound);
    for (intptr_t i = 0, at = 0; r && i < n; i++) {
        if (i > 0 && seplen) {
            str_copy_into(r, at, sep);
            at += seplen;
        }
        str_copy_into(r, at, ref_obj(items[i]));
        at += str_len(ref_obj(items[i]));
    }
    obj_decref(seq);
    return r;
}

static Ref str_join_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "str.join", nargs, kwnames)) return REF_NULL;
    return obj_result(str_join(t, SELF, args[0]));
}

static Ref str_replace_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "replace", kwnames) || !args_count(t, "replace", nargs, NULL, 2, 3)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "replace() argument 1 must be str, not %T", args[0]);
    if (!str_check(args[1]))
        return err_format(t, &exc_TypeError, "replace() argument 2 must be str, not %T", args[1]);
    intptr_t count = -1;
    if (nargs > 2 && !arg_index(t, args[2], &count)) return REF_NULL;
    Object *s = SELF, *old = ref_obj(args[0]), *new_ = ref_obj(args[1]);
    intptr_t len = str_len(s), n = str_len(old);
    if (count < 0) count = INTPTR_MAX;
    if (n > 0 && n == str_len(new_) && STR(s)->ascii && STR(new_)->ascii) {
        /* same length, all ASCII: a copy with the matches overwritten */
        intptr_t j = str_find_sub(s, old, 0, len, false);
        if (j < 0 || count == 0) return obj_result(str_exact_copy(t, s));
        Object *r = str_new_uninit(t, len, 127);
        if (!r) return REF_NULL;
        memcpy(str_data(r), str_data(s), (size_t)len);
        for (intptr_t done = 0; j >= 0 && done < count; done++, j = str_find_sub(s, old, j + n, len, false))
            memcpy((char *)str_data(r) + j, str_data(new_), (size_t)n);
        return obj_result(r);
    }
    StrBuilder b;
    str_builder_init(&b);
    intptr_t growth = str_len(new_) - n;
    if (growth > 0) {
        /* Size a growing result first, so that one too large fails before any copying. */
        intptr_t matches = 0;
        if (n == 0) {
            matches = count < len + 1 ? count : len + 1;
        } else {
            for (intptr_t k = 0, j; matches < count && (j = str_find_sub(s, old, k, len, false)) >= 0; k = j + n)
                matches++;
        }
        if (matches > (INTPTR_MAX - len) / growth)
            return err_set(t, &exc_OverflowError, "replace string is too long");
        if (!str_builder_reserve(t, &b, len + matches * growth, 0)) return REF_NULL;
    }
    intptr_t i = 0, done = 0;
    if (n == 0) {
        while (done < count && i <= len) {
            if (!str_builder_put_str(t, &b, new_)) return REF_NULL;
            done++;
            if (i < len && !str_builder_putc(t, &b, str_char_at(s, i))) return REF_NULL;
            i++;
        }
        if (i < len && !str_builder_put_substr(t, &b, s, i, len)) return REF_NULL;
        return obj_result(str_builder_finish(t, &b));
    }
    while (done < count) {
        intptr_t j = str_find_sub(s, old, i, len, false);
        if (j < 0) break;
        if (!str_builder_put_substr(t, &b, s, i, j) || !str_builder_put_str(t, &b, new_)) return REF_NULL;
        i = j + n;
        done++;
    }
    if (done == 0) {
        str_builder_discard(&b);
        return obj_result(str_exact_copy(t, s));
    }
    if (!str_builder_put_substr(t, &b, s, i, len)) return REF_NULL;
    return obj_result(str_builder_finish(t, &b));
}

/* ---- translate / maketrans ------------------------------------------------------------------ */

static Ref str_translate_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "str.translate", nargs, kwnames)) return REF_NULL;
    Ref table = args[0];
    Object *s = SELF;
    StrBuilder b;
    str_builder_init(&b);
    for (intptr_t i = 0; i < str_len(s); i++) {
        uint32_t c = str_char_at(s, i);
        Ref v = obj_getitem(t, table, ref_from_int(c));
        if (ref_is_null(v)) {
            if (!err_matches(t, &exc_LookupError)) {
                str_builder_discard(&b);
                return REF_NULL;
            }
            err_clear(t);
            if (!str_builder_putc(t, &b, c)) return REF_NULL;
            continue;
        }
        bool ok = true;
        if (ref_is_none(v)) {
            /* deleted */
        } else if (int_check(v)) {
            int overflow = 0;
            int64_t x = int_as_i64_overflow(v, &overflow);
            if (overflow || x < 0 || x > 0x10ffff) {
                ref_close(v);
                str_builder_discard(&b);
                return err_set(t, &exc_ValueError, "character mapping must be in range(0x110000)");
            }
            ok = str_builder_putc(t, &b, (uint32_t)x);
        } else if (str_check(v)) {
            ok = str_builder_put_str(t, &b, ref_obj(v));
        } else {
            ref_close(v);
            str_builder_discard(&b);
            return err_set(t, &exc_TypeError, "character mapping must return integer, None or str");
        }
        ref_close(v);
        if (!ok) return REF_NULL;
    }
    return obj_result(str_builder_finish(t, &b));
}

static Ref str_maketrans_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "maketrans", kwnames) || !args_count(t, "maketrans", nargs, NULL, 1, 3)) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    if (nargs == 1) {
        if (!dict_check(args[0])) {
            obj_decref(d);
            return err_set(t, &exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        intptr_t pos = 0;
        Ref k, v;
        while (dict_next(ref_obj(args[0]), &pos, &k, &v)) {
            Ref key;
            if (str_check(k)) {
                if (str_len(ref_obj(k)) != 1) {
                    obj_decref(d);
                    return err_set(t, &exc_ValueError, "string keys in translate table must be of length 1");
                }
                key = ref_from_int(str_char_at(ref_obj(k), 0));
            } else if (int_check(k)) {
                key = k;
            } else {
                obj_decref(d);
                return err_set(t, &exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(t, d, key, v) < 0) {
                obj_decref(d);
                return REF_NULL;
            }
        }
        return ref_from_obj(d);
    }
    for (size_t i = 0; i < nargs; i++)
        if (!str_check(args[i])) {
            obj_decref(d);
            return err_format(t, &exc_TypeError, "maketrans() argument %zu must be str, not %T", i + 1, args[i]);
        }
    Object *x = ref_obj(args[0]), *y = ref_obj(args[1]);
    if (str_len(x) != str_len(y)) {
        obj_decref(d);
        return err_set(t, &exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (intptr_t i = 0; i < str_len(x); i++)
        if (dict_set(t, d, ref_from_int(str_char_at(x, i)), ref_from_int(str_char_at(y, i))) < 0) {
            obj_decref(d);
            return REF_NULL;
        }
    if (nargs == 3) {
        Object *z = ref_obj(args[2]);
        for (intptr_t i = 0; i < str_len(z); i++)
            if (dict_set(t, d, ref_from_int(str_char_at(z, i)), REF_NONE) < 0) {
                obj_decref(d);
                return REF_NULL;
            }
    }
    return ref_from_obj(d);
}

/* ---- encode, format, misc ---------------------------------------------------------------- */

static Ref str_encode_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    static const ArgSpec spec = {"encode", names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    const char *enc = NULL, *errors = NULL;
    if (!ref_is_null(a[0])) {
        if (!arg_str(t, "encode", "encoding", a[0])) return REF_NULL;
        if (!(enc = str_utf8(t, ref_obj(a[0]), NULL))) return REF_NULL;
    }
    if (!ref_is_null(a[1])) {
        if (!arg_str(t, "encode", "errors", a[1])) return REF_NULL;
        if (!(errors = str_utf8(t, ref_obj(a[1]), NULL))) return REF_NULL;
    }
    return obj_result(codecs_encode(t, SELF, enc, errors));
}

static Ref str_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return obj_result(str_format_method(t, SELF, args, nargs, kwnames, REF_NULL));
}

static Ref str_format_map_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "str.format_map", nargs, kwnames)) return REF_NULL;
    return obj_result(str_format_method(t, SELF, NULL, 0, NULL, args[0]));
}

static Ref str_dunder_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "__format__", kwnames) || !args_count(t, "__format__", nargs, NULL, 1, 1)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    /* an empty spec means str(self): a subclass's __str__ is honoured */
    if (str_len(ref_obj(args[0])) == 0 && !str_check_exact(self)) return obj_str(t, self);
    return obj_result(fmtspec_format_str(t, SELF, ref_obj(args[0])));
}

static Ref str_getnewargs_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__getnewargs__", nargs, kwnames)) return REF_NULL;
    Object *copy = str_from_kind_data(t, STR(SELF)->kind, str_data(SELF), str_len(SELF));
    if (!copy) return REF_NULL;
    Ref item = ref_from_obj(copy);
    return obj_result(tuple_from_array_steal(t, &item, 1));
}

static Ref str_sizeof_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    Str *s = STR(SELF);
    intptr_t size = (intptr_t)sizeof(Str) + (s->length + 1) * s->kind;
    if (s->utf8 && !s->ascii) size += s->utf8_length + 1;
    return ref_from_int(size);
}

/* ---- slots --------------------------------------------------------------------------------- */

static void str_dealloc(Object *o) {
    Str *s = STR(o);
    if (s->utf8 && s->utf8 != (char *)str_data(o)) mem_free(s->utf8);
    if (s->_reserved & STR_WCHAR_KEPT) str_wchar_forget(o);
    if (o->ob_type == &str_type) mi_free(o); /* as str_alloc made it: no GC header, no type ref */
    else o->ob_type->tp_free(o);
}

static Ref str_repr_slot(Thread *t, Ref self) { return obj_result(str_repr(t, SELF)); }
static Ref str_str_slot(Thread *t, Ref self) { return obj_result(str_exact_copy(t, SELF)); }
static int64_t str_hash_slot(Thread *t, Ref self) { return str_hash(SELF); }
static intptr_t str_len_slot(Thread *t, Ref self) { return str_len(SELF); }

static Ref str_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!str_check(a) || !str_check(b)) return REF_NOTIMPLEMENTED;
    Object *x = ref_obj(a), *y = ref_obj(b);
    if (op == CMP_EQ || op == CMP_NE) return ref_from_bool(str_eq(x, y) == (op == CMP_EQ));
    int c = str_compare(x, y);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return ref_from_bool(r);
}

static Ref str_getitem(Thread *t, Ref self, Ref key) {
    Object *s = SELF;
    intptr_t len = str_len(s);
    if (ref_is_int(key) || (ref_is_obj(key) && ref_type(key)->index && !ref_isinstance_exact(key, &slice_type))) {
        intptr_t i;
        if (ref_is_int(key)) {
            int64_t v = ref_int(key);
            i = v;
        } else {
            i = obj_as_ssize(t, key, &exc_IndexError);
            if (i == -1 && err_occurred(t)) return REF_NULL;
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) return err_set(t, &exc_IndexError, "string index out of range");
        return str_getitem_index(t, s, i);
    }
    if (ref_isinstance_exact(key, &slice_type)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        return ref_from_obj(str_get_range(t, s, start, stop, step));
    }
    return err_format(t, &exc_TypeError, "string indices must be integers, not '%T'", key);
}

Object *str_get_range(Thread *t, Object *s, intptr_t start, intptr_t stop, intptr_t step) {
    intptr_t n = slice_adjust(str_len(s), &start, &stop, step);
    if (n <= 0) return str_empty();
    if (step == 1) return str_substr(t, s, start, start + n);
    StrBuilder b;
    str_builder_init(&b);
    if (!str_builder_reserve(t, &b, n, STR(s)->ascii ? 127 : STR(s)->kind == 1 ? 255 : 0))
        return NULL;
    uintptr_t i = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
    for (intptr_t k = 0; k < n; k++, i += (uintptr_t)step)
        if (!str_builder_putc(t, &b, str_char_at(s, (intptr_t)i))) return NULL;
    return str_builder_finish(t, &b);
}

static int str_contains(Thread *t, Ref self, Ref item) {
    if (!str_check(item)) {
        err_format(t, &exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return str_find_sub(SELF, ref_obj(item), 0, str_len(SELF), false) >= 0;
}

/* a + b: str's slot also sees the reflected case (b a str, a not): that one is the other
 * operand's business. For str + non-str, the other operand's reflected slot gets its
 * chance here, before CPython's "can only concatenate" error. */
static Ref str_add(Thread *t, Ref a, Ref b) {
    if (!str_check(a)) return REF_NOTIMPLEMENTED;
    if (!str_check(b)) {
        Type *bt = ref_type(b);
        BinaryFn f = bt->nb[NB_ADD];
        if (f && f != str_add) {
            Ref r = f(t, a, b);
            if (!ref_is_object(r, &notimplemented_obj)) return r;
        }
        return err_format(t, &exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    }
    return obj_result(str_concat(t, ref_obj(a), ref_obj(b)));
}

static Ref str_repeat(Thread *t, Object *s, intptr_t n) {
    intptr_t len = str_len(s);
    if (n <= 0 || len == 0) return obj_result(str_empty());
    if (n == 1) return obj_result(str_exact_copy(t, s));
    if (len > INTPTR_MAX / n) return err_set(t, &exc_OverflowError, "repeated string is too long");
    int kind = STR(s)->kind;
    Object *o = str_new_uninit(t, len * n, str_max_char_bound(s));
    if (!o) return REF_NULL;
    size_t chunk = (size_t)len * kind;
    char *d = str_data(o);
    if (len == 1 && kind == 1) {
        memset(d, ((uint8_t *)str_data(s))[0], (size_t)n);
    } else {
        memcpy(d, str_data(s), chunk);
        size_t done = chunk, total = chunk * (size_t)n;
        while (done < total) {
            size_t c = done < total - done ? done : total - done;
            memcpy(d + done, d, c);
            done += c;
        }
    }
    return ref_from_obj(o);
}

static Ref str_mul(Thread *t, Ref a, Ref b) {
    bool left = str_check(a);
    if (!left && bytes_is_sequence_operand(a) && !has_index(a)) return REF_NOTIMPLEMENTED;
    Ref seq = left ? a : b, other = left ? b : a;
    if (!has_index(other)) {
        if (left) {
            BinaryFn f = ref_type(other)->nb[NB_MULTIPLY];
            if (f && f != str_mul) {
                Ref r = f(t, a, b);
                if (!ref_is_object(r, &notimplemented_obj)) return r;
            }
        }
        if (str_check(other) && !left) return REF_NOTIMPLEMENTED;
        return err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%T'", other);
    }
    intptr_t n;
    if (ref_is_int(other)) {
        int64_t v = ref_int(other);
        n = v;
    } else {
        n = obj_as_ssize(t, other, &exc_OverflowError);
        if (n == -1 && err_occurred(t)) return REF_NULL;
    }
    return str_repeat(t, ref_obj(seq), n);
}

static Ref str_mod(Thread *t, Ref a, Ref b) {
    if (!str_check(a)) return REF_NOTIMPLEMENTED;
    return obj_result(str_printf(t, ref_obj(a), b));
}

static Ref str_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    static const ArgSpec spec = {"str", names, 0, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    Object *result;
    if (ref_is_null(a[1]) && ref_is_null(a[2])) {
        if (ref_is_null(a[0])) {
            result = str_empty();
        } else {
            Ref r = obj_str(t, a[0]);
            if (ref_is_null(r)) return REF_NULL;
            result = ref_obj(r);
        }
    } else {
        const char *enc = NULL, *errors = NULL;
        if (!ref_is_null(a[1])) {
            if (!arg_str(t, "str", "encoding", a[1]) || !(enc = str_utf8(t, ref_obj(a[1]), NULL))) return REF_NULL;
        }
        if (!ref_is_null(a[2])) {
            if (!arg_str(t, "str", "errors", a[2]) || !(errors = str_utf8(t, ref_obj(a[2]), NULL))) return REF_NULL;
        }
        Ref obj = ref_is_null(a[0]) ? REF_NULL : a[0];
        if (ref_is_null(obj)) {
            result = str_empty();
        } else {
            if (str_check(obj)) return err_set(t, &exc_TypeError, "decoding str is not supported");
            ByteView v;
            if (!bytes_view(obj, &v))
                return err_format(t, &exc_TypeError, "decoding to str: need a bytes-like object, %T found", obj);
            result = codecs_decode(t, v.data, v.len, enc, errors);
            if (!result) return REF_NULL;
        }
    }
    if (type == &str_type) return ref_from_obj(result);
    if (!type_is_subtype(type, &str_type)) {
        obj_decref(result);
        return err_format(t, &exc_TypeError, "str.__new__(%s): %s is not a subtype of str", type_name(type), type_name(type));
    }
    Object *sub = str_new_subtype(t, type, result);
    obj_decref(result);
    return obj_result(sub);
}

/* ---- iterator ------------------------------------------------------------------------------ */

typedef struct StrIter {
    Object ob;
    intptr_t index;
    Object *seq;     /* NULL once exhausted */
} StrIter;

static Ref str_iter(Thread *t, Ref self) {
    StrIter *it = (StrIter *)obj_alloc(t, &str_iter_type, sizeof(StrIter));
    if (!it) return REF_NULL;
    it->seq = ref_obj(ref_new(SELF));
    return ref_from_obj(&it->ob);
}

static Ref str_iter_next(Thread *t, Ref self) {
    StrIter *it = (StrIter *)SELF;
    if (!it->seq) return REF_NULL;
    if (it->index < str_len(it->seq)) return str_getitem_index(t, it->seq, it->index++);
    obj_decref(it->seq);
    it->seq = NULL;
    return REF_NULL;
}

static Ref str_iter_self(Thread *t, Ref self) { return ref_dup(self); }

static void str_iter_dealloc(Object *o) {
    obj_xdecref(((StrIter *)o)->seq);
    o->ob_type->tp_free(o);
}

static Ref str_iter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    StrIter *it = (StrIter *)SELF;
    intptr_t n = it->seq ? str_len(it->seq) - it->index : 0;
    return ref_from_int(n < 0 ? 0 : n);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

Type str_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(StrIter),
    .tp_dealloc = str_iter_dealloc,
    .tp_free = obj_free,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ---- the type ------------------------------------------------------------------------------- */

static const MethodDef str_methods[] = {
    {"encode", str_encode_m, 0, "Encode the string using the codec registered for encoding."},
    {"replace", str_replace_m, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_split_m, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit_m, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_join_m, 0, "Concatenate any number of strings."},
    {"capitalize", str_capitalize_m, 0, "Return a capitalized version of the string."},
    {"casefold", str_casefold_m, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title_m, 0, "Return a version of the string where each word is titlecased."},
    {"center", str_center_m, 0, "Return a centered string of length width."},
    {"count", str_count_m, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", str_expandtabs_m, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find_m, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", str_partition_m, 0, "Partition the string into three parts using the given separator."},
    {"index", str_index_m, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", str_ljust_m, 0, "Return a left-justified string of length width."},
    {"lower", str_lower_m, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip_m, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_rfind_m, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", str_rindex_m, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", str_rjust_m, 0, "Return a right-justified string of length width."},
    {"rstrip", str_rstrip_m, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_rpartition_m, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", str_splitlines_m, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip_m, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase_m, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate_m, 0, "Replace each character in the string using the given translation table."},
    {"upper", str_upper_m, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith_m, 0, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith_m, 0, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", str_removeprefix_m, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix_m, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", str_isascii_m, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_islower_m, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper_m, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle_m, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_isspace_m, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_isdecimal_m, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit_m, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_isnumeric_m, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha_m, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum_m, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_isidentifier_m, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable_m, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", str_zfill_m, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_format_m, 0, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_format_map_m, 0, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", str_dunder_format_m, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_maketrans_m, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", str_sizeof_m, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", str_getnewargs_m, 0, NULL},
    {NULL},
};

Type str_type = {
    TYPE_HEAD_INIT,
    .tp_name = "str",
    .tp_basicsize = sizeof(Str),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_UNICODE_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object.",
    .tp_dealloc = str_dealloc,
    .tp_free = obj_free,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .new_ = str_new,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .nb = {[NB_ADD] = str_add, [NB_MULTIPLY] = str_mul, [NB_REMAINDER] = str_mod},
    .methods = str_methods,
};
