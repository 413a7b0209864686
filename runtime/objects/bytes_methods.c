/* Methods shared by bytes and bytearray (ASCII semantics for the character classes).
 * `self` is either type; results have self's type (bytearray methods return new
 * bytearrays), and a bytes method that changes nothing returns self when it is exact. */
#include "spry.h"

#define ISSPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
#define ISLOWER(c) ((c) >= 'a' && (c) <= 'z')
#define ISUPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define ISDIGIT(c) ((c) >= '0' && (c) <= '9')
#define ISALPHA(c) (ISLOWER(c) || ISUPPER(c))

static bool is_ba(Ref self) { return bytearray_check(self); }

static ByteView view_of(Ref self) {
    ByteView v;
    bytes_view(self, &v);
    return v;
}

static Ref make_result(Thread *t, Ref self, const char *data, intptr_t len) {
    return ref_from_obj(is_ba(self) ? bytearray_from(t, data, len) : bytes_from(t, data, len));
}

/* An unchanged result: self for an exact bytes, else a copy of self's type. */
static Ref same(Thread *t, Ref self) {
    if (bytes_check_exact(self)) return ref_dup(self);
    ByteView v = view_of(self);
    return make_result(t, self, v.data, v.len);
}

static Ref finish(Thread *t, Ref self, BytesBuf *b) {
    return ref_from_obj(is_ba(self) ? bytes_buf_finish_bytearray(t, b) : bytes_buf_finish(t, b));
}

/* ---- argument helpers ---------------------------------------------------------------------- */

