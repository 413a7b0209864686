/* marshal, writing side: values in CPython 3.11's byte format (see marshal.h).
 *
 * Sharing (version >= 3) follows CPython's rule: a value is entered in the reference table
 * unless nothing else holds it (reference count 1), and interned strings always are.
 * Tagged ints have no count and no identity: equal tagged ints are treated as one shared
 * object, as CPython's cached small ints and deduplicated constants are. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "modules/marshal.h"
#include "objects/float.h"
#include "spry.h"

/* Open addressing, identity key -> index in order of entry. Keys are object addresses
 * (multiples of 4) or a tagged int's bits (odd), so the two never collide; 0 is empty. */
struct MarshalRefTable {
    uintptr_t *keys;
    uint32_t *values;
    size_t mask, count;
};

static bool reftable_grow(Thread *t, MarshalRefTable *rt) {
    size_t ncap = rt->keys ? (rt->mask + 1) * 2 : 64;
    uintptr_t *keys = mem_calloc(t, ncap, sizeof *keys);
    uint32_t *values = keys ? mem_alloc(t, ncap * sizeof *values) : NULL;
    if (!values) {
        mem_free(keys);
        return false;
    }
    for (size_t i = 0; rt->keys && i <= rt->mask; i++) {
        if (!rt->keys[i]) continue;
        size_t j = (rt->keys[i] >> 2) & (ncap - 1);
        while (keys[j]) j = (j + 1) & (ncap - 1);
        keys[j] = rt->keys[i];
        values[j] = rt->values[i];
    }
    mem_free(rt->keys);
    mem_free(rt->values);
    rt->keys = keys;
    rt->values = values;
    rt->mask = ncap - 1;
    return true;
}

/* The slot for key: its index (found) or where it would go. */
static size_t reftable_slot(const MarshalRefTable *rt, uintptr_t key) {
    size_t j = (key >> 2) & rt->mask;
    while (rt->keys[j] && rt->keys[j] != key) j = (j + 1) & rt->mask;
    return j;
}

/* ---- the output buffer ---- */
static bool reserve(MarshalWriter *w, size_t n) {
    if (w->failed) return false;
    if (w->len + n <= w->cap) return true;
    size_t ncap = w->cap ? w->cap : 256;
    while (ncap < w->len + n) ncap *= 2;
    uint8_t *nb = mem_realloc(w->t, w->buf, ncap);
    if (!nb) {
        w->failed = true;
        return false;
    }
    w->buf = nb;
    w->cap = ncap;
    return true;
}

void marshal_w_byte(MarshalWriter *w, uint8_t b) {
    if (reserve(w, 1)) w->buf[w->len++] = b;
}

void marshal_w_u32(MarshalWriter *w, uint32_t v) {
    if (!reserve(w, 4)) return;
    for (int i = 0; i < 4; i++) w->buf[w->len++] = (uint8_t)(v >> (8 * i));
}

void marshal_w_bytes(MarshalWriter *w, const void *data, size_t n) {
    if (!reserve(w, n)) return;
    memcpy(w->buf + w->len, data, n);
    w->len += n;
}

static void fail(MarshalWriter *w, const char *msg) {
    if (!w->failed) err_set(w->t, &exc_ValueError, msg);
    w->failed = true;
}

/* A u32 length and the bytes (CPython's w_pstring). */
static void w_pstring(MarshalWriter *w, const void *data, size_t n) {
    if (n > 0x7fffffff) {
        fail(w, "unmarshallable object");
        return;
    }
    marshal_w_u32(w, (uint32_t)n);
    marshal_w_bytes(w, data, n);
}

/* ---- values ---- */

/* Reports whether v was written as a back-reference; otherwise enters it (setting
 * FLAG_REF in *flag) when it may be shared. */
static bool w_ref(MarshalWriter *w, Ref v, uint8_t *flag) {
    if (!w->refs) return false;
    uintptr_t key;
    if (ref_is_int(v)) {
        key = v.bits;
    } else {
        Object *o = ref_obj(v);
        bool interned = str_check_exact(v) && STR(o)->interned;
        if (o->ob_refcnt == 1 && !interned) return false;
        key = (uintptr_t)o;
    }
    MarshalRefTable *rt = w->refs;
    if (rt->count * 2 >= rt->mask + 1 && !reftable_grow(w->t, rt)) {
        w->failed = true;
        return true;
    }
    size_t j = reftable_slot(rt, key);
    if (rt->keys[j]) {
        marshal_w_byte(w, MTYPE_REF);
        marshal_w_u32(w, rt->values[j]);
        return true;
    }
    if (rt->count >= 0x7fffffff) {
        fail(w, "too many objects");
        return true;
    }
    rt->keys[j] = key;
    rt->values[j] = (uint32_t)rt->count++;
    *flag = MARSHAL_FLAG_REF;
    return false;
}

