/* bytearray: a mutable byte buffer. Storage: `bytes` is the allocation (`alloc` bytes
 * incl. a trailing NUL), `start` the first live byte, ob_size live bytes. Growth
 * over-allocates; deleting from the front moves `start` (cheap queue-like use). While a
 * memoryview exports the buffer (`exports` > 0) its size may not change. */
#include <stdio.h>

#include "spry.h"

bool bytearray_check(Ref r) {
    if (!ref_is_obj(r)) return false;
    Type *tp = ref_obj(r)->ob_type;
    return tp == &bytearray_type || type_is_subtype(tp, &bytearray_type);
}

#define BA(o) BYTEARRAY(o)

int bytearray_resize(Thread *t, Object *o, intptr_t n) {
    ByteArray *ba = BA(o);
    if (n == ba->ob.ob_size) return 0;
    if (ba->exports > 0) {
        err_set(t, &exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n < 0 || n > INTPTR_MAX / 2) {
        err_no_memory(t);
        return -1;
    }
    intptr_t offset = ba->bytes ? ba->start - ba->bytes : 0;
    if (offset + n + 1 <= ba->alloc && n + 1 >= ba->alloc / 4) {
        ba->ob.ob_size = n;
        ba->start[n] = 0;
        return 0;
    }
    if (offset > 0) {
        memmove(ba->bytes, ba->start, (size_t)(n < ba->ob.ob_size ? n : ba->ob.ob_size));
        ba->start = ba->bytes;
        if (n + 1 <= ba->alloc) {
            ba->ob.ob_size = n;
            ba->start[n] = 0;
            return 0;
        }
    }
    intptr_t alloc = n + 1;
    if (n > ba->ob.ob_size) alloc += (n >> 3) + (n < 9 ? 3 : 6);  /* amortized growth */
    char *nb = ba->bytes ? mem_realloc(t, ba->bytes, (size_t)alloc) : mem_alloc(t, (size_t)alloc);
    if (!nb) return -1;
    ba->bytes = ba->start = nb;
    ba->alloc = alloc;
    ba->ob.ob_size = n;
    nb[n] = 0;
    return 0;
}

static Object *bytearray_alloc(Thread *t, Type *type, const void *data, intptr_t len) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return NULL;
    if (len > 0) {
        if (bytearray_resize(t, o, len) < 0) {
            obj_decref(o);
            return NULL;
        }
        if (data) memcpy(BA(o)->start, data, (size_t)len);
        else memset(BA(o)->start, 0, (size_t)len);
    }
    return o;
}

Object *bytearray_from(Thread *t, const void *data, intptr_t len) {
    return bytearray_alloc(t, &bytearray_type, data, len);
}

static ByteView ba_view(Object *o) {
    ByteView v = {BA(o)->ob.ob_size ? BA(o)->start : "", BA(o)->ob.ob_size};
    return v;
}

/* Replaces self[lo:hi] with data[0:n] (step 1). */
static int ba_splice(Thread *t, Object *o, intptr_t lo, intptr_t hi, const char *data, intptr_t n) {
    ByteArray *ba = BA(o);
    intptr_t size = ba->ob.ob_size;
    if (lo < 0) lo = 0;
    if (hi < lo) hi = lo;
    if (hi > size) hi = size;
    intptr_t growth = n - (hi - lo);
    if (growth != 0) {
        if (growth < 0) {
            if (ba->exports > 0) {
                err_set(t, &exc_BufferError, "Existing exports of data: object cannot be re-sized");
                return -1;
            }
            if (lo == 0) {
                /* cheap deletion from the front */
                ba->start -= growth;
                ba->ob.ob_size += growth;
                if (n) memcpy(ba->start, data, (size_t)n);
                return 0;
            }
            memmove(ba->start + lo + n, ba->start + hi, (size_t)(size - hi));
            if (bytearray_resize(t, o, size + growth) < 0) return -1;
        } else {
            if (bytearray_resize(t, o, size + growth) < 0) return -1;
            memmove(BA(o)->start + lo + n, BA(o)->start + hi, (size_t)(size - hi));
        }
    }
    if (n) memcpy(BA(o)->start + lo, data, (size_t)n);
    return 0;
}

/* ---- slots ---------------------------------------------------------------------------------- */