static bool parse_bound(Thread *t, Ref v, intptr_t *out) {
    if (ref_is_null(v) || ref_is_none(v)) return true;
    if (!ref_is_int(v) && !ref_type(v)->index) {
        err_set(t, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    intptr_t x = ref_is_int(v) ? (intptr_t)ref_int(v) : obj_as_ssize(t, v, NULL);
    if (x == -1 && err_occurred(t)) return false;
    *out = x;
    return true;
}

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

static bool arg_index(Thread *t, Ref v, intptr_t *out) {
    intptr_t x = ref_is_int(v) ? (intptr_t)ref_int(v) : obj_as_ssize(t, v, &exc_OverflowError);
    if (x == -1 && err_occurred(t)) return false;
    *out = x;
    return true;
}

static bool byte_arg(Thread *t, Ref v, uint8_t *out) {
    Ref iv = ref_is_int(v) ? v : obj_index(t, v);
    if (ref_is_null(iv)) return false;
    int overflow = 0;
    int64_t x = int_as_i64_overflow(iv, &overflow);
    if (!ref_is_int(v)) ref_close(iv);
    if (overflow || x < 0 || x > 255) {
        err_set(t, &exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)x;
    return true;
}

/* The needle of find/count/index: a bytes-like object or an int 0..255 (into `one`). */
static bool needle_arg(Thread *t, Ref v, ByteView *out, char *one) {
    if (bytes_view(v, out)) return true;
    if (ref_is_int(v) || ref_type(v)->index) {
        uint8_t c;
        if (!byte_arg(t, v, &c)) return false;
        *one = (char)c;
        out->data = one;
        out->len = 1;
        return true;
    }
    err_format(t, &exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return false;
}

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
    return (nargs < 2 || parse_bound(t, args[1], start)) && (nargs < 3 || parse_bound(t, args[2], end));
}

/* ---- searching ---------------------------------------------------------------------------- */

static intptr_t find_in(const ByteView *h, const ByteView *n, intptr_t start, intptr_t end, bool reverse) {
    adjust_indices(&start, &end, h->len);
    if (end - start < n->len) return -1;
    if (n->len == 0) return reverse ? end : start;
    if (!reverse) {
        const char *p = memmem(h->data + start, (size_t)(end - start), n->data, (size_t)n->len);
        return p ? p - h->data : -1;
    }
    for (intptr_t i = end - n->len; i >= start; i--)
        if (h->data[i] == n->data[0] && memcmp(h->data + i, n->data, (size_t)n->len) == 0) return i;
    return -1;
}

static intptr_t count_in(const ByteView *h, const ByteView *n, intptr_t start, intptr_t end) {
    adjust_indices(&start, &end, h->len);
    if (start > h->len || end < start) return 0;
    if (n->len == 0) return end - start + 1;
    intptr_t c = 0;
    for (;;) {
        intptr_t i = find_in(h, n, start, end, false);
        if (i < 0) return c;
        c++;
        start = i + n->len;
    }
}

static Ref do_find(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                   const char *fname, bool reverse, bool raise) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, fname, args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    ByteView n;
    char one;
    if (!needle_arg(t, sub, &n, &one)) return REF_NULL;
    ByteView h = view_of(self);
    intptr_t r = find_in(&h, &n, start, end, reverse);
    if (r < 0 && raise) return err_set(t, &exc_ValueError, "subsection not found");
    return ref_from_int(r);
}

static Ref b_find(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_find(t, s, a, n, k, "find", false, false); }
static Ref b_rfind(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_find(t, s, a, n, k, "rfind", true, false); }
static Ref b_index(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_find(t, s, a, n, k, "index", false, true); }
static Ref b_rindex(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_find(t, s, a, n, k, "rindex", true, true); }

static Ref b_count(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, "count", args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    ByteView n;
    char one;
    if (!needle_arg(t, sub, &n, &one)) return REF_NULL;
    ByteView h = view_of(self);
    return ref_from_int(count_in(&h, &n, start, end));
}

static bool tail_match(const ByteView *h, const ByteView *n, intptr_t start, intptr_t end, bool suffix) {
    adjust_indices(&start, &end, h->len);
    if (start > h->len || end - start < n->len) return false;
    if (n->len == 0) return true;
    return memcmp(h->data + (suffix ? end - n->len : start), n->data, (size_t)n->len) == 0;
}

static Ref do_startswith(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                         const char *fname, bool suffix) {
    Ref sub;
    intptr_t start, end;
    if (!parse_find_args(t, fname, args, nargs, kwnames, &sub, &start, &end)) return REF_NULL;
    ByteView h = view_of(self), n;
    if (tuple_check(sub)) {
        for (intptr_t i = 0; i < tuple_size(ref_obj(sub)); i++) {
            if (!bytes_view_or_error(t, tuple_get(ref_obj(sub), i), &n)) return REF_NULL;
            if (tail_match(&h, &n, start, end, suffix)) return REF_TRUE;
        }
        return REF_FALSE;
    }
    if (!bytes_view(sub, &n))
        return err_format(t, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", fname, sub);
    return ref_from_bool(tail_match(&h, &n, start, end, suffix));
}

static Ref b_startswith(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_startswith(t, s, a, n, k, "startswith", false); }
static Ref b_endswith(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_startswith(t, s, a, n, k, "endswith", true); }

/* ---- case and predicates -------------------------------------------------------------------- */

enum { C_LOWER, C_UPPER, C_SWAP, C_TITLE, C_CAPITALIZE };

static Ref do_case(Thread *t, Ref self, size_t nargs, Object *kwnames, const char *fname, int mode) {
    if (!args_none(t, fname, nargs, kwnames)) return REF_NULL;
    ByteView v = view_of(self);
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, v.len)) return REF_NULL;
    bool prev_cased = false;
    for (intptr_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        switch (mode) {
        case C_LOWER: if (ISUPPER(c)) c += 32; break;
        case C_UPPER: if (ISLOWER(c)) c -= 32; break;
        case C_SWAP: if (ISUPPER(c)) c += 32; else if (ISLOWER(c)) c -= 32; break;
        case C_TITLE: {
            bool cased = ISALPHA(c);
            if (prev_cased) { if (ISUPPER(c)) c += 32; }
            else if (ISLOWER(c)) c -= 32;
            prev_cased = cased;
            break;
        }
        case C_CAPITALIZE:
            if (i == 0) { if (ISLOWER(c)) c -= 32; }
            else if (ISUPPER(c)) c += 32;
            break;
        }
        b.data[b.len++] = (char)c;
    }
    return finish(t, self, &b);
}

static Ref b_lower(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_case(t, s, n, k, "lower", C_LOWER); }
static Ref b_upper(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_case(t, s, n, k, "upper", C_UPPER); }
static Ref b_swapcase(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_case(t, s, n, k, "swapcase", C_SWAP); }
static Ref b_title(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_case(t, s, n, k, "title", C_TITLE); }
static Ref b_capitalize(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_case(t, s, n, k, "capitalize", C_CAPITALIZE); }

enum { P_ALNUM, P_ALPHA, P_ASCII, P_DIGIT, P_LOWER, P_SPACE, P_TITLE, P_UPPER };

static Ref do_pred(Thread *t, Ref self, size_t nargs, Object *kwnames, const char *fname, int which) {
    if (!args_none(t, fname, nargs, kwnames)) return REF_NULL;
    ByteView v = view_of(self);
    const unsigned char *p = (const unsigned char *)v.data;
    switch (which) {
    case P_ASCII:
        for (intptr_t i = 0; i < v.len; i++)
            if (p[i] >= 128) return REF_FALSE;
        return REF_TRUE;
    case P_LOWER:
    case P_UPPER: {
        bool cased = false;
        for (intptr_t i = 0; i < v.len; i++) {
            if (which == P_LOWER ? ISUPPER(p[i]) : ISLOWER(p[i])) return REF_FALSE;
            if (which == P_LOWER ? ISLOWER(p[i]) : ISUPPER(p[i])) cased = true;
        }
        return ref_from_bool(cased);
    }
    case P_TITLE: {
        bool cased = false, prev = false;
        for (intptr_t i = 0; i < v.len; i++) {
            if (ISUPPER(p[i])) {
                if (prev) return REF_FALSE;
                prev = cased = true;
            } else if (ISLOWER(p[i])) {
                if (!prev) return REF_FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return ref_from_bool(cased);
    }
    default:
        if (v.len == 0) return REF_FALSE;
        for (intptr_t i = 0; i < v.len; i++) {
            unsigned char c = p[i];
            bool ok = which == P_ALNUM ? (ISALPHA(c) || ISDIGIT(c)) : which == P_ALPHA ? ISALPHA(c)
                    : which == P_DIGIT ? ISDIGIT(c) : ISSPACE(c);
            if (!ok) return REF_FALSE;
        }
        return REF_TRUE;
    }
}

#define PRED(fn, name, which)                                                              \
    static Ref fn(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_pred(t, s, n, k, name, which); }
PRED(b_isalnum, "isalnum", P_ALNUM)
PRED(b_isalpha, "isalpha", P_ALPHA)
PRED(b_isascii, "isascii", P_ASCII)
PRED(b_isdigit, "isdigit", P_DIGIT)
PRED(b_islower, "islower", P_LOWER)
PRED(b_isspace, "isspace", P_SPACE)
PRED(b_istitle, "istitle", P_TITLE)
PRED(b_isupper, "isupper", P_UPPER)

/* ---- padding ---------------------------------------------------------------------------------- */

static Ref do_justify(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                      const char *fname, int how) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 1, 2)) return REF_NULL;
    intptr_t width;
    char fill = ' ';
    if (!arg_index(t, args[0], &width)) return REF_NULL;
    if (nargs > 1) {
        ByteView f;
        if (!(bytes_check(args[1]) || bytearray_check(args[1])) || !bytes_view(args[1], &f) || f.len != 1)
            return err_format(t, &exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                              fname, args[1]);
        fill = f.data[0];
    }
    ByteView v = view_of(self);
    if (width <= v.len) return same(t, self);
    intptr_t marg = width - v.len, left = how == 0 ? 0 : how == 1 ? marg : marg / 2 + (marg & width & 1);
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, width)) return REF_NULL;
    memset(b.data, fill, (size_t)left);
    memcpy(b.data + left, v.data, (size_t)v.len);
    memset(b.data + left + v.len, fill, (size_t)(marg - left));
    b.len = width;
    return finish(t, self, &b);
}

