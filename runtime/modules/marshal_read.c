/* marshal, reading side: CPython 3.11's format (see marshal.h), with its error messages.
 * Every length is checked against the bytes left before anything is allocated. */
#include <stdlib.h>
#include <string.h>

#include "modules/marshal.h"
#include "objects/float.h"
#include "spry.h"

static Ref bad_data(MarshalReader *r, const char *what) {
    return err_format(r->t, &exc_ValueError, "bad marshal data (%s)", what);
}

const uint8_t *marshal_r_bytes(MarshalReader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        err_set(r->t, &exc_EOFError, "marshal data too short");
        return NULL;
    }
    const uint8_t *at = r->p;
    r->p += n;
    return at;
}

bool marshal_r_u32(MarshalReader *r, uint32_t *out) {
    const uint8_t *b = marshal_r_bytes(r, 4);
    if (!b) return false;
    *out = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return true;
}

static bool r_byte(MarshalReader *r, uint8_t *out) {
    const uint8_t *b = marshal_r_bytes(r, 1);
    if (b) *out = *b;
    return b != NULL;
}

/* A signed 32-bit size in [0, 2**31): -1 with "bad marshal data (<what> size out of
 * range)" otherwise. */
static intptr_t r_size(MarshalReader *r, const char *what) {
    uint32_t n;
    if (!marshal_r_u32(r, &n)) return -1;
    if (n > 0x7fffffff) {
        err_format(r->t, &exc_ValueError, "bad marshal data (%s size out of range)", what);
        return -1;
    }
    return (intptr_t)n;
}

intptr_t marshal_r_reserve(MarshalReader *r) {
    if (r->nrefs == r->refcap) {
        intptr_t ncap = r->refcap ? r->refcap * 2 : 64;
        Ref *nrefs = mem_realloc(r->t, r->refs, sizeof(Ref) * (size_t)ncap);
        if (!nrefs) return -1;
        r->refs = nrefs;
        r->refcap = ncap;
    }
    r->refs[r->nrefs] = REF_NULL;
    return r->nrefs++;
}

void marshal_r_fill(MarshalReader *r, intptr_t slot, Ref v) { r->refs[slot] = ref_dup(v); }

/* Enters a finished value when its type byte had FLAG_REF; returns v (or REF_NULL, closing
 * v, on failure). */
static Ref r_ref(MarshalReader *r, Ref v, bool flag) {
    if (!flag || ref_is_null(v)) return v;
    intptr_t slot = marshal_r_reserve(r);
    if (slot < 0) {
        ref_close(v);
        return REF_NULL;
    }
    marshal_r_fill(r, slot, v);
    return v;
}

static bool r_double(MarshalReader *r, double *out) {
    const uint8_t *b = marshal_r_bytes(r, 8);
    if (!b) return false;
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--) bits = bits << 8 | b[i];
    memcpy(out, &bits, sizeof *out);
    return true;
}

/* Versions 0 and 1: a length byte and the text of the float. */
static bool r_float_text(MarshalReader *r, double *out) {
    uint8_t n;
    if (!r_byte(r, &n)) return false;
    const uint8_t *b = marshal_r_bytes(r, n);
    if (!b) return false;
    char buf[256];
    memcpy(buf, b, n);
    buf[n] = '\0';
    char *end;
    *out = strtod(buf, &end);
    if (n == 0 || *end) {
        err_format(r->t, &exc_ValueError, "could not convert string to float: '%s'", buf);
        return false;
    }
    return true;
}

static Ref r_long(MarshalReader *r) {
    uint32_t raw;
    if (!marshal_r_u32(r, &raw)) return REF_NULL;
    int64_t n = (int32_t)raw;
    if (n < -0x7fffffff) return bad_data(r, "long size out of range");
    size_t ndigits = (size_t)(n < 0 ? -n : n);
    const uint8_t *b = marshal_r_bytes(r, ndigits * 2);
    if (!b) return REF_NULL;
    for (size_t i = 0; i < ndigits; i++) {
        unsigned digit = (unsigned)b[2 * i] | (unsigned)b[2 * i + 1] << 8;
        if (digit > 0x7fff) return bad_data(r, "digit out of range in long");
        if (digit == 0 && i == ndigits - 1) return bad_data(r, "unnormalized long data");
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, ndigits, -1, 2, -1, 1, b);
    if (n < 0) mpz_neg(z, z);
    Ref v = int_from_mpz(r->t, z);
    mpz_clear(z);
    return v;
}

/* A str from the UTF-8 (surrogates allowed) or latin-1 bytes of a record. */
static Ref r_str(MarshalReader *r, size_t n, bool latin1, bool interned) {
    const uint8_t *b = marshal_r_bytes(r, n);
    if (!b) return REF_NULL;
    Object *s = latin1 ? str_from_latin1(r->t, (const char *)b, (intptr_t)n)
                       : str_from_utf8(r->t, (const char *)b, (intptr_t)n);
    if (s && interned) s = str_intern(r->t, s);
    return s ? ref_from_obj(s) : REF_NULL;
}