static Ref ba_repr(Thread *t, Ref self) {
    ByteView v = ba_view(ref_obj(self));
    const char *name = type_name(ref_type(self));
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s(", name);
    return ref_from_obj(bytes_repr_data(t, v.data, v.len, prefix, ")"));
}

static intptr_t ba_len(Thread *t, Ref self) { return BA(ref_obj(self))->ob.ob_size; }

static Ref ba_richcompare(Thread *t, Ref a, Ref b, int op) {
    ByteView x, y;
    if (!bytes_view(a, &x) || !bytes_view(b, &y)) return REF_NOTIMPLEMENTED;
    return bytes_compare_views(&x, &y, op);
}

static bool is_index_key(Ref key) {
    return ref_is_int(key) || (ref_type(key)->index && !ref_isinstance_exact(key, &slice_type));
}

/* The raw index value of `key` (may run __index__, which may resize the bytearray). */
static bool key_raw_index(Thread *t, Ref key, intptr_t *out) {
    if (ref_is_int(key)) {
        *out = (intptr_t)ref_int(key);
        return true;
    }
    *out = obj_as_ssize(t, key, &exc_IndexError);
    return !(*out == -1 && err_occurred(t));
}

/* Resolves a raw index against the current length (read after any user code ran). */
static bool bound_index(Thread *t, Object *o, intptr_t i, intptr_t *out) {
    intptr_t len = BA(o)->ob.ob_size;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        err_set(t, &exc_IndexError, "bytearray index out of range");
        return false;
    }
    *out = i;
    return true;
}