static Ref b_ljust(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_justify(t, s, a, n, k, "ljust", 0); }
static Ref b_rjust(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_justify(t, s, a, n, k, "rjust", 1); }
static Ref b_center(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_justify(t, s, a, n, k, "center", 2); }

static Ref b_zfill(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "zfill", kwnames) || !args_count(t, "zfill", nargs, NULL, 1, 1)) return REF_NULL;
    intptr_t width;
    if (!arg_index(t, args[0], &width)) return REF_NULL;
    ByteView v = view_of(self);
    if (width <= v.len) return same(t, self);
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, width)) return REF_NULL;
    intptr_t fill = width - v.len, start = 0;
    if (v.len && (v.data[0] == '+' || v.data[0] == '-')) {
        b.data[b.len++] = v.data[0];
        start = 1;
    }
    memset(b.data + b.len, '0', (size_t)fill);
    b.len += fill;
    memcpy(b.data + b.len, v.data + start, (size_t)(v.len - start));
    b.len += v.len - start;
    return finish(t, self, &b);
}

static Ref b_expandtabs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    intptr_t tabsize = 8;
    if (!ref_is_null(a[0]) && !arg_index(t, a[0], &tabsize)) return REF_NULL;
    if (tabsize > INT_MAX || tabsize < INT_MIN)   /* CPython takes a C int */
        return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    ByteView v = view_of(self);
    BytesBuf b;
    bytes_buf_init(&b);
    intptr_t col = 0;
    for (intptr_t i = 0; i < v.len; i++) {
        char c = v.data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t n = tabsize - col % tabsize;
                if (!bytes_buf_reserve(t, &b, n)) return REF_NULL;
                memset(b.data + b.len, ' ', (size_t)n);
                b.len += n;
                col += n;
            }
        } else {
            if (!bytes_buf_putc(t, &b, c)) return REF_NULL;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return finish(t, self, &b);
}

