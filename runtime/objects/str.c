/* str core: allocation in canonical PEP 393 form, construction, UTF-8 cache, hashing,
 * equality/comparison, interning, the builder, repr, and the process-wide strings.
 * The type object and the methods live in str_methods.c. */
#include <mimalloc.h>

#include "spry.h"
#include "objects/unicode_db.h"

/* ---- allocation ------------------------------------------------------------------------ */

static Object *str_alloc(Thread *t, Type *type, intptr_t length, uint32_t maxchar) {
    int kind = str_kind_for(maxchar);
    /* one bound for every kind keeps a division off this path */
    if (length < 0 || (size_t)length > (SIZE_MAX / 8 - sizeof(Str)) / 4) {
        err_no_memory(t);
        return NULL;
    }
    /* A subclass's tp_basicsize includes its instance fields (the __dict__ pointer sits in
     * the object's last word, see object_dict_ptr): allocate them too, 8-rounded. */
    size_t size = (size_t)type->tp_basicsize + (size_t)(length + 1) * (size_t)kind;
    /* An exact str's data is written by the caller at once: no need to zero it first. */
    bool exact = type == &str_type;
    Object *o;
    if (exact) { /* not a GC or heap type: obj_alloc_uninit's work reduced to its core */
        o = size <= t->max_request ? mi_heap_malloc(t->heap, (size + 7) & ~(size_t)7) : NULL;
        if (!o) {
            err_no_memory(t);
            return NULL;
        }
        o->ob_refcnt = 1;
        o->ob_type = &str_type;
    } else {
        o = obj_alloc(t, type, (size + 7) & ~(size_t)7);
        if (!o) return NULL;
    }
    Str *s = STR(o);
    if (exact) {
        memset((char *)s + sizeof(Object), 0, sizeof(Str) - sizeof(Object));
        str_write(kind, str_data(o), length, 0); /* the terminator */
    }
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = maxchar < 128;
    if (s->ascii) {
        s->utf8 = str_data(o);
        s->utf8_length = length;
    }
    return o;
}

Object *str_new_uninit(Thread *t, intptr_t length, uint32_t maxchar) {
    if (length == 0) return str_empty();
    return str_alloc(t, &str_type, length, maxchar);
}

Object *str_empty(void) { return spry_runtime.str_empty; }

uint32_t str_max_char(Object *s, intptr_t start, intptr_t end) {
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    uint32_t m = 0;
    if (kind == 1) {
        if (STR(s)->ascii) {
            for (intptr_t i = start; i < end; i++) m |= ((const uint8_t *)d)[i];
            return m;
        }
        for (intptr_t i = start; i < end; i++) m |= ((const uint8_t *)d)[i];
        return m;  /* |-ing keeps the high bit, which is all that matters below 256 */
    }
    if (kind == 2) {
        for (intptr_t i = start; i < end; i++)
            if (((const uint16_t *)d)[i] > m) m = ((const uint16_t *)d)[i];
        return m;
    }
    for (intptr_t i = start; i < end; i++)
        if (((const uint32_t *)d)[i] > m) m = ((const uint32_t *)d)[i];
    return m;
}

static uint32_t data_max_char(int kind, const void *d, intptr_t len) {
    uint32_t m = 0;
    if (kind == 1) {
        for (intptr_t i = 0; i < len; i++) m |= ((const uint8_t *)d)[i];
    } else if (kind == 2) {
        for (intptr_t i = 0; i < len; i++)
            if (((const uint16_t *)d)[i] > m) m = ((const uint16_t *)d)[i];
    } else {
        for (intptr_t i = 0; i < len; i++)
            if (((const uint32_t *)d)[i] > m) m = ((const uint32_t *)d)[i];
    }
    return m;
}

/* Copies n code points from (skind, src) to (dkind, dst), converting width. */
static void copy_chars(int dkind, void *dst, int skind, const void *src, intptr_t n) {
    if (dkind == skind) {
        memcpy(dst, src, (size_t)n * (size_t)dkind);
        return;
    }
    for (intptr_t i = 0; i < n; i++) str_write(dkind, dst, i, str_read(skind, src, i));
}