static Ref ba_getitem(Thread *t, Ref self, Ref key) {
    Object *o = ref_obj(self);
    ByteView v;
    if (is_index_key(key)) {
        intptr_t i;
        if (!key_raw_index(t, key, &i) || !bound_index(t, o, i, &i)) return REF_NULL;
        return ref_from_int((uint8_t)BA(o)->start[i]);
    }
    if (ref_isinstance_exact(key, &slice_type)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        v = ba_view(o);
        intptr_t n = slice_adjust(v.len, &start, &stop, step);
        if (n <= 0) return ref_from_obj(bytearray_from(t, "", 0));
        if (step == 1) return ref_from_obj(bytearray_from(t, v.data + start, n));
        Object *r = bytearray_from(t, NULL, n);
        if (!r) return REF_NULL;
        uintptr_t i = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
        for (intptr_t k = 0; k < n; k++, i += (uintptr_t)step) BA(r)->start[k] = v.data[i];
        return ref_from_obj(r);
    }
    return err_format(t, &exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
}

static bool byte_of(Thread *t, Ref v, uint8_t *out) {
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

static int ba_setitem(Thread *t, Ref self, Ref key, Ref value) {
    Object *o = ref_obj(self);
    intptr_t len;
    if (is_index_key(key)) {
        /* index, then value, then the bounds: both conversions may run user code that
         * resizes the bytearray */
        intptr_t i;
        uint8_t c = 0;
        if (!key_raw_index(t, key, &i)) return -1;
        if (!ref_is_null(value) && !byte_of(t, value, &c)) return -1;
        if (!bound_index(t, o, i, &i)) return -1;
        if (ref_is_null(value)) return ba_splice(t, o, i, i + 1, NULL, 0);
        BA(o)->start[i] = (char)c;
        return 0;
    }
    if (!ref_isinstance_exact(key, &slice_type)) {
        err_format(t, &exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    intptr_t start, stop, step;
    if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return -1;
    /* the new contents, copied first (value may be self or run Python code) */
    BytesBuf buf;
    bytes_buf_init(&buf);
    if (!ref_is_null(value)) {
        if (ref_is_int(value) || str_check(value) || ref_type(value)->index) {
            err_set(t, &exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!bytes_from_object(t, value, REF_NULL, REF_NULL, "bytearray", &buf)) return -1;
    }
    len = BA(o)->ob.ob_size;
    intptr_t n = slice_adjust(len, &start, &stop, step);
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = ba_splice(t, o, start, stop, buf.data, buf.len);
    } else if (ref_is_null(value)) {
        if (n > 0) {
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            char *d = BA(o)->start;
            intptr_t w = start;
            for (intptr_t r = start, k = 0; r < len; r++) {
                if (k < n && r == start + k * step) {
                    k++;
                    continue;
                }
                d[w++] = d[r];
            }
            rc = bytearray_resize(t, o, len - n);
        }
    } else {
        if (buf.len != n) {
            err_format(t, &exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                       buf.len, n);
            rc = -1;
        } else {
            uintptr_t i = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
            for (intptr_t k = 0; k < n; k++, i += (uintptr_t)step) BA(o)->start[i] = buf.data[k];
        }
    }
    bytes_buf_discard(&buf);
    return rc;
}

static int ba_contains(Thread *t, Ref self, Ref item) {
    ByteView v = ba_view(ref_obj(self));
    return bytes_contains_view(t, &v, item);
}

static Ref ba_add(Thread *t, Ref a, Ref b) {
    ByteView x, y;
    if (!bytearray_check(a)) return REF_NOTIMPLEMENTED;
    if (!bytes_view(a, &x) || !bytes_view(b, &y))
        return err_format(t, &exc_TypeError, "can't concat %T to %T", b, a);
    Object *o = bytearray_from(t, NULL, x.len + y.len);
    if (!o) return REF_NULL;
    bytes_view(a, &x);
    memcpy(BA(o)->start, x.data, (size_t)x.len);
    memcpy(BA(o)->start + x.len, y.data, (size_t)y.len);
    return ref_from_obj(o);
}

static Ref ba_iadd(Thread *t, Ref a, Ref b) {
    ByteView y;
    if (!bytearray_check(a)) return REF_NOTIMPLEMENTED;
    if (!bytes_view(b, &y)) return err_format(t, &exc_TypeError, "can't concat %T to %T", b, a);
    Object *o = ref_obj(a);
    intptr_t len = BA(o)->ob.ob_size;
    if (y.len) {
        /* b may be a view of a itself: copy before resizing */
        BytesBuf tmp;
        bytes_buf_init(&tmp);
        if (!bytes_buf_put(t, &tmp, y.data, y.len)) return REF_NULL;
        if (bytearray_resize(t, o, len + tmp.len) < 0) {
            bytes_buf_discard(&tmp);
            return REF_NULL;
        }
        memcpy(BA(o)->start + len, tmp.data, (size_t)tmp.len);
        bytes_buf_discard(&tmp);
    }
    return ref_dup(a);
}

static Ref ba_repeat(Thread *t, Ref a, Ref b, bool inplace) {
    bool left = bytearray_check(a);
    if (!left && bytes_is_sequence_operand(a) && !ref_type(a)->index) return REF_NOTIMPLEMENTED;
    Ref seq = left ? a : b, other = left ? b : a;
    intptr_t n;
    int r = bytes_repeat_count(t, other, &n);
    if (r < 0) return REF_NULL;
    if (r == 0) {
        if (inplace) return REF_NOTIMPLEMENTED;
        return err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%T'", other);
    }
    Object *s = ref_obj(seq);
    intptr_t len = BA(s)->ob.ob_size;
    if (n < 0) n = 0;
    if (len && n > INTPTR_MAX / 2 / len) return err_no_memory(t);
    if (inplace) {
        if (bytearray_resize(t, s, len * n) < 0) return REF_NULL;
        for (intptr_t i = 1; i < n; i++) memcpy(BA(s)->start + i * len, BA(s)->start, (size_t)len);
        return ref_dup(seq);
    }
    Object *o = bytearray_from(t, NULL, len * n);
    if (!o) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) memcpy(BA(o)->start + i * len, BA(s)->start, (size_t)len);
    return ref_from_obj(o);
}

static Ref ba_mul(Thread *t, Ref a, Ref b) { return ba_repeat(t, a, b, false); }
static Ref ba_imul(Thread *t, Ref a, Ref b) {
    if (!bytearray_check(a)) return REF_NOTIMPLEMENTED;
    return ba_repeat(t, a, b, true);
}

static Ref ba_mod(Thread *t, Ref a, Ref b) {
    if (!bytearray_check(a)) return REF_NOTIMPLEMENTED;
    ByteView v = ba_view(ref_obj(a));
    /* the format is copied: formatting may run code that mutates the bytearray */
    Object *fmt = bytes_from(t, v.data, v.len);
    if (!fmt) return REF_NULL;
    Object *r = bytes_printf(t, bytes_data(fmt), bytes_size(fmt), b, true);
    obj_decref(fmt);
    return ref_from_obj(r);
}

static Ref ba_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(bytearray_alloc(t, type, NULL, 0));
}

static int ba_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    static const ArgSpec spec = {"bytearray", names, 0, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return -1;
    BytesBuf buf;
    if (!bytes_from_object(t, a[0], a[1], a[2], "bytearray", &buf)) return -1;
    Object *o = ref_obj(self);
    int rc = bytearray_resize(t, o, buf.len);
    if (rc == 0 && buf.len) memcpy(BA(o)->start, buf.data, (size_t)buf.len);
    bytes_buf_discard(&buf);
    return rc;
}

static void ba_dealloc(Object *o) {
    if (BA(o)->bytes) mem_free(BA(o)->bytes);
    o->ob_type->tp_free(o);
}

/* ---- methods ---------------------------------------------------------------------------------- */

Ref bytearray_m_append(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "append", kwnames) || !args_count(t, "append", nargs, NULL, 1, 1)) return REF_NULL;
    uint8_t c;
    if (!byte_of(t, args[0], &c)) return REF_NULL;
    Object *o = ref_obj(self);
    intptr_t len = BA(o)->ob.ob_size;
    if (bytearray_resize(t, o, len + 1) < 0) return REF_NULL;
    BA(o)->start[len] = (char)c;
    return REF_NONE;
}