/* ---- strip, affixes -------------------------------------------------------------------------- */

static Ref do_strip(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                    const char *fname, bool left, bool right) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 0, 1)) return REF_NULL;
    ByteView chars = {NULL, 0};
    bool ws = true;
    if (nargs == 1 && !ref_is_none(args[0])) {
        if (!bytes_view_or_error(t, args[0], &chars)) return REF_NULL;
        ws = false;
    }
    ByteView v = view_of(self);
    intptr_t i = 0, j = v.len;
#define STRIPPED(c) (ws ? ISSPACE((unsigned char)(c)) : (chars.len && memchr(chars.data, (c), (size_t)chars.len) != NULL))
    if (left)
        while (i < j && STRIPPED(v.data[i])) i++;
    if (right)
        while (j > i && STRIPPED(v.data[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == v.len) return same(t, self);
    return make_result(t, self, v.data + i, j - i);
}

static Ref b_strip(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_strip(t, s, a, n, k, "strip", true, true); }
static Ref b_lstrip(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_strip(t, s, a, n, k, "lstrip", true, false); }
static Ref b_rstrip(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_strip(t, s, a, n, k, "rstrip", false, true); }

static Ref do_affix(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,
                    const char *fname, bool suffix) {
    if (!args_no_kw(t, fname, kwnames) || !args_count(t, fname, nargs, NULL, 1, 1)) return REF_NULL;
    ByteView a;
    if (!bytes_view_or_error(t, args[0], &a)) return REF_NULL;
    ByteView v = view_of(self);
    if (a.len && tail_match(&v, &a, 0, v.len, suffix))
        return make_result(t, self, suffix ? v.data : v.data + a.len, v.len - a.len);
    return same(t, self);
}

static Ref b_removeprefix(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_affix(t, s, a, n, k, "removeprefix", false); }
static Ref b_removesuffix(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_affix(t, s, a, n, k, "removesuffix", true); }

/* ---- split, partition, join, replace -------------------------------------------------------- */

static bool append_part(Thread *t, Object *list, Ref self, const char *p, intptr_t n) {
    Ref part = make_result(t, self, p, n);
    return !ref_is_null(part) && list_append_steal(t, list, part) == 0;
}

static bool parse_split(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kwnames,
                        ByteView *sep, bool *ws, intptr_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    ArgSpec spec = {fname, names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return false;
    *ws = true;
    *maxsplit = -1;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        if (!bytes_view_or_error(t, a[0], sep)) return false;
        if (sep->len == 0) {
            err_set(t, &exc_ValueError, "empty separator");
            return false;
        }
        *ws = false;
    }
    if (!ref_is_null(a[1]) && !arg_index(t, a[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    return true;
}

static Ref b_split(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    ByteView sep;
    bool ws;
    intptr_t maxsplit;
    if (!parse_split(t, "split", args, nargs, kwnames, &sep, &ws, &maxsplit)) return REF_NULL;
    ByteView v = view_of(self);
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    intptr_t i = 0;
    if (ws) {
        while (maxsplit-- > 0) {
            while (i < v.len && ISSPACE((unsigned char)v.data[i])) i++;
            if (i == v.len) break;
            intptr_t j = i;
            while (j < v.len && !ISSPACE((unsigned char)v.data[j])) j++;
            if (!append_part(t, list, self, v.data + i, j - i)) goto fail;
            i = j;
        }
        while (i < v.len && ISSPACE((unsigned char)v.data[i])) i++;
        if (i < v.len && !append_part(t, list, self, v.data + i, v.len - i)) goto fail;
    } else {
        while (maxsplit-- > 0) {
            intptr_t j = find_in(&v, &sep, i, v.len, false);
            if (j < 0) break;
            if (!append_part(t, list, self, v.data + i, j - i)) goto fail;
            i = j + sep.len;
        }
        if (!append_part(t, list, self, v.data + i, v.len - i)) goto fail;
    }
    return ref_from_obj(list);
fail:
    obj_decref(list);
    return REF_NULL;
}

static Ref b_rsplit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    ByteView sep;
    bool ws;
    intptr_t maxsplit;
    if (!parse_split(t, "rsplit", args, nargs, kwnames, &sep, &ws, &maxsplit)) return REF_NULL;
    ByteView v = view_of(self);
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    intptr_t j = v.len;
    if (ws) {
        while (maxsplit-- > 0) {
            while (j > 0 && ISSPACE((unsigned char)v.data[j - 1])) j--;
            if (j == 0) break;
            intptr_t i = j;
            while (i > 0 && !ISSPACE((unsigned char)v.data[i - 1])) i--;
            if (!append_part(t, list, self, v.data + i, j - i)) goto fail;
            j = i;
        }
        while (j > 0 && ISSPACE((unsigned char)v.data[j - 1])) j--;
        if (j > 0 && !append_part(t, list, self, v.data, j)) goto fail;
    } else {
        while (maxsplit-- > 0) {
            intptr_t i = find_in(&v, &sep, 0, j, true);
            if (i < 0) break;
            if (!append_part(t, list, self, v.data + i + sep.len, j - i - sep.len)) goto fail;
            j = i;
        }
        if (!append_part(t, list, self, v.data, j)) goto fail;
    }
    if (list_reverse(t, list) < 0) goto fail;
    return ref_from_obj(list);
fail:
    obj_decref(list);
    return REF_NULL;
}

static Ref b_splitlines(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    static const ArgSpec spec = {"splitlines", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    bool keep = false;
    if (!ref_is_null(a[0])) {
        int r = obj_truthy(t, a[0]);
        if (r < 0) return REF_NULL;
        keep = r;
    }
    ByteView v = view_of(self);
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    intptr_t i = 0;
    while (i < v.len) {
        intptr_t j = i;
        while (j < v.len && v.data[j] != '\n' && v.data[j] != '\r') j++;
        intptr_t eol = j;
        if (j < v.len) {
            j += (v.data[j] == '\r' && j + 1 < v.len && v.data[j + 1] == '\n') ? 2 : 1;
            if (keep) eol = j;
        }
        if (!append_part(t, list, self, v.data + i, eol - i)) {
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
    ByteView sep;
    if (!bytes_view_or_error(t, args[0], &sep)) return REF_NULL;
    if (sep.len == 0) return err_set(t, &exc_ValueError, "empty separator");
    ByteView v = view_of(self);
    intptr_t i = find_in(&v, &sep, 0, v.len, reverse);
    Ref items[3];
    if (i < 0) {
        Ref whole = same(t, self);
        Ref e1 = make_result(t, self, "", 0), e2 = make_result(t, self, "", 0);
        items[reverse ? 2 : 0] = whole;
        items[1] = e1;
        items[reverse ? 0 : 2] = e2;
    } else {
        items[0] = make_result(t, self, v.data, i);
        items[1] = make_result(t, self, sep.data, sep.len);
        items[2] = make_result(t, self, v.data + i + sep.len, v.len - i - sep.len);
    }
    if (ref_is_null(items[0]) || ref_is_null(items[1]) || ref_is_null(items[2])) {
        for (int k = 0; k < 3; k++) ref_close(items[k]);
        return REF_NULL;
    }
    return ref_from_obj(tuple_from_array_steal(t, items, 3));
}

static Ref b_partition(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_partition(t, s, a, n, k, "partition", false); }
static Ref b_rpartition(Thread *t, Ref s, const Ref *a, size_t n, Object *k) { return do_partition(t, s, a, n, k, "rpartition", true); }

static Ref b_join(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "join", nargs, kwnames)) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_set(t, &exc_TypeError, "can only join an iterable");
        }
        return REF_NULL;
    }
    Object *seq = list_from_iterable(t, it);
    ref_close(it);
    if (!seq) return REF_NULL;
    BytesBuf b;
    bytes_buf_init(&b);
    /* the separator is copied first: a bytearray separator could change under us */
    ByteView sv = view_of(self);
    BytesBuf sep;
    bytes_buf_init(&sep);
    if (!bytes_buf_put(t, &sep, sv.data, sv.len)) {
        obj_decref(seq);
        return REF_NULL;
    }
    /* Size the result first, so that one too large fails before any copying. */
    intptr_t total = 0;
    for (intptr_t i = 0; i < list_size(seq); i++) {
        ByteView iv;
        if (!bytes_view(list_items(seq)[i], &iv)) continue;   /* reported below */
        intptr_t add = iv.len + (i > 0 ? sep.len : 0);
        if (total > INTPTR_MAX - add) {
            err_set(t, &exc_OverflowError, "join() result is too long for bytes");
            goto fail;
        }
        total += add;
    }
    if (!bytes_buf_reserve(t, &b, total)) goto fail;
    for (intptr_t i = 0; i < list_size(seq); i++) {
        Ref item = list_items(seq)[i];
        ByteView iv;
        if (!bytes_view(item, &iv)) {
            err_format(t, &exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", i, item);
            goto fail;
        }
        if ((i > 0 && !bytes_buf_put(t, &b, sep.data, sep.len)) || !bytes_buf_put(t, &b, iv.data, iv.len))
            goto fail;
    }
    obj_decref(seq);
    bytes_buf_discard(&sep);
    return finish(t, self, &b);
fail:
    obj_decref(seq);
    bytes_buf_discard(&sep);
    bytes_buf_discard(&b);
    return REF_NULL;
}

static Ref b_replace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "replace", kwnames) || !args_count(t, "replace", nargs, NULL, 2, 3)) return REF_NULL;
    ByteView old, new_;
    if (!bytes_view_or_error(t, args[0], &old) || !bytes_view_or_error(t, args[1], &new_)) return REF_NULL;
    intptr_t count = -1;
    if (nargs > 2 && !arg_index(t, args[2], &count)) return REF_NULL;
    if (count < 0) count = INTPTR_MAX;
    ByteView v = view_of(self);
    BytesBuf b;
    bytes_buf_init(&b);
    intptr_t growth = new_.len - old.len;
    if (growth > 0) {
        /* Size a growing result first, so that one too large fails before any copying. */
        intptr_t matches = 0;
        if (old.len == 0) {
            matches = count < v.len + 1 ? count : v.len + 1;
        } else {
            for (intptr_t k = 0, j; matches < count && (j = find_in(&v, &old, k, v.len, false)) >= 0; k = j + old.len)
                matches++;
        }
        if (matches > (INTPTR_MAX - v.len) / growth)
            return err_set(t, &exc_OverflowError, "replace bytes is too long");
        if (!bytes_buf_reserve(t, &b, v.len + matches * growth)) return REF_NULL;
    }
    intptr_t i = 0, done = 0;
    if (old.len == 0) {
        while (done < count && i <= v.len) {
            if (!bytes_buf_put(t, &b, new_.data, new_.len)) return REF_NULL;
            done++;
            if (i < v.len && !bytes_buf_putc(t, &b, v.data[i])) return REF_NULL;
            i++;
        }
    } else {
        while (done < count) {
            intptr_t j = find_in(&v, &old, i, v.len, false);
            if (j < 0) break;
            if (!bytes_buf_put(t, &b, v.data + i, j - i) || !bytes_buf_put(t, &b, new_.data, new_.len))
                return REF_NULL;
            i = j + old.len;
            done++;
        }
    }
    if (done == 0) {
        bytes_buf_discard(&b);
        return same(t, self);
    }
    if (i < v.len && !bytes_buf_put(t, &b, v.data + i, v.len - i)) return REF_NULL;
    return finish(t, self, &b);
}

