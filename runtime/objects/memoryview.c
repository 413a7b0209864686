/* memoryview over the memory of any buffer exporter (bytes, bytearray, array.array, ...:
 * see the buffer protocol in objects/bytes.h), with a struct-module native item format
 * (the exporter's, or cast()'s) and up to 64 dimensions.
 * A view is (obj, start, shape, strides, format): item (i0, i1, ...) lives at byte
 * start + i0*strides[0] + i1*strides[1] + ... of obj's current data. Dimension 0 is kept in
 * `len`/`step` (the common one-dimensional case allocates nothing); for ndim > 1, `dims`
 * holds shape[0..ndim) then strides[0..ndim), with dims[0] == len and dims[ndim] == step.
 * A 0-dim view (cast(fmt, ())) has len 1 and step itemsize.
 * Every view holds an export of the underlying object, which forbids resizing a bytearray
 * or array until the view is released (release(), `with`, or deallocation); a view that is
 * itself exported (bytes(mv) does not, a memoryview of the view does not either: that
 * views the underlying object directly) refuses release() meanwhile. */
#include <stdio.h>

#include "spry.h"

#define MV_MAXDIM 64

typedef struct MemoryView {
    Object ob;
    Object *obj;          /* the exporter; kept after release for .obj errors */
    BufferView view;      /* the export of obj's memory (view.obj NULL once released) */
    intptr_t exports;     /* live exports of this view */
    intptr_t start;       /* byte offset of the first item */
    intptr_t step, len;   /* dimension 0: stride in bytes, number of items */
    intptr_t *dims;       /* ndim > 1: shape then strides (mem_alloc'd); else NULL */
    int ndim, itemsize;
    char format;          /* one of "bBchHiIlLqQnNfd?P" */
    bool at_prefix;       /* the format was given as "@X" (shown back by .format) */
    bool readonly, released;
    int64_t hash;         /* -1: not computed */
} MemoryView;

#define MV(o) ((MemoryView *)(o))

static bool mv_check(Ref r) {
    return ref_is_obj(r) && type_is_subtype(ref_obj(r)->ob_type, &memoryview_type);
}

static intptr_t shape_at(const MemoryView *m, int k) { return k == 0 ? m->len : m->dims[k]; }
static intptr_t stride_at(const MemoryView *m, int k) { return k == 0 ? m->step : m->dims[m->ndim + k]; }

/* Size of a native struct format character; 0 when memoryview does not support it. */
static int format_size(char c) {
    switch (c) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return (int)sizeof(short);
    case 'i': case 'I': return (int)sizeof(int);
    case 'l': case 'L': return (int)sizeof(long);
    case 'q': case 'Q': return (int)sizeof(long long);
    case 'n': case 'N': return (int)sizeof(size_t);
    case 'f': return (int)sizeof(float);
    case 'd': return (int)sizeof(double);
    case 'P': return (int)sizeof(void *);
    default: return 0;
    }
}

static bool is_byte_format(char c) { return c == 'b' || c == 'B' || c == 'c'; }

static intptr_t mv_nitems(const MemoryView *m) {
    intptr_t n = 1;
    for (int k = 0; k < m->ndim; k++) n *= shape_at(m, k);
    return n;
}

static intptr_t mv_nbytes(const MemoryView *m) { return mv_nitems(m) * m->itemsize; }

static bool mv_c_contiguous(const MemoryView *m) {
    if (m->ndim == 0) return true;
    for (int k = 0; k < m->ndim; k++)
        if (shape_at(m, k) == 0) return true;
    intptr_t sd = m->itemsize;
    for (int k = m->ndim - 1; k >= 0; k--) {
        if (shape_at(m, k) > 1 && stride_at(m, k) != sd) return false;
        sd *= shape_at(m, k);
    }
    return true;
}

static bool mv_f_contiguous(const MemoryView *m) {
    if (m->ndim == 0) return true;
    for (int k = 0; k < m->ndim; k++)
        if (shape_at(m, k) == 0) return true;
    intptr_t sd = m->itemsize;
    for (int k = 0; k < m->ndim; k++) {
        if (shape_at(m, k) > 1 && stride_at(m, k) != sd) return false;
        sd *= shape_at(m, k);
    }
    return true;
}

/* The exporter's memory (fixed while the export is held). */
static char *base_of(MemoryView *m) { return m->view.data; }

static bool check_released(Thread *t, MemoryView *m) {
    if (!m->released) return true;
    err_set(t, &exc_ValueError, "operation forbidden on released memoryview object");
    return false;
}