static void w_double(MarshalWriter *w, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    marshal_w_u32(w, (uint32_t)bits);
    marshal_w_u32(w, (uint32_t)(bits >> 32));
}

/* Versions 0 and 1: a length byte and repr(d) with 17 significant digits. */
static void w_float_text(MarshalWriter *w, double d) {
    char buf[64];
    int n = isnan(d) ? snprintf(buf, sizeof buf, "nan")
          : isinf(d) ? snprintf(buf, sizeof buf, d < 0 ? "-inf" : "inf")
                     : snprintf(buf, sizeof buf, "%.17g", d);
    marshal_w_byte(w, (uint8_t)n);
    marshal_w_bytes(w, buf, (size_t)n);
}

/* An int that does not fit 32 bits: sign-carrying digit count, then base 2**15 digits
 * least significant first. */
static void w_long(MarshalWriter *w, Ref v, uint8_t flag) {
    IntView view;
    mpz_srcptr z = int_view(v, &view);
    size_t ndigits = (mpz_sizeinbase(z, 2) + 14) / 15;
    if (ndigits > 0x7fffffff) {
        fail(w, "unmarshallable object");
        return;
    }
    marshal_w_byte(w, MTYPE_LONG | flag);
    marshal_w_u32(w, (uint32_t)(mpz_sgn(z) < 0 ? -(int64_t)ndigits : (int64_t)ndigits));
    if (!reserve(w, ndigits * 2)) return;
    size_t count = 0;
    /* 16-bit words holding 15 bits each (one nail bit), little-endian. */
    mpz_export(w->buf + w->len, &count, -1, 2, -1, 1, z);
    w->len += count * 2;
}

static void w_str(MarshalWriter *w, Object *s, uint8_t flag) {
    bool interned = STR(s)->interned && w->version >= 3;
    if (w->version >= 4 && STR(s)->ascii) {
        intptr_t n = str_len(s);
        if (n < 256) {
            marshal_w_byte(w, (interned ? MTYPE_SHORT_ASCII_INTERNED : MTYPE_SHORT_ASCII) | flag);
            marshal_w_byte(w, (uint8_t)n);
            marshal_w_bytes(w, str_data(s), (size_t)n);
        } else {
            marshal_w_byte(w, (interned ? MTYPE_ASCII_INTERNED : MTYPE_ASCII) | flag);
            w_pstring(w, str_data(s), (size_t)n);
        }
        return;
    }
    marshal_w_byte(w, (interned ? MTYPE_INTERNED : MTYPE_UNICODE) | flag);
    intptr_t n;
    const char *utf8 = str_utf8(w->t, s, &n);
    if (utf8) {
        w_pstring(w, utf8, (size_t)n);
        return;
    }
    err_clear(w->t);  /* lone surrogates: CPython writes them with surrogatepass */
    Object *b = codecs_utf8_encode(w->t, s, "surrogatepass");
    if (!b) {
        w->failed = true;
        return;
    }
    w_pstring(w, bytes_data(b), (size_t)bytes_size(b));
    obj_decref(b);
}

static void w_sized_header(MarshalWriter *w, uint8_t type, intptr_t n) {
    if (n > 0x7fffffff) {
        fail(w, "unmarshallable object");
        return;
    }
    marshal_w_byte(w, type);
    marshal_w_u32(w, (uint32_t)n);
}