/* ---- translate, maketrans ------------------------------------------------------------------- */

static Ref b_translate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"", "delete", NULL};
    static const ArgSpec spec = {"translate", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    ByteView table = {NULL, 0}, del = {NULL, 0};
    if (!ref_is_none(a[0])) {
        if (!bytes_view_or_error(t, a[0], &table)) return REF_NULL;
        if (table.len != 256) return err_set(t, &exc_ValueError, "translation table must be 256 characters long");
    }
    if (!ref_is_null(a[1]) && !bytes_view_or_error(t, a[1], &del)) return REF_NULL;
    bool deleted[256] = {false};
    for (intptr_t i = 0; i < del.len; i++) deleted[(unsigned char)del.data[i]] = true;
    ByteView v = view_of(self);
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, v.len)) return REF_NULL;
    for (intptr_t i = 0; i < v.len; i++) {
        unsigned char c = (unsigned char)v.data[i];
        if (deleted[c]) continue;
        b.data[b.len++] = table.data ? table.data[c] : (char)c;
    }
    return finish(t, self, &b);
}

static Ref b_maketrans(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "maketrans", kwnames) || !args_count(t, "maketrans", nargs, NULL, 2, 2)) return REF_NULL;
    ByteView frm, to;
    if (!bytes_view_or_error(t, args[0], &frm) || !bytes_view_or_error(t, args[1], &to)) return REF_NULL;
    if (frm.len != to.len) return err_set(t, &exc_ValueError, "maketrans arguments must have same length");
    Object *o = bytes_new_uninit(t, 256);
    if (!o) return REF_NULL;
    for (int i = 0; i < 256; i++) bytes_data(o)[i] = (char)i;
    for (intptr_t i = 0; i < frm.len; i++) bytes_data(o)[(unsigned char)frm.data[i]] = to.data[i];
    return ref_from_obj(o);
}