/* A one-dimensional byte view of obj's memory (a new export of it). */
static MemoryView *mv_alloc(Thread *t, Object *obj, intptr_t start, intptr_t step, intptr_t len, bool readonly) {
    BufferView view;
    if (obj_get_buffer(t, ref_from_obj(obj), &view, false) < 0) return NULL;
    MemoryView *m = (MemoryView *)obj_alloc(t, &memoryview_type, sizeof(MemoryView));
    if (!m) {
        buffer_release(&view);
        return NULL;
    }
    m->obj = ref_obj(ref_new(obj));
    m->view = view;
    m->exports = 0;
    m->start = start;
    m->step = step;
    m->len = len;
    m->dims = NULL;
    m->ndim = 1;
    m->itemsize = 1;
    m->format = 'B';
    m->at_prefix = false;
    m->readonly = readonly || view.readonly;
    m->hash = -1;
    return m;
}

/* Gives m (fresh from mv_alloc) the format and dimensions ndim/shape/strides. */
static bool mv_set_dims(Thread *t, MemoryView *m, char format, int ndim, const intptr_t *shape,
                        const intptr_t *strides) {
    m->format = format;
    m->itemsize = format_size(format);
    m->ndim = ndim;
    if (ndim == 0) {
        m->len = 1;
        m->step = m->itemsize;
        return true;
    }
    m->len = shape[0];
    m->step = strides[0];
    if (ndim == 1) return true;
    m->dims = mem_alloc(t, sizeof(intptr_t) * 2 * (size_t)ndim);
    if (!m->dims) return false;
    memcpy(m->dims, shape, sizeof(intptr_t) * (size_t)ndim);
    memcpy(m->dims + ndim, strides, sizeof(intptr_t) * (size_t)ndim);
    return true;
}

/* A new view of src's memory with src's format and dims, dimension 0 replaced by
 * (start, step, len). */
static Object *mv_derive(Thread *t, MemoryView *src, intptr_t start, intptr_t step, intptr_t len,
                         bool readonly) {
    MemoryView *m = mv_alloc(t, src->obj, start, step, len, readonly);
    if (!m) return NULL;
    m->format = src->format;
    m->at_prefix = src->at_prefix;
    m->itemsize = src->itemsize;
    m->ndim = src->ndim;
    if (src->ndim > 1) {
        m->dims = mem_alloc(t, sizeof(intptr_t) * 2 * (size_t)src->ndim);
        if (!m->dims) {
            obj_decref(&m->ob);
            return NULL;
        }
        memcpy(m->dims, src->dims, sizeof(intptr_t) * 2 * (size_t)src->ndim);
        m->dims[0] = len;
        m->dims[src->ndim] = step;
    }
    return &m->ob;
}