static void w_complex_object(MarshalWriter *w, Ref v, uint8_t flag) {
    Thread *t = w->t;
    Type *tp = ref_type(v);
    if (tp == &int_type) {
        int overflow = 0;
        int64_t x = int_as_i64_overflow(v, &overflow);
        if (!overflow && x >= INT32_MIN && x <= INT32_MAX) {
            marshal_w_byte(w, MTYPE_INT | flag);
            marshal_w_u32(w, (uint32_t)(int32_t)x);
        } else {
            w_long(w, v, flag);
        }
    } else if (tp == &float_type) {
        if (w->version > 1) {
            marshal_w_byte(w, MTYPE_BINARY_FLOAT | flag);
            w_double(w, float_value(v));
        } else {
            marshal_w_byte(w, MTYPE_FLOAT | flag);
            w_float_text(w, float_value(v));
        }
    } else if (tp == &complex_type) {
        Complex *c = (Complex *)ref_obj(v);
        marshal_w_byte(w, (w->version > 1 ? MTYPE_BINARY_COMPLEX : MTYPE_COMPLEX) | flag);
        if (w->version > 1) {
            w_double(w, c->real);
            w_double(w, c->imag);
        } else {
            w_float_text(w, c->real);
            w_float_text(w, c->imag);
        }
    } else if (tp == &bytes_type) {
        marshal_w_byte(w, MTYPE_STRING | flag);
        w_pstring(w, bytes_data(ref_obj(v)), (size_t)bytes_size(ref_obj(v)));
    } else if (tp == &str_type) {
        w_str(w, ref_obj(v), flag);
    } else if (tp == &tuple_type) {
        Object *tup = ref_obj(v);
        intptr_t n = tuple_size(tup);
        if (w->version >= 4 && n < 256) {
            marshal_w_byte(w, MTYPE_SMALL_TUPLE | flag);
            marshal_w_byte(w, (uint8_t)n);
        } else {
            w_sized_header(w, MTYPE_TUPLE | flag, n);
        }
        for (intptr_t i = 0; i < n && !w->failed; i++) marshal_w_object(w, tuple_get(tup, i));
    } else if (tp == &list_type) {
        Object *lst = ref_obj(v);
        w_sized_header(w, MTYPE_LIST | flag, list_size(lst));
        for (intptr_t i = 0; i < list_size(lst) && !w->failed; i++) marshal_w_object(w, list_items(lst)[i]);
    } else if (tp == &dict_type) {
        Object *d = ref_obj(v);
        marshal_w_byte(w, MTYPE_DICT | flag);
        intptr_t pos = 0;
        Ref key, value;
        while (!w->failed && dict_next(d, &pos, &key, &value)) {
            marshal_w_object(w, key);
            marshal_w_object(w, value);
        }
        marshal_w_byte(w, MTYPE_NULL);
    } else if (tp == &set_type || tp == &frozenset_type) {
        Object *s = ref_obj(v);
        w_sized_header(w, (tp == &set_type ? MTYPE_SET : MTYPE_FROZENSET) | flag, set_size(s));
        intptr_t pos = 0;
        Ref item;
        while (!w->failed && set_next(s, &pos, &item)) marshal_w_object(w, item);
    } else if (tp == &code_type) {
        marshal_w_code(w, ref_obj(v), flag);
    } else if (tp->getbuffer) {
        BufferView view;
        if (obj_get_buffer(t, v, &view, false) < 0) {
            w->failed = true;
            return;
        }
        marshal_w_byte(w, MTYPE_STRING | flag);
        w_pstring(w, view.data, (size_t)view.len);
        buffer_release(&view);
    } else {
        fail(w, "unmarshallable object");
    }
}

void marshal_w_object(MarshalWriter *w, Ref v) {
    if (w->failed) return;
    if (++w->depth > MARSHAL_MAX_DEPTH) {
        fail(w, "object too deeply nested to marshal");
    } else if (ref_is_null(v)) {
        marshal_w_byte(w, MTYPE_NULL);
    } else if (ref_is_none(v)) {
        marshal_w_byte(w, MTYPE_NONE);
    } else if (ref_is_obj(v) && ref_obj(v) == (Object *)&exc_StopIteration) {
        marshal_w_byte(w, MTYPE_STOPITER);
    } else if (ref_is(v, REF_ELLIPSIS)) {
        marshal_w_byte(w, MTYPE_ELLIPSIS);
    } else if (ref_is(v, REF_FALSE)) {
        marshal_w_byte(w, MTYPE_FALSE);
    } else if (ref_is(v, REF_TRUE)) {
        marshal_w_byte(w, MTYPE_TRUE);
    } else {
        uint8_t flag = 0;
        if (!w_ref(w, v, &flag)) w_complex_object(w, v, flag);
    }
    w->depth--;
}

Object *marshal_dumps(Thread *t, Ref value, int version) {
    MarshalRefTable rt = {0};
    MarshalWriter w = {.t = t, .version = version, .refs = version >= 3 ? &rt : NULL};
    if (w.refs && !reftable_grow(t, &rt)) return NULL;
    marshal_w_object(&w, value);
    mem_free(rt.keys);
    mem_free(rt.values);
    Object *b = w.failed ? NULL : bytes_from(t, w.buf, (intptr_t)w.len);
    mem_free(w.buf);
    return b;
}