void str_copy_into(Object *dst, intptr_t at, Object *s) {
    int dk = STR(dst)->kind;
    copy_chars(dk, (char *)str_data(dst) + at * dk, STR(s)->kind, str_data(s), STR(s)->length);
}

/* `s + tail` by growing s in place (the interpreter calls this only when s is an exact,
 * uninterned str that nothing else references, see eval's in-place concatenation).
 * Returns the (possibly moved) s, or NULL, with no exception set, when it cannot be done
 * in place (tail needs a wider kind, or memory ran out): the caller then concatenates
 * normally. */
Object *str_append_in_place(Thread *t, Object *s, Object *tail) {
    Str *st = STR(s);
    int kind = st->kind;
    if (STR(tail)->kind > kind || st->interned || s->ob_type != &str_type) return NULL;
    intptr_t n = st->length, m = STR(tail)->length;
    if (m > (intptr_t)((SIZE_MAX / 8 - sizeof(Str)) / (size_t)kind) - n) return NULL;
    if (st->utf8 && st->utf8 != (char *)str_data(s)) mem_free(st->utf8);
    st->utf8 = NULL;
    size_t size = (sizeof(Str) + (size_t)(n + m + 1) * (size_t)kind + 7) & ~(size_t)7;
    Object *o = mi_heap_realloc(t->heap, s, size);
    if (!o) {
        if (st->ascii) {
            st->utf8 = str_data(s);
            st->utf8_length = n;
        }
        return NULL;
    }
    st = STR(o);
    copy_chars(kind, (char *)str_data(o) + (size_t)n * (size_t)kind, STR(tail)->kind, str_data(tail), m);
    str_write(kind, str_data(o), n + m, 0);
    st->length = n + m;
    st->hash = -1;
    st->ascii = st->ascii && STR(tail)->ascii;
    if (st->ascii) {
        st->utf8 = str_data(o);
        st->utf8_length = n + m;
    }
    return o;
}

Object *str_from_kind_data(Thread *t, int kind, const void *data, intptr_t len) {
    if (len == 0) return str_empty();
    uint32_t m = data_max_char(kind, data, len);
    if (len == 1 && m < 256) return spry_runtime.str_latin1[m];
    Object *o = str_alloc(t, &str_type, len, m);
    if (!o) return NULL;
    copy_chars(STR(o)->kind, str_data(o), kind, data, len);
    return o;
}

Object *str_from_char(Thread *t, uint32_t cp) {
    if (cp < 256) return spry_runtime.str_latin1[cp];
    Object *o = str_alloc(t, &str_type, 1, cp);
    if (o) str_write(STR(o)->kind, str_data(o), 0, cp);
    return o;
}

Ref str_getitem_index(Thread *t, Object *s, intptr_t i) {
    return ref_from_obj(str_from_char(t, str_char_at(s, i)));
}

Object *str_from_latin1(Thread *t, const char *s, intptr_t len) {
    return str_from_kind_data(t, 1, s, len);
}

Object *str_from_ascii(Thread *t, const char *s, intptr_t len) {
    return str_from_kind_data(t, 1, s, len);
}

Object *str_from_ucs4(Thread *t, const uint32_t *cps, intptr_t len) {
    return str_from_kind_data(t, 4, cps, len);
}

Object *str_exact_copy(Thread *t, Object *s) {
    if (s->ob_type == &str_type) return ref_obj(ref_new(s));
    return str_from_kind_data(t, STR(s)->kind, str_data(s), STR(s)->length);
}

Object *str_new_subtype(Thread *t, Type *type, Object *s) {
    intptr_t len = STR(s)->length;
    Object *o = str_alloc(t, type, len, str_max_char_bound(s));
    if (!o) return NULL;
    memcpy(str_data(o), str_data(s), (size_t)len * STR(s)->kind);
    return o;
}

/* ---- UTF-8 ------------------------------------------------------------------------------ */