Object *memoryview_new(Thread *t, Ref obj) {
    if (mv_check(obj)) {
        MemoryView *src = MV(ref_obj(obj));
        if (!check_released(t, src)) return NULL;
        return mv_derive(t, src, src->start, src->step, src->len, src->readonly);
    }
    if (!ref_is_obj(obj) || !ref_type(obj)->getbuffer) {
        err_format(t, &exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
        return NULL;
    }
    MemoryView *m = mv_alloc(t, ref_obj(obj), 0, 1, 0, false);
    if (!m) return NULL;
    /* The exporter's item format; one memoryview cannot show (e.g. array's 'u') stays bytes. */
    char f = m->view.format;
    if (format_size(f) && format_size(f) == m->view.itemsize) {
        m->format = f;
        m->itemsize = m->view.itemsize;
    }
    m->step = m->itemsize;
    m->len = m->view.len / m->itemsize;
    return &m->ob;
}

/* Ends the view: 0, or -1 with BufferError while the view is itself exported. */
static int mv_release(Thread *t, MemoryView *m) {
    if (m->released) return 0;
    if (m->exports > 0) {
        if (t)
            err_format(t, &exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                       m->exports == 1 ? "" : "s");
        return -1;
    }
    m->released = true;
    buffer_release(&m->view);
    return 0;
}

/* The export itself, for any layout: view over the items from the first one on. */
static int mv_export(Thread *t, MemoryView *m, BufferView *view, bool writable) {
    if (writable && m->readonly) {
        err_set(t, &exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    view->obj = &m->ob;
    view->data = base_of(m) + m->start;
    view->len = mv_nbytes(m);
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->readonly = m->readonly;
    m->exports++;
    return 0;
}

static int mv_getbuffer(Thread *t, Ref self, BufferView *view, bool writable) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return -1;
    if (!mv_c_contiguous(m)) {
        err_set(t, &exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return mv_export(t, m, view, writable);
}

int memoryview_export(Thread *t, Ref mv, BufferView *view, MemoryLayout *layout, bool writable) {
    MemoryView *m = MV(ref_obj(mv));
    if (!check_released(t, m) || mv_export(t, m, view, writable) < 0) return -1;
    layout->ndim = m->ndim;
    layout->shape = m->ndim == 0 ? NULL : m->ndim == 1 ? &m->len : m->dims;
    layout->strides = m->ndim == 0 ? NULL : m->ndim == 1 ? &m->step : m->dims + m->ndim;
    layout->c_contiguous = mv_c_contiguous(m);
    layout->f_contiguous = mv_f_contiguous(m);
    obj_incref(&m->ob);
    return 0;
}

static void mv_releasebuffer(Object *o, BufferView *view) { MV(o)->exports--; }

static void mv_dealloc(Object *o) {
    mv_release(NULL, MV(o)); /* exports hold references: there are none left */
    obj_decref(MV(o)->obj);
    if (MV(o)->dims) mem_free(MV(o)->dims);
    o->ob_type->tp_free(o);
}

/* ---- items ------------------------------------------------------------------------------------ */

/* Reads one item of `format` at p (unaligned). */
#define LOAD(T, p) (*(T *)memcpy(&(T){0}, (p), sizeof(T)))
static Ref unpack_item(Thread *t, char format, const char *p) {
    switch (format) {
    case 'b': return ref_from_int(LOAD(signed char, p));
    case 'B': return ref_from_int(LOAD(unsigned char, p));
    case 'c': return ref_from_obj(bytes_from(t, p, 1));
    case '?': return ref_from_bool(LOAD(unsigned char, p) != 0);
    case 'h': return ref_from_int(LOAD(short, p));
    case 'H': return ref_from_int(LOAD(unsigned short, p));
    case 'i': return ref_from_int(LOAD(int, p));
    case 'I': return ref_from_int(LOAD(unsigned int, p));
    case 'l': return int_from_i64(t, LOAD(long, p));
    case 'L': return int_from_u64(t, LOAD(unsigned long, p));
    case 'q': case 'n': return int_from_i64(t, LOAD(int64_t, p));
    case 'Q': case 'N': return int_from_u64(t, LOAD(uint64_t, p));
    case 'P': return int_from_u64(t, (uint64_t)LOAD(uintptr_t, p));
    case 'f': return float_from_double(t, LOAD(float, p));
    default: return float_from_double(t, LOAD(double, p));
    }
}
#undef LOAD

static int bad_item(Thread *t, Type *type, char format) {
    err_format(t, type, "memoryview: invalid %s for format '%c'", type == &exc_TypeError ? "type" : "value",
               format);
    return -1;
}

/* Stores value at byte `off` of m's memory in m's format, with CPython's messages. The
 * conversion may run user code (__index__, __float__, __bool__) that releases the view,
 * so the destination is computed afterwards. */
static int store_item(Thread *t, MemoryView *m, intptr_t off, const char *src, int size) {
    if (!check_released(t, m)) return -1;
    memcpy(base_of(m) + off, src, (size_t)size);
    return 0;
}

static int pack_item(Thread *t, MemoryView *m, intptr_t off, Ref value) {
    char format = m->format;
    char tmp[8];
    char *p = tmp;
    if (format == 'c') {
        if (!bytes_check(value)) return bad_item(t, &exc_TypeError, format);
        if (bytes_size(ref_obj(value)) != 1) return bad_item(t, &exc_ValueError, format);
        return store_item(t, m, off, bytes_data(ref_obj(value)), 1);
    }
    if (format == '?') {
        int b = obj_truthy(t, value);
        if (b < 0) return -1;
        *p = (char)b;
        return store_item(t, m, off, p, 1);
    }
    if (format == 'f' || format == 'd') {
        double d = float_as_double(t, value);
        if (d == -1.0 && err_occurred(t)) {
            if (!err_matches(t, &exc_TypeError)) return -1;
            err_clear(t);
            return bad_item(t, &exc_TypeError, format);
        }
        if (format == 'd') {
            memcpy(p, &d, sizeof d);
        } else {
            float f = (float)d;   /* like CPython: out-of-range values become infinities */
            memcpy(p, &f, sizeof f);
        }
        return store_item(t, m, off, p, m->itemsize);
    }
    Ref ix = obj_index(t, value);
    if (ref_is_null(ix)) {
        if (!err_matches(t, &exc_TypeError)) return -1;
        err_clear(t);
        return bad_item(t, &exc_TypeError, format);
    }
    int overflow = 0;
    int64_t v = int_as_i64_overflow(ix, &overflow);
    uint64_t u = (uint64_t)v;
    bool is_unsigned = format == 'B' || format == 'H' || format == 'I' || format == 'L' ||
                       format == 'Q' || format == 'N' || format == 'P';
    if (overflow > 0 && is_unsigned) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(ix, z);
        overflow = mpz_sizeinbase(z, 2) > 64;
        if (!overflow) u = (uint64_t)mpz_get_ui(z);
        mpz_clear(z);
    } else if (is_unsigned && v < 0) {
        overflow = 1;
    }
    ref_close(ix);
    if (overflow) return bad_item(t, &exc_ValueError, format);
    int size = format_size(format);
    if (is_unsigned) {
        if (size < 8 && u >> (size * 8)) return bad_item(t, &exc_ValueError, format);
        uint8_t u8 = (uint8_t)u; uint16_t u16 = (uint16_t)u; uint32_t u32 = (uint32_t)u;
        if (size == 1) memcpy(p, &u8, 1);
        else if (size == 2) memcpy(p, &u16, 2);
        else if (size == 4) memcpy(p, &u32, 4);
        else memcpy(p, &u, 8);
    } else {
        if (size < 8) {
            int64_t lim = (int64_t)1 << (size * 8 - 1);
            if (v < -lim || v >= lim) return bad_item(t, &exc_ValueError, format);
        }
        int8_t s8 = (int8_t)v; int16_t s16 = (int16_t)v; int32_t s32 = (int32_t)v;
        if (size == 1) memcpy(p, &s8, 1);
        else if (size == 2) memcpy(p, &s16, 2);
        else if (size == 4) memcpy(p, &s32, 4);
        else memcpy(p, &v, 8);
    }
    return store_item(t, m, off, p, size);
}

/* ---- slots ------------------------------------------------------------------------------------ */

static Ref mv_repr(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    return ref_from_obj(str_from_format(t, m->released ? "<released memory at %p>" : "<memory at %p>", (void *)m));
}

static intptr_t mv_len(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return -1;
    return m->len;
}

static bool is_index(Ref key) {
    return ref_is_int(key) || (ref_type(key)->index && !ref_isinstance_exact(key, &slice_type));
}

/* Byte offset of item `key` (an index) along dimension k, or -1 with IndexError. */
static intptr_t index_offset(Thread *t, MemoryView *m, int k, Ref key) {
    intptr_t i = ref_is_int(key) ? (intptr_t)ref_int(key) : obj_as_ssize(t, key, &exc_IndexError);
    if (i == -1 && err_occurred(t)) return -1;
    intptr_t n = shape_at(m, k);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_format(t, &exc_IndexError, "index out of bounds on dimension %d", k + 1);
        return -1;
    }
    return i * stride_at(m, k);
}

/* For a tuple key: 1 (all indices), 2 (all slices or indices, some slices), 0 (other). */
static int tuple_key_kind(Ref key) {
    if (!tuple_check(key)) return 0;
    Object *tup = ref_obj(key);
    bool all_index = true;
    for (intptr_t i = 0; i < tuple_size(tup); i++) {
        Ref k = tuple_get(tup, i);
        if (is_index(k)) continue;
        if (!ref_isinstance_exact(k, &slice_type)) return 0;
        all_index = false;
    }
    return all_index ? 1 : 2;
}

/* The item's byte offset for a tuple of indices (kind 1 above); -1 with an error. */
static intptr_t item_from_tuple(Thread *t, MemoryView *m, Ref key) {
    Object *tup = ref_obj(key);
    intptr_t n = tuple_size(tup);
    if (n < m->ndim) {
        err_set(t, &exc_NotImplementedError, "sub-views are not implemented");
        return -1;
    }
    if (n > m->ndim) {
        err_format(t, &exc_TypeError, "cannot index %d-dimension view with %zd-element tuple", m->ndim, n);
        return -1;
    }
    intptr_t off = m->start;
    for (int k = 0; k < m->ndim; k++) {
        intptr_t o = index_offset(t, m, k, tuple_get(tup, k));
        if (o == -1 && err_occurred(t)) return -1;
        off += o;
    }
    return check_released(t, m) ? off : -1;   /* __index__ may have released it */
}

static bool is_empty_tuple(Ref key) { return tuple_check(key) && tuple_size(ref_obj(key)) == 0; }

static Ref mv_getitem(Thread *t, Ref self, Ref key) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return REF_NULL;
    if (m->ndim == 0) {
        if (ref_is_object(key, &ellipsis_obj)) return ref_dup(self);
        if (is_empty_tuple(key)) return unpack_item(t, m->format, base_of(m) + m->start);
        return err_set(t, &exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index(key)) {
        intptr_t off = index_offset(t, m, 0, key);
        if (off == -1 && err_occurred(t)) return REF_NULL;
        if (m->ndim > 1) return err_set(t, &exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        if (!check_released(t, m)) return REF_NULL;   /* __index__ may have released it */
        return unpack_item(t, m->format, base_of(m) + m->start + off);
    }
    if (ref_isinstance_exact(key, &slice_type)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        if (!check_released(t, m)) return REF_NULL;   /* __index__ may have released it */
        intptr_t n = slice_adjust(m->len, &start, &stop, step);
        return ref_from_obj(mv_derive(t, m, m->start + start * m->step, m->step * step, n < 0 ? 0 : n,
                                      m->readonly));
    }
    int kind = tuple_key_kind(key);
    if (kind == 1) {
        intptr_t off = item_from_tuple(t, m, key);
        return off < 0 ? REF_NULL : unpack_item(t, m->format, base_of(m) + off);
    }
    if (kind == 2) return err_set(t, &exc_NotImplementedError, "multi-dimensional slicing is not implemented");
    return err_set(t, &exc_TypeError, "memoryview: invalid slice key");
}

/* Source of a slice assignment: its bytes (copied), format and shape. */
static int slice_source(Thread *t, Ref value, BytesBuf *buf, char *format, intptr_t *n, int *ndim) {
    if (mv_check(value)) {
        MemoryView *v = MV(ref_obj(value));
        if (!check_released(t, v)) return -1;
        *format = v->format;
        *ndim = v->ndim;
        *n = v->len;
        char *base = base_of(v);
        if (v->ndim == 1 && v->step == v->itemsize && v->len > 0)   /* contiguous: one copy */
            return bytes_buf_put(t, buf, base + v->start, v->len * v->itemsize) ? 0 : -1;
        for (intptr_t i = 0; v->ndim == 1 && i < v->len; i++)
            if (!bytes_buf_put(t, buf, base + v->start + i * v->step, v->itemsize)) return -1;
        return 0;
    }
    ByteView src;
    if (!bytes_view(value, &src)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", value);
        return -1;
    }
    *format = 'B';
    *ndim = 1;
    *n = src.len;
    return bytes_buf_put(t, buf, src.data, src.len) ? 0 : -1;
}

static int mv_setitem(Thread *t, Ref self, Ref key, Ref value) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return -1;
    if (m->readonly) {
        err_set(t, &exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (ref_is_object(key, &ellipsis_obj) || is_empty_tuple(key))
            return pack_item(t, m, m->start, value);
        err_set(t, &exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (is_index(key)) {
        if (m->ndim > 1) {
            err_set(t, &exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        intptr_t off = index_offset(t, m, 0, key);
        if (off == -1 && err_occurred(t)) return -1;
        return pack_item(t, m, m->start + off, value);
    }
    if (ref_isinstance_exact(key, &slice_type) && m->ndim == 1) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0 || !check_released(t, m)) return -1;
        intptr_t n = slice_adjust(m->len, &start, &stop, step);
        if (n < 0) n = 0;
        /* copied first: source and destination may overlap */
        BytesBuf buf;
        bytes_buf_init(&buf);
        char sfmt;
        intptr_t sn;
        int sndim;
        if (slice_source(t, value, &buf, &sfmt, &sn, &sndim) < 0) {
            bytes_buf_discard(&buf);
            return -1;
        }
        if (sfmt != m->format || sndim != 1 || sn != n) {
            bytes_buf_discard(&buf);
            err_set(t, &exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char *base = base_of(m);
        if (n > 0 && step == 1 && m->step == m->itemsize)   /* contiguous: one copy, not one per item */
            memcpy(base + m->start + start * m->step, buf.data, (size_t)(n * m->itemsize));
        else
            for (intptr_t k = 0; k < n; k++)
                memcpy(base + m->start + (start + k * step) * m->step, buf.data + k * m->itemsize,
                       (size_t)m->itemsize);
        bytes_buf_discard(&buf);
        return 0;
    }
    int kind = tuple_key_kind(key);
    if (kind == 1) {
        if (tuple_size(ref_obj(key)) < m->ndim) {
            err_set(t, &exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        intptr_t off = item_from_tuple(t, m, key);
        return off < 0 ? -1 : pack_item(t, m, off, value);
    }
    if (kind == 2 || ref_isinstance_exact(key, &slice_type)) {
        err_set(t, &exc_NotImplementedError,
                "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    err_set(t, &exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* Appends the bytes of the items of dimension k onwards at offset off, in C order. */
static bool copy_items(Thread *t, MemoryView *m, const char *base, int k, intptr_t off, BytesBuf *out) {
    if (k == m->ndim) return bytes_buf_put(t, out, base + off, m->itemsize);
    for (intptr_t i = 0; i < shape_at(m, k); i++)
        if (!copy_items(t, m, base, k + 1, off + i * stride_at(m, k), out)) return false;
    return true;
}

/* The viewed bytes as a new bytes object, in C order (works for any strides). */
static Object *mv_tobytes_obj(Thread *t, MemoryView *m) {
    intptr_t nbytes = mv_nbytes(m);
    char *base = base_of(m);
    if (mv_c_contiguous(m)) return bytes_from(t, base ? base + m->start : "", nbytes);
    BytesBuf out;
    bytes_buf_init(&out);
    if (!copy_items(t, m, base, 0, m->start, &out)) {
        bytes_buf_discard(&out);
        return NULL;
    }
    Object *b = bytes_from(t, out.data, out.len);
    bytes_buf_discard(&out);
    return b;
}

Object *memoryview_bytes(Thread *t, Ref obj) {
    MemoryView *m = MV(ref_obj(obj));
    if (!check_released(t, m)) return NULL;
    return mv_tobytes_obj(t, m);
}

/* The items of dimension k onwards at offset off, as nested lists (tolist()). */
static Ref list_items_at(Thread *t, MemoryView *m, const char *base, int k, intptr_t off) {
    if (k == m->ndim) return unpack_item(t, m->format, base + off);
    intptr_t n = shape_at(m, k);
    Object *l = list_new(t, n);
    if (!l) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) {
        Ref v = list_items_at(t, m, base, k + 1, off + i * stride_at(m, k));
        if (ref_is_null(v)) {
            obj_decref(l);
            return REF_NULL;
        }
        list_items(l)[i] = v;
    }
    return ref_from_obj(l);
}

/* A comparable description of a buffer: a memoryview, or bytes-like data seen as 'B'. */
typedef struct {
    MemoryView *m;        /* or NULL: data/len below */
    const char *data;
    intptr_t len;
} CmpSide;

static Ref side_item(Thread *t, const CmpSide *s, intptr_t i) {
    if (!s->m) return ref_from_int((uint8_t)s->data[i]);
    return unpack_item(t, s->m->format, base_of(s->m) + s->m->start + i * s->m->step);
}

/* Item-wise equality of two buffers with equal shapes, dimension k onwards. */
static int items_equal(Thread *t, MemoryView *a, MemoryView *b, int k, intptr_t oa, intptr_t ob) {
    const char *ba = base_of(a), *bb = base_of(b);
    if (k == a->ndim) {
        Ref x = unpack_item(t, a->format, ba + oa);
        if (ref_is_null(x)) return -1;
        Ref y = unpack_item(t, b->format, bb + ob);
        if (ref_is_null(y)) {
            ref_close(x);
            return -1;
        }
        int eq = obj_eq(t, x, y);
        ref_close(x);
        ref_close(y);
        return eq;
    }
    for (intptr_t i = 0; i < shape_at(a, k); i++) {
        int eq = items_equal(t, a, b, k + 1, oa + i * stride_at(a, k), ob + i * stride_at(b, k));
        if (eq <= 0) return eq;
    }
    return 1;
}

static Ref mv_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return REF_NOTIMPLEMENTED;
    Ref self = mv_check(a) ? a : b, other = mv_check(a) ? b : a;
    MemoryView *m = MV(ref_obj(self));
    int eq;
    if (m->released || (mv_check(other) && MV(ref_obj(other))->released)) {
        eq = ref_is(a, b);
    } else if (mv_check(other)) {
        MemoryView *o = MV(ref_obj(other));
        eq = m->ndim == o->ndim;
        for (int k = 0; eq && k < m->ndim; k++) eq = shape_at(m, k) == shape_at(o, k);
        if (eq) eq = items_equal(t, m, o, 0, m->start, o->start);
    } else {
        ByteView ov;
        if (!bytes_view(other, &ov)) return REF_NOTIMPLEMENTED;
        CmpSide x = {m, NULL, 0}, y = {NULL, ov.data, ov.len};
        eq = m->ndim == 1 && m->len == ov.len;
        if (eq && m->format == 'B') {
            for (intptr_t i = 0; eq && i < m->len; i++)
                eq = base_of(m)[m->start + i * m->step] == ov.data[i];
        } else {
            for (intptr_t i = 0; eq == 1 && i < m->len; i++) {
                Ref p = side_item(t, &x, i);
                if (ref_is_null(p)) return REF_NULL;
                Ref q = side_item(t, &y, i);
                eq = obj_eq(t, p, q);
                ref_close(p);
                ref_close(q);
            }
        }
    }
    if (eq < 0) return REF_NULL;
    return ref_from_bool((eq != 0) == (op == CMP_EQ));
}

static int64_t mv_hash(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    if (m->hash != -1) return m->hash;
    if (!check_released(t, m)) return -1;
    if (!m->readonly) {
        err_set(t, &exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(m->format)) {
        err_set(t, &exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    Object *b = mv_tobytes_obj(t, m);
    if (!b) return -1;
    m->hash = str_hash_bytes(bytes_data(b), (size_t)bytes_size(b));
    obj_decref(b);
    return m->hash;
}

static Ref mv_iter(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return REF_NULL;
    if (m->ndim == 0) return err_set(t, &exc_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim > 1) return err_set(t, &exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    Ref l = list_items_at(t, m, base_of(m), 0, m->start);
    if (ref_is_null(l)) return REF_NULL;
    Ref it = obj_iter(t, l);
    ref_close(l);
    return it;
}

static Ref mv_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"object", NULL};
    static const ArgSpec spec = {"memoryview", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    return ref_from_obj(memoryview_new(t, a[0]));
}

/* ---- methods and attributes ------------------------------------------------------------------ */

#define MSELF MV(ref_obj(self))

static Ref mv_cast(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    static const ArgSpec spec = {"cast", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    MemoryView *m = MSELF;
    if (!check_released(t, m)) return REF_NULL;
    if (!mv_c_contiguous(m)) return err_set(t, &exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    bool has_shape = !ref_is_null(a[1]);
    intptr_t nitems = mv_nitems(m);
    if ((has_shape || m->ndim != 1) && nitems == 0)
        return err_set(t, &exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    intptr_t ndim = 1;
    if (has_shape) {
        if (!list_check(a[1]) && !tuple_check(a[1]))
            return err_set(t, &exc_TypeError, "shape must be a list or a tuple");
        ndim = obj_len(t, a[1]);
        if (ndim < 0) return REF_NULL;
        if (m->ndim != 1 && ndim != 1)
            return err_set(t, &exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
        if (ndim > MV_MAXDIM)
            return err_set(t, &exc_ValueError, "memoryview: number of dimensions must not exceed 64");
    }
    if (!str_check(a[0]))
        return err_format(t, &exc_TypeError, "cast() argument 'format' must be str, not %T", a[0]);
    Object *f = ref_obj(a[0]);
    intptr_t flen = str_len(f);
    uint32_t c = flen == 1 ? str_char_at(f, 0) : flen == 2 && str_char_at(f, 0) == '@' ? str_char_at(f, 1) : 0;
    if (c == 0 || c > 127 || !format_size((char)c))
        return err_set(t, &exc_ValueError, "memoryview: destination format must be a native single "
                                           "character format prefixed with an optional '@'");
    char fmt = (char)c;
    if (!is_byte_format(m->format) && !is_byte_format(fmt))
        return err_set(t, &exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    intptr_t nbytes = nitems * m->itemsize, isize = format_size(fmt);
    if (nbytes % isize) return err_set(t, &exc_TypeError, "memoryview: length is not a multiple of itemsize");
    intptr_t shape[MV_MAXDIM], strides[MV_MAXDIM];
    if (has_shape) {
        intptr_t prod = 1;
        for (intptr_t k = 0; k < ndim; k++) {
            Ref e = list_check(a[1]) ? list_items(ref_obj(a[1]))[k] : tuple_get(ref_obj(a[1]), k);
            if (!int_check(e))
                return err_set(t, &exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            int overflow = 0;
            int64_t v = int_as_i64_overflow(e, &overflow);
            if (overflow > 0 || (overflow == 0 && v > 0 && prod > INTPTR_MAX / v))
                return err_set(t, &exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            if (overflow < 0 || v <= 0)
                return err_set(t, &exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            shape[k] = (intptr_t)v;
            prod *= v;
        }
        if (prod > INTPTR_MAX / isize || prod * isize != nbytes)
            return err_set(t, &exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        intptr_t sd = isize;
        for (intptr_t k = ndim - 1; k >= 0; k--) {
            strides[k] = sd;
            sd *= shape[k];
        }
    } else {
        shape[0] = nbytes / isize;
        strides[0] = isize;
    }
    MemoryView *r = mv_alloc(t, m->obj, m->start, 1, 0, m->readonly);
    if (!r) return REF_NULL;
    r->at_prefix = flen == 2;
    if (!mv_set_dims(t, r, fmt, (int)ndim, shape, strides)) {
        obj_decref(&r->ob);
        return REF_NULL;
    }
    return ref_from_obj(&r->ob);
}

static Ref mv_tobytes(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"order", NULL};
    static const ArgSpec spec = {"tobytes", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_obj(mv_tobytes_obj(t, MSELF));
}

static Ref mv_tolist(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "tolist", nargs, kwnames) || !check_released(t, MSELF)) return REF_NULL;
    return list_items_at(t, MSELF, base_of(MSELF), 0, MSELF->start);
}

static Ref mv_hex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!check_released(t, MSELF)) return REF_NULL;
    Object *b = mv_tobytes_obj(t, MSELF);
    if (!b) return REF_NULL;
    Object *name = str_intern_cstr(t, "hex");
    Ref r = name ? obj_call_method(t, ref_from_obj(b), name, args, nargs) : REF_NULL;
    obj_xdecref(name);
    obj_decref(b);
    return r;
}

static Ref mv_release_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "release", nargs, kwnames)) return REF_NULL;
    return mv_release(t, MSELF) < 0 ? REF_NULL : REF_NONE;
}

static Ref mv_enter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_dup(self);
}

static Ref mv_exit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return mv_release(t, MSELF) < 0 ? REF_NULL : REF_NONE;
}

static Ref mv_toreadonly(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "toreadonly", nargs, kwnames) || !check_released(t, MSELF)) return REF_NULL;
    MemoryView *m = MSELF;
    return ref_from_obj(mv_derive(t, m, m->start, m->step, m->len, true));
}

static Ref mv_get_obj(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_new(MSELF->obj);
}
static Ref mv_get_nbytes(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(mv_nbytes(MSELF));
}
static Ref mv_get_readonly(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(MSELF->readonly);
}
static Ref mv_get_itemsize(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(MSELF->itemsize);
}
static Ref mv_get_format(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    char f[3] = {'@', MSELF->format, 0};
    return ref_from_obj(str_from_cstr(t, MSELF->at_prefix ? f : f + 1));
}
static Ref mv_get_ndim(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(MSELF->ndim);
}
static Ref dims_tuple(Thread *t, MemoryView *m, bool strides) {
    Object *tup = tuple_new(t, m->ndim);
    if (!tup) return REF_NULL;
    for (int k = 0; k < m->ndim; k++)
        tuple_items(tup)[k] = ref_from_int(strides ? stride_at(m, k) : shape_at(m, k));
    return ref_from_obj(tup);
}
static Ref mv_get_shape(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return dims_tuple(t, MSELF, false);
}
static Ref mv_get_strides(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return dims_tuple(t, MSELF, true);
}
static Ref mv_get_suboffsets(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_obj(ref_obj(ref_new(tuple_empty())));
}
static Ref mv_get_c_contiguous(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(mv_c_contiguous(MSELF));
}
static Ref mv_get_f_contiguous(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(mv_f_contiguous(MSELF));
}
static Ref mv_get_contiguous(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(mv_c_contiguous(MSELF) || mv_f_contiguous(MSELF));
}
static Ref mv_get_released(Thread *t, Ref self, void *c) { return ref_from_bool(MSELF->released); }

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release_m, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"cast", mv_cast, 0, "Cast a memoryview to a new format or shape."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL},
};

static const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", mv_get_format, NULL, "A string containing the format (in struct module style).", NULL},
    {"ndim", mv_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional array.", NULL},
    {"shape", mv_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory.", NULL},
    {"strides", mv_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access each element.", NULL},
    {"suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_c_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_f_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {"released", mv_get_released, NULL, NULL, NULL},
    {NULL},
};

Type memoryview_type = {
    TYPE_HEAD_INIT,
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(MemoryView),
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_dealloc = mv_dealloc,
    .tp_free = obj_free,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .new_ = mv_new,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .getbuffer = mv_getbuffer,
    .releasebuffer = mv_releasebuffer,
};