/* ---- hex, fromhex, decode ------------------------------------------------------------------- */

static Ref b_hex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const ArgSpec spec = {"hex", names, 0, -1};
    static const char hexd[] = "0123456789abcdef";
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    char sep = 0;
    intptr_t per = 1;
    if (!ref_is_null(a[0])) {
        if (str_check(a[0])) {
            Object *s = ref_obj(a[0]);
            if (str_len(s) != 1) return err_set(t, &exc_ValueError, "sep must be length 1.");
            if (str_char_at(s, 0) >= 128) return err_set(t, &exc_ValueError, "sep must be ASCII.");
            sep = (char)str_char_at(s, 0);
        } else {
            ByteView sv;
            if (!bytes_view(a[0], &sv)) return err_set(t, &exc_TypeError, "sep must be str or bytes.");
            if (sv.len != 1) return err_set(t, &exc_ValueError, "sep must be length 1.");
            sep = sv.data[0];
        }
    }
    if (!ref_is_null(a[1]) && !arg_index(t, a[1], &per)) return REF_NULL;
    ByteView v = view_of(self);
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, v.len * 3)) return REF_NULL;
    intptr_t group = per < 0 ? -per : per;
    for (intptr_t i = 0; i < v.len; i++) {
        if (sep && group > 0 && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? ((v.len - i) % group == 0) : (i % group == 0);
            if (boundary) b.data[b.len++] = sep;
        }
        unsigned char c = (unsigned char)v.data[i];
        b.data[b.len++] = hexd[c >> 4];
        b.data[b.len++] = hexd[c & 15];
    }
    Object *s = str_from_ascii(t, b.data ? b.data : "", b.len);
    bytes_buf_discard(&b);
    return ref_from_obj(s);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* bytes.fromhex / bytearray.fromhex (classmethods: a subclass is called with the result). */