/* n items into `items` (a fresh tuple's or list's); "NULL object in marshal data for
 * <what>" when a NULL record stands for an item. */
static bool r_items(MarshalReader *r, Ref *items, intptr_t n, const char *what) {
    for (intptr_t i = 0; i < n; i++) {
        bool is_null = false;
        Ref v = marshal_r_object(r, &is_null);
        if (ref_is_null(v)) {
            if (is_null) err_format(r->t, &exc_TypeError, "NULL object in marshal data for %s", what);
            return false;
        }
        items[i] = v;
    }
    return true;
}

/* Each item takes at least one byte: a count beyond the data left fails as reading the
 * item after the data's end would, before a huge container is allocated. */
static bool items_fit(MarshalReader *r, intptr_t n) {
    if ((size_t)n <= (size_t)(r->end - r->p)) return true;
    err_set(r->t, &exc_EOFError, "EOF read where object expected");
    return false;
}

static Ref r_tuple(MarshalReader *r, intptr_t n, bool flag) {
    if (n < 0) return REF_NULL;
    if (!items_fit(r, n)) return REF_NULL;
    intptr_t slot = flag ? marshal_r_reserve(r) : 0;
    if (slot < 0) return REF_NULL;
    Object *tup = tuple_new(r->t, n);
    if (!tup) return REF_NULL;
    if (!r_items(r, tuple_items(tup), n, "tuple")) {
        obj_decref(tup);
        return REF_NULL;
    }
    if (flag) marshal_r_fill(r, slot, ref_from_obj(tup));
    return ref_from_obj(tup);
}

static Ref r_list(MarshalReader *r, bool flag) {
    intptr_t n = r_size(r, "list");
    if (n < 0) return REF_NULL;
    if (!items_fit(r, n)) return REF_NULL;
    Object *lst = list_new(r->t, n);
    if (!lst) return REF_NULL;
    Ref v = r_ref(r, ref_from_obj(lst), flag);  /* entered first: items may refer to it */
    if (ref_is_null(v)) return REF_NULL;
    if (!r_items(r, list_items(lst), n, "list")) {
        obj_decref(lst);
        return REF_NULL;
    }
    return v;
}

static Ref r_dict(MarshalReader *r, bool flag) {
    Object *d = dict_new(r->t);
    if (!d) return REF_NULL;
    Ref v = r_ref(r, ref_from_obj(d), flag);
    if (ref_is_null(v)) return REF_NULL;
    for (;;) {
        Ref key = marshal_r_object(r, NULL);
        if (ref_is_null(key)) break;
        Ref value = marshal_r_object(r, NULL);
        int rc = ref_is_null(value) ? 0 : dict_set(r->t, d, key, value);
        ref_close(key);
        if (ref_is_null(value)) break;
        ref_close(value);
        if (rc < 0) break;
    }
    if (err_occurred(r->t)) {
        obj_decref(d);
        return REF_NULL;
    }
    return v;
}

static Ref r_set(MarshalReader *r, bool frozen, bool flag) {
    intptr_t n = r_size(r, "set");
    if (n < 0) return REF_NULL;
    /* a mutable set is entered before its items, a frozenset's slot is filled after */
    intptr_t slot = flag && frozen ? marshal_r_reserve(r) : 0;
    if (slot < 0) return REF_NULL;
    Object *s = set_new(r->t, REF_NULL);
    if (!s) return REF_NULL;
    if (!frozen && ref_is_null(r_ref(r, ref_from_obj(s), flag))) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) {
        bool is_null = false;
        Ref item = marshal_r_object(r, &is_null);
        if (ref_is_null(item)) {
            if (is_null) err_set(r->t, &exc_TypeError, "NULL object in marshal data for set");
            obj_decref(s);
            return REF_NULL;
        }
        int rc = set_add(r->t, s, item);
        ref_close(item);
        if (rc < 0) {
            obj_decref(s);
            return REF_NULL;
        }
    }
    if (!frozen) return ref_from_obj(s);
    Object *fs = frozenset_new(r->t, ref_from_obj(s));
    obj_decref(s);
    if (fs && flag) marshal_r_fill(r, slot, ref_from_obj(fs));
    return fs ? ref_from_obj(fs) : REF_NULL;
}

static Ref r_backref(MarshalReader *r) {
    uint32_t n;
    if (!marshal_r_u32(r, &n)) return REF_NULL;
    if (n >= (uint64_t)r->nrefs || ref_is_null(r->refs[n])) return bad_data(r, "invalid reference");
    return ref_dup(r->refs[n]);
}