Ref bytearray_m_extend(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "extend", kwnames) || !args_count(t, "extend", nargs, NULL, 1, 1)) return REF_NULL;
    Ref v = args[0];
    if (str_check(v)) {
        /* iterating a str yields str items, which are not ints */
        if (str_len(ref_obj(v)) == 0) return REF_NONE;
        return err_set(t, &exc_TypeError, "'str' object cannot be interpreted as an integer");
    }
    ByteView bv;
    if (!bytes_view(v, &bv) && (ref_is_int(v) || ref_type(v)->index || (!ref_type(v)->iter && !ref_type(v)->getitem)))
        return err_format(t, &exc_TypeError, "can't extend bytearray with %T", v);
    BytesBuf buf;
    if (!bytes_from_object(t, v, REF_NULL, REF_NULL, "bytearray", &buf)) return REF_NULL;
    Object *o = ref_obj(self);
    intptr_t len = BA(o)->ob.ob_size;
    int rc = bytearray_resize(t, o, len + buf.len);
    if (rc == 0 && buf.len) memcpy(BA(o)->start + len, buf.data, (size_t)buf.len);
    bytes_buf_discard(&buf);
    return rc < 0 ? REF_NULL : REF_NONE;
}

Ref bytearray_m_insert(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "insert", kwnames) || !args_count(t, "insert", nargs, NULL, 2, 2)) return REF_NULL;
    intptr_t i = ref_is_int(args[0]) ? (intptr_t)ref_int(args[0]) : obj_as_ssize(t, args[0], &exc_OverflowError);
    if (i == -1 && err_occurred(t)) return REF_NULL;
    uint8_t c;
    if (!byte_of(t, args[1], &c)) return REF_NULL;
    Object *o = ref_obj(self);
    intptr_t len = BA(o)->ob.ob_size;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    if (i > len) i = len;
    char ch = (char)c;
    return ba_splice(t, o, i, i, &ch, 1) < 0 ? REF_NULL : REF_NONE;
}

Ref bytearray_m_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "pop", kwnames) || !args_count(t, "pop", nargs, NULL, 0, 1)) return REF_NULL;
    intptr_t i = -1;
    if (nargs == 1) {
        i = ref_is_int(args[0]) ? (intptr_t)ref_int(args[0]) : obj_as_ssize(t, args[0], &exc_OverflowError);
        if (i == -1 && err_occurred(t)) return REF_NULL;
    }
    Object *o = ref_obj(self);
    intptr_t len = BA(o)->ob.ob_size;
    if (len == 0) return err_set(t, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += len;
    if (i < 0 || i >= len) return err_set(t, &exc_IndexError, "pop index out of range");
    uint8_t c = (uint8_t)BA(o)->start[i];
    if (ba_splice(t, o, i, i + 1, NULL, 0) < 0) return REF_NULL;
    return ref_from_int(c);
}

Ref bytearray_m_remove(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "remove", kwnames) || !args_count(t, "remove", nargs, NULL, 1, 1)) return REF_NULL;
    uint8_t c;
    if (!byte_of(t, args[0], &c)) return REF_NULL;
    Object *o = ref_obj(self);
    ByteView v = ba_view(o);
    const char *p = v.len ? memchr(v.data, c, (size_t)v.len) : NULL;
    if (!p) return err_set(t, &exc_ValueError, "value not found in bytearray");
    intptr_t i = p - v.data;
    return ba_splice(t, o, i, i + 1, NULL, 0) < 0 ? REF_NULL : REF_NONE;
}

Ref bytearray_m_reverse(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "reverse", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    char *d = BA(o)->start;
    for (intptr_t i = 0, j = BA(o)->ob.ob_size - 1; i < j; i++, j--) {
        char c = d[i];
        d[i] = d[j];
        d[j] = c;
    }
    return REF_NONE;
}