static Ref b_fromhex(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "fromhex", kwnames) || !args_count(t, "fromhex", nargs, NULL, 1, 1)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    Object *s = ref_obj(args[0]);
    intptr_t n = str_len(s), i = 0;
    BytesBuf b;
    bytes_buf_init(&b);
    while (i < n) {
        uint32_t c = str_char_at(s, i);
        if (c < 128 && ISSPACE(c)) {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) goto bad;
        if (i + 1 >= n) {
            i++;
            goto bad;
        }
        int lo = hexval(str_char_at(s, i + 1));
        if (lo < 0) {
            i++;
            goto bad;
        }
        if (!bytes_buf_putc(t, &b, hi * 16 + lo)) return REF_NULL;
        i += 2;
    }
    {
        Type *type = ref_is_obj(cls) && type_check(cls) ? (Type *)ref_obj(cls) : &bytes_type;
        bool ba = type_is_subtype(type, &bytearray_type);
        Object *o = ba ? bytes_buf_finish_bytearray(t, &b) : bytes_buf_finish(t, &b);
        if (!o) return REF_NULL;
        if (type == &bytes_type || type == &bytearray_type) return ref_from_obj(o);
        Ref r = obj_call1(t, cls, ref_from_obj(o));
        obj_decref(o);
        return r;
    }
bad:
    bytes_buf_discard(&b);
    return err_format(t, &exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
}

static Ref b_decode(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    static const ArgSpec spec = {"decode", names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    const char *enc = NULL, *errors = NULL;
    if (!ref_is_null(a[0])) {
        if (!arg_str(t, "decode", "encoding", a[0]) || !(enc = str_utf8(t, ref_obj(a[0]), NULL))) return REF_NULL;
    }
    if (!ref_is_null(a[1])) {
        if (!arg_str(t, "decode", "errors", a[1]) || !(errors = str_utf8(t, ref_obj(a[1]), NULL))) return REF_NULL;
    }
    ByteView v = view_of(self);
    return ref_from_obj(codecs_decode(t, v.data, v.len, enc, errors));
}

static Ref b_getnewargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__getnewargs__", nargs, kwnames)) return REF_NULL;
    ByteView v = view_of(self);
    Object *b = bytes_from(t, v.data, v.len);
    if (!b) return REF_NULL;
    Ref item = ref_from_obj(b);
    return ref_from_obj(tuple_from_array_steal(t, &item, 1));
}