/* Validates WTF-8 (UTF-8 plus encoded surrogates): counts code points and the largest one.
 * Returns false at the first invalid sequence. */
static bool utf8_scan(const uint8_t *s, intptr_t n, intptr_t *nchars, uint32_t *maxchar) {
    intptr_t i = 0, count = 0;
    uint32_t m = 0;
    while (i < n) {
        /* ASCII run, 8 bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
            count += 8;
        }
        if (i >= n) break;
        uint8_t c = s[i];
        uint32_t cp;
        if (c < 0x80) {
            i++;
            count++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80) return false;
            cp = ((uint32_t)(c & 0x1f) << 6) | (s[i + 1] & 0x3f);
            i += 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80) return false;
            if (c == 0xe0 && s[i + 1] < 0xa0) return false;
            cp = ((uint32_t)(c & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
            i += 3;
        } else if (c >= 0xf0 && c <= 0xf4) {
            if (i + 3 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80 ||
                (s[i + 3] & 0xc0) != 0x80)
                return false;
            if (c == 0xf0 && s[i + 1] < 0x90) return false;
            if (c == 0xf4 && s[i + 1] > 0x8f) return false;
            cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3f) << 12) |
                 ((uint32_t)(s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
            i += 4;
        } else {
            return false;
        }
        if (cp > m) m = cp;
        count++;
    }
    *nchars = count;
    *maxchar = m;
    return true;
}

/* Decodes already validated WTF-8 into a str of the right kind. */
static void utf8_fill(Object *o, const uint8_t *s, intptr_t n) {
    int kind = STR(o)->kind;
    void *d = str_data(o);
    intptr_t i = 0, j = 0;
    while (i < n) {
        uint8_t c = s[i];
        uint32_t cp;
        if (c < 0x80) {
            cp = c;
            i++;
        } else if (c < 0xe0) {
            cp = ((uint32_t)(c & 0x1f) << 6) | (s[i + 1] & 0x3f);
            i += 2;
        } else if (c < 0xf0) {
            cp = ((uint32_t)(c & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
            i += 3;
        } else {
            cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3f) << 12) |
                 ((uint32_t)(s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
            i += 4;
        }
        str_write(kind, d, j++, cp);
    }
}

Object *str_from_utf8(Thread *t, const char *s, intptr_t len) {
    intptr_t nchars;
    uint32_t maxchar;
    if (!utf8_scan((const uint8_t *)s, len, &nchars, &maxchar))
        return codecs_utf8_decode(t, s, len, "surrogatepass");  /* raises the right error */
    if (nchars == 0) return str_empty();
    if (nchars == 1 && maxchar < 256) {
        /* utf8_scan leaves maxchar at 0 for ASCII: decode the one character itself */
        const uint8_t *u = (const uint8_t *)s;
        uint32_t cp = len == 1 ? u[0] : ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
        return spry_runtime.str_latin1[cp];
    }
    Object *o = str_alloc(t, &str_type, nchars, maxchar);
    if (!o) return NULL;
    if (maxchar < 128) memcpy(str_data(o), s, (size_t)len);
    else utf8_fill(o, (const uint8_t *)s, len);
    return o;
}

Object *str_from_cstr(Thread *t, const char *s) { return str_from_utf8(t, s, (intptr_t)strlen(s)); }

/* Size of the (WTF-)UTF-8 form; *surrogates tells whether it contains any. */
static size_t utf8_size(Object *s, bool *surrogates) {
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    size_t n = 0;
    *surrogates = false;
    for (intptr_t i = 0; i < STR(s)->length; i++) {
        uint32_t c = str_read(kind, d, i);
        if (c < 0x80) n += 1;
        else if (c < 0x800) n += 2;
        else if (c < 0x10000) {
            n += 3;
            if (c >= 0xd800 && c < 0xe000) *surrogates = true;
        } else n += 4;
    }
    return n;
}

static void utf8_encode_into(Object *s, char *out) {
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    uint8_t *p = (uint8_t *)out;
    for (intptr_t i = 0; i < STR(s)->length; i++) {
        uint32_t c = str_read(kind, d, i);
        if (c < 0x80) {
            *p++ = (uint8_t)c;
        } else if (c < 0x800) {
            *p++ = (uint8_t)(0xc0 | (c >> 6));
            *p++ = (uint8_t)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *p++ = (uint8_t)(0xe0 | (c >> 12));
            *p++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
            *p++ = (uint8_t)(0x80 | (c & 0x3f));
        } else {
            *p++ = (uint8_t)(0xf0 | (c >> 18));
            *p++ = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
            *p++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
            *p++ = (uint8_t)(0x80 | (c & 0x3f));
        }
    }
    *p = 0;
}

const char *str_utf8(Thread *t, Object *s, intptr_t *len_out) {
    Str *st = STR(s);
    if (st->utf8 && !(st->_reserved & STR_UTF8_WTF8)) {
        if (len_out) *len_out = st->utf8_length;
        return st->utf8;
    }
    bool surrogates;
    size_t n = utf8_size(s, &surrogates);
    if (surrogates) {
        Object *b = codecs_utf8_encode(t, s, "strict");  /* raises UnicodeEncodeError */
        obj_xdecref(b);
        return NULL;
    }
    char *buf = mem_alloc(t, n + 1);
    if (!buf) return NULL;
    utf8_encode_into(s, buf);
    st->utf8 = buf;
    st->utf8_length = (intptr_t)n;
    if (len_out) *len_out = (intptr_t)n;
    return buf;
}

const char *str_utf8_lossy(Object *s) {
    Str *st = STR(s);
    if (st->utf8) return st->utf8;
    bool surrogates;
    size_t n = utf8_size(s, &surrogates);
    /* No Thread here: the process heap (mem_free/mi_free releases it from any thread). */
    char *buf = mi_malloc(n + 1);
    if (!buf) return "<str>";
    utf8_encode_into(s, buf);
    st->utf8 = buf;
    st->utf8_length = (intptr_t)n;
    if (surrogates) st->_reserved |= STR_UTF8_WTF8;
    return buf;
}

/* ---- hashing: SipHash-1-3 with a fixed key ----------------------------------------------
 * Kinds are canonical, so equal strings have identical data bytes and the hash can run
 * over the raw storage. Hashes need not match CPython's, only be stable and good. */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                           \
    do {                                                                                   \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32);                      \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2;                                           \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0;                                           \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32);                      \
    } while (0)

int64_t str_hash_bytes(const void *data, size_t len) {
    const uint64_t k0 = 0x0706050403020100ull ^ 0x5370727953747248ull;
    const uint64_t k1 = 0x0f0e0d0c0b0a0908ull ^ 0x6173684b65793131ull;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
    const uint8_t *p = data;
    size_t nwords = len / 8;
    for (size_t i = 0; i < nwords; i++) {
        uint64_t m;
        memcpy(&m, p + 8 * i, 8);  /* little-endian target assumed, as everywhere in Spry */
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t b = (uint64_t)len << 56;
    const uint8_t *tail = p + 8 * nwords;
    for (size_t i = 0; i < (len & 7); i++) b |= (uint64_t)tail[i] << (8 * i);
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    int64_t h = (int64_t)(v0 ^ v1 ^ v2 ^ v3);
    return h == -1 ? -2 : h;
}

int64_t str_hash(Object *s) {
    Str *st = STR(s);
    if (st->hash != -1) return st->hash;
    int64_t h = str_hash_bytes(str_data(s), (size_t)st->length * st->kind);
    st->hash = h;
    return h;
}

/* ---- equality and comparison ----------------------------------------------------------- */

bool str_eq_data(Object *a, Object *b) {
    Str *x = STR(a), *y = STR(b);
    if (x->length != y->length || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(str_data(a), str_data(b), (size_t)x->length * x->kind) == 0;
}

bool str_eq_cstr(Object *s, const char *ascii) {
    size_t n = strlen(ascii);
    return STR(s)->kind == 1 && (size_t)STR(s)->length == n && memcmp(str_data(s), ascii, n) == 0;
}

int str_compare(Object *a, Object *b) {
    if (a == b) return 0;
    Str *x = STR(a), *y = STR(b);
    intptr_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(str_data(a), str_data(b), (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        const void *da = str_data(a), *db = str_data(b);
        for (intptr_t i = 0; i < n; i++) {
            uint32_t ca = str_read(x->kind, da, i), cb = str_read(y->kind, db, i);
            if (ca != cb) return ca < cb ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

bool str_check(Ref r) {
    if (!ref_is_obj(r)) return false;
    Type *tp = ref_obj(r)->ob_type;
    return tp == &str_type || type_has_flag(tp, TPFLAG_UNICODE_SUBCLASS) ||
           type_is_subtype(tp, &str_type);
}

/* ---- concatenation and slicing --------------------------------------------------------- */

Object *str_concat(Thread *t, Object *a, Object *b) {
    intptr_t la = STR(a)->length, lb = STR(b)->length;
    if (lb == 0 && a->ob_type == &str_type) return ref_obj(ref_new(a));
    if (la == 0 && b->ob_type == &str_type) return ref_obj(ref_new(b));
    if (la > INTPTR_MAX / 8 - lb) {
        err_set(t, &exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    uint32_t ma = str_max_char_bound(a), mb = str_max_char_bound(b);
    Object *o = str_alloc(t, &str_type, la + lb, ma > mb ? ma : mb);
    if (!o) return NULL;
    str_copy_into(o, 0, a);
    str_copy_into(o, la, b);
    return o;
}

Object *str_substr(Thread *t, Object *s, intptr_t start, intptr_t end) {
    intptr_t len = STR(s)->length;
    if (start < 0) start = 0;
    if (end > len) end = len;
    if (start >= end) return str_empty();
    if (start == 0 && end == len && s->ob_type == &str_type) return ref_obj(ref_new(s));
    int kind = STR(s)->kind;
    if (STR(s)->ascii && end - start > 1) { /* so is the slice: no need to scan it */
        Object *o = str_alloc(t, &str_type, end - start, 127);
        if (o) memcpy(str_data(o), (const char *)str_data(s) + start, (size_t)(end - start));
        return o;
    }
    return str_from_kind_data(t, kind, (const char *)str_data(s) + start * kind, end - start);
}

/* ---- interning ---------------------------------------------------------------------------- */

static Object *make_immortal(Object *o);

Object *str_intern(Thread *t, Object *s) {
    if (STR(s)->interned || s->ob_type != &str_type) return s;
    if (STR(s)->length == 0) {
        obj_decref(s);
        return str_empty();
    }
    if (STR(s)->length == 1 && STR(s)->kind == 1) {
        Object *c = spry_runtime.str_latin1[((uint8_t *)str_data(s))[0]];
        obj_decref(s);
        return c;
    }
    if (spry_runtime.ids_by_text) {
        Ref r = dict_get_str(t, spry_runtime.ids_by_text, s);
        if (!ref_is_null(r)) {
            obj_decref(s);
            return ref_obj(r);
        }
        /* Names interned while the static types are readied (their dicts' keys) are
         * process-wide too: another interpreter's table must not get an equal copy. */
        if (t->interp == spry_runtime.boot_interp) {
            if (dict_set_str(t, spry_runtime.ids_by_text, s, ref_immortal(s)) < 0) {
                err_clear(t);
                return s;
            }
            return make_immortal(s);
        }
    }
    Object *d = t->interp->interned;
    if (!d) {
        d = t->interp->interned = dict_new(t);
        if (!d) {
            err_clear(t);
            return s;
        }
    }
    Ref r = dict_get_str(t, d, s);
    if (!ref_is_null(r)) {
        obj_decref(s);
        return ref_obj(r);
    }
    if (err_occurred(t)) err_clear(t);
    /* The table keeps its (key, value) references: interned strings live as long as the
     * interpreter, which is what identity-based name lookups expect. */
    if (dict_set_str(t, d, s, ref_from_obj(s)) < 0) {
        err_clear(t);
        return s;
    }
    STR(s)->interned = 1;
    return s;
}

Object *str_intern_cstr(Thread *t, const char *s) {
    Object *o = str_from_cstr(t, s);
    if (!o) return NULL;
    return str_intern(t, o);
}

/* ---- the wchar_t form ----------------------------------------------------------------------- */

_Static_assert(sizeof(wchar_t) == 4, "kind-4 data is taken as wchar_t");

const wchar_t *str_wchar(Thread *t, Object *s, intptr_t *len) {
    Str *st = STR(s);
    *len = st->length;
    if (st->kind == 4) return str_data(s);
    Interp *in = t->interp;
    if (!in->str_wchar_forms && !(in->str_wchar_forms = dict_new(t))) return NULL;
    Ref key = ref_from_int((intptr_t)s);
    Ref kept = dict_get(t, in->str_wchar_forms, key);
    if (!ref_is_null(kept)) {
        ref_close(kept);   /* the dict keeps it */
        return (const wchar_t *)bytes_data(ref_obj(kept));
    }
    Object *b = bytes_new_uninit(t, (st->length + 1) * (intptr_t)sizeof(wchar_t));
    if (!b) return NULL;
    wchar_t *w = (wchar_t *)bytes_data(b);
    for (intptr_t i = 0; i <= st->length; i++) w[i] = (wchar_t)str_char_at(s, i);
    int rc = dict_set(t, in->str_wchar_forms, key, ref_from_obj(b));
    obj_decref(b);
    if (rc < 0) return NULL;
    /* A process-wide string is never written; it never dies either. */
    if (st->interned != 2) st->_reserved |= STR_WCHAR_KEPT;
    return w;
}

void str_wchar_forget(Object *s) {
    Thread *t = thread_current();
    Ref e = err_fetch(t);
    if (dict_del(t, t->interp->str_wchar_forms, ref_from_int((intptr_t)s)) < 0) err_clear(t);
    err_restore(t, e);
}

/* ---- process-wide strings ------------------------------------------------------------- */

static Object *make_immortal(Object *o) {
    o->ob_refcnt = REFCNT_IMMORTAL;
    STR(o)->interned = 2;
    str_hash(o);
    (void)str_utf8_lossy(o);
    return o;
}

static Object *boot_str(Thread *boot, const char *text) {
    size_t n = strlen(text);
    Object *o = str_alloc(boot, &str_type, (intptr_t)n, 127);
    if (!o) return NULL;
    memcpy(str_data(o), text, n);
    return make_immortal(o);
}

void str_runtime_init(Thread *boot) {
    Object *e = str_alloc(boot, &str_type, 0, 0);
    spry_runtime.str_empty = e ? make_immortal(e) : NULL;
    for (uint32_t c = 0; c < 256; c++) {
        Object *o = str_alloc(boot, &str_type, 1, c);
        if (!o) continue;
        ((uint8_t *)str_data(o))[0] = (uint8_t)c;
        if (c >= 128) {
            /* the UTF-8 cache is filled now: shared strings are never written later */
            char *u = mem_alloc(boot, 3);
            if (u) {
                u[0] = (char)(0xc0 | (c >> 6));
                u[1] = (char)(0x80 | (c & 0x3f));
                u[2] = 0;
                STR(o)->utf8 = u;
                STR(o)->utf8_length = 2;
            }
        }
        spry_runtime.str_latin1[c] = make_immortal(o);
    }
    Object *ids = dict_new(boot);
    if (ids) {
        ids->ob_refcnt = REFCNT_IMMORTAL;
    }
#define IDENT(name)                                                                        \
    do {                                                                                   \
        Object *s_ = boot_str(boot, #name);                                                \
        ID(name) = s_;                                                                     \
        if (s_ && ids) (void)dict_set_str(boot, ids, s_, ref_immortal(s_));                \
    } while (0);
#include "core/identifiers.def"
#undef IDENT
    spry_runtime.ids_by_text = ids;
    if (err_occurred(boot)) err_clear(boot);
}

/* ---- builder ------------------------------------------------------------------------------ */

void str_builder_init(StrBuilder *b) {
    b->buf = NULL;
    b->len = b->cap = 0;
    b->kind = 1;
    b->maxchar = 0;
}

void str_builder_discard(StrBuilder *b) {
    if (b->buf) mem_free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
}

bool str_builder_reserve(Thread *t, StrBuilder *b, intptr_t extra, uint32_t maxchar) {
    if (maxchar > b->maxchar) b->maxchar = maxchar;
    int nk = str_kind_for(b->maxchar);
    if (extra < 0 || b->len > INTPTR_MAX / 8 - extra) {
        str_builder_discard(b);
        err_no_memory(t);
        return false;
    }
    intptr_t need = b->len + extra;
    if (nk != b->kind || need > b->cap) {
        intptr_t cap = b->cap;
        if (need > cap) {
            cap = cap < 32 ? 32 : cap;
            while (cap < need) cap = cap + cap / 2 + 8;
        }
        if (nk != b->kind) {
            void *nb = mem_alloc(t, (size_t)(cap + 1) * (size_t)nk);
            if (!nb) {
                str_builder_discard(b);
                return false;
            }
            if (b->buf) copy_chars(nk, nb, b->kind, b->buf, b->len);
            mem_free(b->buf);
            b->buf = nb;
            b->kind = nk;
        } else {
            void *nb = b->buf ? mem_realloc(t, b->buf, (size_t)(cap + 1) * (size_t)nk)
                              : mem_alloc(t, (size_t)(cap + 1) * (size_t)nk);
            if (!nb) {
                str_builder_discard(b);
                return false;
            }
            b->buf = nb;
        }
        b->cap = cap;
    }
    return true;
}

bool str_builder_putc(Thread *t, StrBuilder *b, uint32_t c) {
    if (b->len >= b->cap || c > b->maxchar) {
        if (!str_builder_reserve(t, b, 1, c)) return false;
    }
    str_write(b->kind, b->buf, b->len++, c);
    return true;
}

bool str_builder_repeat(Thread *t, StrBuilder *b, uint32_t c, intptr_t n) {
    if (n <= 0) return true;
    if (!str_builder_reserve(t, b, n, c)) return false;
    if (b->kind == 1) memset((char *)b->buf + b->len, (int)c, (size_t)n);
    else
        for (intptr_t i = 0; i < n; i++) str_write(b->kind, b->buf, b->len + i, c);
    b->len += n;
    return true;
}

bool str_builder_put_ascii(Thread *t, StrBuilder *b, const char *s, intptr_t n) {
    if (n <= 0) return true;
    if (!str_builder_reserve(t, b, n, 0)) return false;
    if (b->kind == 1) memcpy((char *)b->buf + b->len, s, (size_t)n);
    else
        for (intptr_t i = 0; i < n; i++) str_write(b->kind, b->buf, b->len + i, (uint8_t)s[i]);
    b->len += n;
    return true;
}

bool str_builder_put_cstr(Thread *t, StrBuilder *b, const char *s) {
    return str_builder_put_ascii(t, b, s, (intptr_t)strlen(s));
}

bool str_builder_put_substr(Thread *t, StrBuilder *b, Object *s, intptr_t start, intptr_t end) {
    if (end <= start) return true;
    int sk = STR(s)->kind;
    uint32_t bound = str_max_char_bound(s);
    if (bound > b->maxchar && sk > 1) bound = str_max_char(s, start, end);
    if (!str_builder_reserve(t, b, end - start, bound)) return false;
    copy_chars(b->kind, (char *)b->buf + b->len * b->kind, sk,
               (const char *)str_data(s) + start * sk, end - start);
    b->len += end - start;
    return true;
}

bool str_builder_put_str(Thread *t, StrBuilder *b, Object *s) {
    return str_builder_put_substr(t, b, s, 0, STR(s)->length);
}

bool str_builder_put_utf8(Thread *t, StrBuilder *b, const char *s, intptr_t n) {
    Object *o = str_from_utf8(t, s, n);
    if (!o) {
        str_builder_discard(b);
        return false;
    }
    bool ok = str_builder_put_str(t, b, o);
    obj_decref(o);
    return ok;
}

bool str_builder_put_obj_str(Thread *t, StrBuilder *b, Ref obj) {
    Ref s = obj_str(t, obj);
    if (ref_is_null(s)) {
        str_builder_discard(b);
        return false;
    }
    bool ok = str_builder_put_str(t, b, ref_obj(s));
    ref_close(s);
    return ok;
}

Object *str_builder_finish(Thread *t, StrBuilder *b) {
    Object *o;
    if (b->maxchar < 128 && b->len > 1) { /* everything put was known ASCII: no need to scan */
        o = str_alloc(t, &str_type, b->len, 127);
        if (o) memcpy(str_data(o), b->buf, (size_t)b->len);
    } else {
        o = str_from_kind_data(t, b->kind, b->buf ? b->buf : "", b->len);
    }
    str_builder_discard(b);
    return o;
}

/* ---- repr ------------------------------------------------------------------------------- */

static const char hexdigits[] = "0123456789abcdef";

/* Appends the escape for code point c as repr()/ascii() write it. */
static bool put_escape(Thread *t, StrBuilder *b, uint32_t c) {
    char buf[12];
    int n = 0;
    buf[n++] = '\\';
    if (c <= 0xff) {
        buf[n++] = 'x';
        buf[n++] = hexdigits[c >> 4];
        buf[n++] = hexdigits[c & 15];
    } else if (c <= 0xffff) {
        buf[n++] = 'u';
        for (int sh = 12; sh >= 0; sh -= 4) buf[n++] = hexdigits[(c >> sh) & 15];
    } else {
        buf[n++] = 'U';
        for (int sh = 28; sh >= 0; sh -= 4) buf[n++] = hexdigits[(c >> sh) & 15];
    }
    return str_builder_put_ascii(t, b, buf, n);
}

Object *str_repr_ex(Thread *t, Object *s, bool ascii_only) {
    intptr_t len = STR(s)->length;
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    bool has_sq = false, has_dq = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = str_read(kind, d, i);
        if (c == '\'') has_sq = true;
        else if (c == '"') has_dq = true;
    }
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    StrBuilder b;
    str_builder_init(&b);
    if (!str_builder_reserve(t, &b, len + 2, ascii_only ? 127 : (STR(s)->ascii ? 127 : 255)))
        return NULL;
    str_builder_putc(t, &b, (uint32_t)quote);
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = str_read(kind, d, i);
        bool ok;
        if (c == (uint32_t)quote || c == '\\') {
            ok = str_builder_putc(t, &b, '\\') && str_builder_putc(t, &b, c);
        } else if (c == '\t') {
            ok = str_builder_put_ascii(t, &b, "\\t", 2);
        } else if (c == '\n') {
            ok = str_builder_put_ascii(t, &b, "\\n", 2);
        } else if (c == '\r') {
            ok = str_builder_put_ascii(t, &b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7f) {
            ok = put_escape(t, &b, c);
        } else if (c < 0x7f) {
            ok = str_builder_putc(t, &b, c);
        } else if (!ascii_only && unicode_isprintable(c)) {
            ok = str_builder_putc(t, &b, c);
        } else {
            ok = put_escape(t, &b, c);
        }
        if (!ok) return NULL;
    }
    if (!str_builder_putc(t, &b, (uint32_t)quote)) return NULL;
    return str_builder_finish(t, &b);
}

Object *str_repr(Thread *t, Object *s) { return str_repr_ex(t, s, false); }

Object *str_ascii_escape(Thread *t, Object *s) {
    if (STR(s)->ascii) return ref_obj(ref_new(s));
    StrBuilder b;
    str_builder_init(&b);
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    for (intptr_t i = 0; i < STR(s)->length; i++) {
        uint32_t c = str_read(kind, d, i);
        if (!(c < 128 ? str_builder_putc(t, &b, c) : put_escape(t, &b, c))) return NULL;
    }
    return str_builder_finish(t, &b);
}