static Ref r_object_body(MarshalReader *r, uint8_t type, bool flag, bool *is_null) {
    Thread *t = r->t;
    switch (type) {
    case MTYPE_NULL:
        if (is_null) *is_null = true;
        return REF_NULL;
    case MTYPE_NONE: return REF_NONE;
    case MTYPE_STOPITER: return ref_immortal(&exc_StopIteration);
    case MTYPE_ELLIPSIS: return REF_ELLIPSIS;
    case MTYPE_FALSE: return REF_FALSE;
    case MTYPE_TRUE: return REF_TRUE;
    case MTYPE_INT: {
        uint32_t x;
        if (!marshal_r_u32(r, &x)) return REF_NULL;
        return r_ref(r, ref_from_int((int32_t)x), flag);
    }
    case MTYPE_LONG: return r_ref(r, r_long(r), flag);
    case MTYPE_FLOAT:
    case MTYPE_BINARY_FLOAT: {
        double d;
        if (!(type == MTYPE_FLOAT ? r_float_text(r, &d) : r_double(r, &d))) return REF_NULL;
        return r_ref(r, float_from_double(t, d), flag);
    }
    case MTYPE_COMPLEX:
    case MTYPE_BINARY_COMPLEX: {
        double re, im;
        bool ok = type == MTYPE_COMPLEX ? r_float_text(r, &re) && r_float_text(r, &im)
                                        : r_double(r, &re) && r_double(r, &im);
        return ok ? r_ref(r, complex_from_doubles(t, re, im), flag) : REF_NULL;
    }
    case MTYPE_STRING: {
        intptr_t n = r_size(r, "bytes object");
        const uint8_t *b = n < 0 ? NULL : marshal_r_bytes(r, (size_t)n);
        Object *o = b ? bytes_from(t, b, n) : NULL;
        return o ? r_ref(r, ref_from_obj(o), flag) : REF_NULL;
    }
    case MTYPE_UNICODE:
    case MTYPE_INTERNED:
    case MTYPE_ASCII:
    case MTYPE_ASCII_INTERNED: {
        intptr_t n = r_size(r, "string");
        if (n < 0) return REF_NULL;
        bool latin1 = type == MTYPE_ASCII || type == MTYPE_ASCII_INTERNED;
        bool interned = type == MTYPE_INTERNED || type == MTYPE_ASCII_INTERNED;
        return r_ref(r, r_str(r, (size_t)n, latin1, interned), flag);
    }
    case MTYPE_SHORT_ASCII:
    case MTYPE_SHORT_ASCII_INTERNED: {
        uint8_t n;
        if (!r_byte(r, &n)) return REF_NULL;
        return r_ref(r, r_str(r, n, true, type == MTYPE_SHORT_ASCII_INTERNED), flag);
    }
    case MTYPE_SMALL_TUPLE: {
        uint8_t n;
        return r_byte(r, &n) ? r_tuple(r, n, flag) : REF_NULL;
    }
    case MTYPE_TUPLE: return r_tuple(r, r_size(r, "tuple"), flag);
    case MTYPE_LIST: return r_list(r, flag);
    case MTYPE_DICT: return r_dict(r, flag);
    case MTYPE_SET: return r_set(r, false, flag);
    case MTYPE_FROZENSET: return r_set(r, true, flag);
    case MTYPE_REF: return r_backref(r);
    case MTYPE_CODE: return marshal_r_code(r, flag);
    default: return bad_data(r, "unknown type code");
    }
}

Ref marshal_r_object(MarshalReader *r, bool *is_null) {
    if (r->p >= r->end) return err_set(r->t, &exc_EOFError, "EOF read where object expected");
    uint8_t code = *r->p++;
    if (++r->depth > MARSHAL_MAX_DEPTH) {
        r->depth--;
        return err_set(r->t, &exc_ValueError, "recursion limit exceeded");
    }
    Ref v = r_object_body(r, code & ~MARSHAL_FLAG_REF, (code & MARSHAL_FLAG_REF) != 0, is_null);
    r->depth--;
    return v;
}

Ref marshal_loads(Thread *t, const uint8_t *data, size_t len, int flags, size_t *consumed) {
    MarshalReader r = {.t = t, .p = data, .end = data + len, .trusted = (flags & MARSHAL_TRUSTED) != 0};
    bool is_null = false;
    Ref v = marshal_r_object(&r, &is_null);
    if (ref_is_null(v) && is_null) err_set(t, &exc_TypeError, "NULL object in marshal data for object");
    for (intptr_t i = 0; i < r.nrefs; i++) ref_close(r.refs[i]);
    mem_free(r.refs);
    if (consumed) *consumed = (size_t)(r.p - data);
    return v;
}