static Ref b_bytes(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__bytes__", nargs, kwnames)) return REF_NULL;
    if (bytes_check_exact(self)) return ref_dup(self);
    ByteView v = view_of(self);
    return ref_from_obj(bytes_from(t, v.data, v.len));
}

static Ref b_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    if (is_ba(self)) return ref_from_int((int64_t)sizeof(ByteArray) + BYTEARRAY(ref_obj(self))->alloc);
    return ref_from_int((int64_t)offsetof(Bytes, data) + 1 + bytes_size(ref_obj(self)));
}

/* ---- method tables --------------------------------------------------------------------------- */

#define COMMON_METHODS                                                                     \
    {"capitalize", b_capitalize, 0, NULL}, {"center", b_center, 0, NULL},                  \
    {"count", b_count, 0, NULL}, {"decode", b_decode, 0, NULL},                            \
    {"endswith", b_endswith, 0, NULL}, {"expandtabs", b_expandtabs, 0, NULL},              \
    {"find", b_find, 0, NULL}, {"fromhex", b_fromhex, METH_CLASS, NULL},                   \
    {"hex", b_hex, 0, NULL}, {"index", b_index, 0, NULL}, {"isalnum", b_isalnum, 0, NULL}, \
    {"isalpha", b_isalpha, 0, NULL}, {"isascii", b_isascii, 0, NULL},                      \
    {"isdigit", b_isdigit, 0, NULL}, {"islower", b_islower, 0, NULL},                      \
    {"isspace", b_isspace, 0, NULL}, {"istitle", b_istitle, 0, NULL},                      \
    {"isupper", b_isupper, 0, NULL}, {"join", b_join, 0, NULL}, {"ljust", b_ljust, 0, NULL}, \
    {"lower", b_lower, 0, NULL}, {"lstrip", b_lstrip, 0, NULL},                            \
    {"maketrans", b_maketrans, METH_STATIC, NULL}, {"partition", b_partition, 0, NULL},    \
    {"removeprefix", b_removeprefix, 0, NULL}, {"removesuffix", b_removesuffix, 0, NULL},  \
    {"replace", b_replace, 0, NULL}, {"rfind", b_rfind, 0, NULL},                          \
    {"rindex", b_rindex, 0, NULL}, {"rjust", b_rjust, 0, NULL},                            \
    {"rpartition", b_rpartition, 0, NULL}, {"rsplit", b_rsplit, 0, NULL},                  \
    {"rstrip", b_rstrip, 0, NULL}, {"split", b_split, 0, NULL},                            \
    {"splitlines", b_splitlines, 0, NULL}, {"startswith", b_startswith, 0, NULL},          \
    {"strip", b_strip, 0, NULL}, {"swapcase", b_swapcase, 0, NULL},                        \
    {"title", b_title, 0, NULL}, {"translate", b_translate, 0, NULL},                      \
    {"upper", b_upper, 0, NULL}, {"zfill", b_zfill, 0, NULL},                              \
    {"__sizeof__", b_sizeof, 0, NULL}

const MethodDef bytes_method_table[] = {
    COMMON_METHODS,
    {"__getnewargs__", b_getnewargs, 0, NULL},
    {"__bytes__", b_bytes, 0, "Convert this value to exact type bytes."},
    {NULL},
};

const MethodDef bytearray_method_table[] = {
    COMMON_METHODS,
    {"append", bytearray_m_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", bytearray_m_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", bytearray_m_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", bytearray_m_pop, 0, "Remove and return a single item from B."},
    {"remove", bytearray_m_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", bytearray_m_reverse, 0, "Reverse the order of the values in B in place."},
    {"clear", bytearray_m_clear, 0, "Remove all items from the bytearray."},
    {"copy", bytearray_m_copy, 0, "Return a copy of B."},
    {"__alloc__", bytearray_m_alloc, 0, "B.__alloc__() -> int"},
    {"__reduce__", bytearray_m_reduce, 0, "Return state information for pickling."},
    {NULL},
};