Ref bytearray_m_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "clear", nargs, kwnames)) return REF_NULL;
    return bytearray_resize(t, ref_obj(self), 0) < 0 ? REF_NULL : REF_NONE;
}

Ref bytearray_m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    ByteView v = ba_view(ref_obj(self));
    return ref_from_obj(bytearray_from(t, v.data, v.len));
}

Ref bytearray_m_alloc(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__alloc__", nargs, kwnames)) return REF_NULL;
    return ref_from_int(BA(ref_obj(self))->alloc);
}

Ref bytearray_m_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reduce__", nargs, kwnames)) return REF_NULL;
    ByteView v = ba_view(ref_obj(self));
    Object *s = str_from_latin1(t, v.data, v.len);
    Object *enc = s ? str_from_cstr(t, "latin-1") : NULL;
    Object *inner = enc ? tuple_pack(t, 2, ref_from_obj(s), ref_from_obj(enc)) : NULL;
    obj_xdecref(s);
    obj_xdecref(enc);
    if (!inner) return REF_NULL;
    Object *dict = object_get_dict(t, self);
    Ref d = dict ? ref_from_obj(dict) : REF_NONE;
    Object *r = tuple_pack(t, 3, ref_from_obj((Object *)ref_type(self)), ref_from_obj(inner), d);
    obj_decref(inner);
    return ref_from_obj(r);
}

/* ---- iterator ---------------------------------------------------------------------------------- */

typedef struct ByteArrayIter {
    Object ob;
    intptr_t index;
    Object *seq;
} ByteArrayIter;

static Ref ba_iter(Thread *t, Ref self) {
    ByteArrayIter *it = (ByteArrayIter *)obj_alloc(t, &bytearray_iter_type, sizeof(ByteArrayIter));
    if (!it) return REF_NULL;
    it->seq = ref_obj(ref_new(ref_obj(self)));
    return ref_from_obj(&it->ob);
}

static Ref ba_iter_next(Thread *t, Ref self) {
    ByteArrayIter *it = (ByteArrayIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index < BA(it->seq)->ob.ob_size) return ref_from_int((uint8_t)BA(it->seq)->start[it->index++]);
    obj_decref(it->seq);
    it->seq = NULL;
    return REF_NULL;
}

static Ref ba_iter_self(Thread *t, Ref self) { return ref_dup(self); }

static void ba_iter_dealloc(Object *o) {
    obj_xdecref(((ByteArrayIter *)o)->seq);
    o->ob_type->tp_free(o);
}

static Ref ba_iter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    ByteArrayIter *it = (ByteArrayIter *)ref_obj(self);
    intptr_t n = it->seq ? BA(it->seq)->ob.ob_size - it->index : 0;
    return ref_from_int(n < 0 ? 0 : n);
}

static const MethodDef ba_iter_methods[] = {
    {"__length_hint__", ba_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

Type bytearray_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(ByteArrayIter),
    .tp_dealloc = ba_iter_dealloc,
    .tp_free = obj_free,
    .iter = ba_iter_self,
    .iternext = ba_iter_next,
    .methods = ba_iter_methods,
};

static int bytearray_getbuffer(Thread *t, Ref self, BufferView *view, bool writable) {
    Object *b = ref_obj(self);
    /* An empty bytearray may have no storage; a view still needs a valid pointer (which
     * nobody writes through: the length is 0). */
    if (buffer_fill_bytes(t, b, bytearray_size(b) ? bytearray_data(b) : (char *)"", bytearray_size(b), false, view,
                          writable) < 0)
        return -1;
    BYTEARRAY(b)->exports++;
    return 0;
}

static void bytearray_releasebuffer(Object *b, BufferView *view) { BYTEARRAY(b)->exports--; }

Type bytearray_type = {
    TYPE_HEAD_INIT,
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(ByteArray),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array",
    .tp_dealloc = ba_dealloc,
    .tp_free = obj_free,
    .repr = ba_repr,
    .hash = hash_not_implemented,
    .richcompare = ba_richcompare,
    .new_ = ba_new,
    .init = ba_init,
    .iter = ba_iter,
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .nb = {[NB_ADD] = ba_add, [NB_MULTIPLY] = ba_mul, [NB_REMAINDER] = ba_mod},
    .nb_inplace = {[NB_ADD] = ba_iadd, [NB_MULTIPLY] = ba_imul},
    .methods = bytearray_method_table,
    .getbuffer = bytearray_getbuffer,
    .releasebuffer = bytearray_releasebuffer,
};
