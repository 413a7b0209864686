/* memoryview: a one-dimensional view, format 'B', over the bytes of a bytes or bytearray
 * object. A view is (obj, start, step, len): element i is byte start + i*step of obj's
 * current data. Viewing a bytearray counts as an export, which forbids resizing it until
 * the view is released (release(), `with`, or deallocation). */
#include <stdio.h>

#include "spry.h"

typedef struct MemoryView {
    Object ob;
    Object *obj;          /* the exporter (bytes or bytearray); kept after release for .obj errors */
    intptr_t start, step, len;
    bool readonly, released;
    int64_t hash;         /* -1: not computed */
} MemoryView;

#define MV(o) ((MemoryView *)(o))

static bool mv_check(Ref r) {
    return ref_is_obj(r) && type_is_subtype(ref_obj(r)->ob_type, &memoryview_type);
}

/* The exporter's bytes (valid until it is resized, which exports prevent). */
static char *base_of(MemoryView *m) {
    if (bytearray_check(ref_from_obj(m->obj))) return bytearray_size(m->obj) ? bytearray_data(m->obj) : NULL;
    return bytes_data(m->obj);
}

bool memoryview_view(Ref obj, ByteView *out) {
    if (!mv_check(obj)) return false;
    MemoryView *m = MV(ref_obj(obj));
    if (m->released || (m->step != 1 && m->len > 1)) return false;
    char *b = base_of(m);
    out->data = b ? b + m->start : "";
    out->len = m->len;
    return true;
}

static bool check_released(Thread *t, MemoryView *m) {
    if (!m->released) return true;
    err_set(t, &exc_ValueError, "operation forbidden on released memoryview object");
    return false;
}

static MemoryView *mv_alloc(Thread *t, Object *obj, intptr_t start, intptr_t step, intptr_t len, bool readonly) {
    MemoryView *m = (MemoryView *)obj_alloc(t, &memoryview_type, sizeof(MemoryView));
    if (!m) return NULL;
    m->obj = ref_obj(ref_new(obj));
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = readonly;
    m->hash = -1;
    if (bytearray_check(ref_from_obj(obj))) BYTEARRAY(obj)->exports++;
    return m;
}

Object *memoryview_new(Thread *t, Ref obj) {
    if (mv_check(obj)) {
        MemoryView *src = MV(ref_obj(obj));
        if (!check_released(t, src)) return NULL;
        return (Object *)mv_alloc(t, src->obj, src->start, src->step, src->len, src->readonly);
    }
    if (bytes_check(obj)) return (Object *)mv_alloc(t, ref_obj(obj), 0, 1, bytes_size(ref_obj(obj)), true);
    if (bytearray_check(obj))
        return (Object *)mv_alloc(t, ref_obj(obj), 0, 1, bytearray_size(ref_obj(obj)), false);
    err_format(t, &exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    return NULL;
}

static void mv_release(MemoryView *m) {
    if (m->released) return;
    m->released = true;
    if (bytearray_check(ref_from_obj(m->obj))) BYTEARRAY(m->obj)->exports--;
}

static void mv_dealloc(Object *o) {
    mv_release(MV(o));
    obj_decref(MV(o)->obj);
    o->ob_type->tp_free(o);
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

static Ref mv_getitem(Thread *t, Ref self, Ref key) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return REF_NULL;
    if (ref_is_int(key) || (ref_type(key)->index && !ref_isinstance_exact(key, &slice_type))) {
        intptr_t i = ref_is_int(key) ? (intptr_t)ref_int(key) : obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) return REF_NULL;
        if (i < 0) i += m->len;
        if (i < 0 || i >= m->len) return err_set(t, &exc_IndexError, "index out of bounds on dimension 1");
        return ref_from_int((uint8_t)base_of(m)[m->start + i * m->step]);
    }
    if (ref_isinstance_exact(key, &slice_type)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        intptr_t n = slice_adjust(m->len, &start, &stop, step);
        return ref_from_obj((Object *)mv_alloc(t, m->obj, m->start + start * m->step, m->step * step,
                                                n < 0 ? 0 : n, m->readonly));
    }
    if (ref_is_object(key, &ellipsis_obj)) return ref_dup(self);
    return err_set(t, &exc_TypeError, "memoryview: invalid slice key");
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
    char *base = base_of(m);
    if (ref_is_int(key) || (ref_type(key)->index && !ref_isinstance_exact(key, &slice_type))) {
        intptr_t i = ref_is_int(key) ? (intptr_t)ref_int(key) : obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) return -1;
        if (i < 0) i += m->len;
        if (i < 0 || i >= m->len) {
            err_set(t, &exc_IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        if (!int_check(value)) {
            err_format(t, &exc_TypeError, "memoryview: invalid type for format 'B'");
            return -1;
        }
        int overflow = 0;
        int64_t v = int_as_i64_overflow(value, &overflow);
        if (overflow || v < 0 || v > 255) {
            err_set(t, &exc_ValueError, "memoryview: invalid value for format 'B'");
            return -1;
        }
        base[m->start + i * m->step] = (char)v;
        return 0;
    }
    if (!ref_isinstance_exact(key, &slice_type)) {
        err_set(t, &exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    intptr_t start, stop, step;
    if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return -1;
    intptr_t n = slice_adjust(m->len, &start, &stop, step);
    if (n < 0) n = 0;
    ByteView src;
    if (!bytes_view(value, &src)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", value);
        return -1;
    }
    if (src.len != n) {
        err_set(t, &exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* copy first: source and destination may overlap */
    char tmp[256];
    char *buf = n <= (intptr_t)sizeof tmp ? tmp : mem_alloc(t, (size_t)n);
    if (!buf) return -1;
    memcpy(buf, src.data, (size_t)n);
    for (intptr_t k = 0; k < n; k++) base[m->start + (start + k * step) * m->step] = buf[k];
    if (buf != tmp) mem_free(buf);
    return 0;
}

/* The viewed bytes as a new bytes object (works for any step). */
static Object *mv_tobytes_obj(Thread *t, MemoryView *m) {
    Object *b = bytes_new_uninit(t, m->len);
    if (!b) return NULL;
    char *base = base_of(m);
    for (intptr_t i = 0; i < m->len; i++) bytes_data(b)[i] = base[m->start + i * m->step];
    return b;
}

static Ref mv_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return REF_NOTIMPLEMENTED;
    Ref self = mv_check(a) ? a : b, other = mv_check(a) ? b : a;
    MemoryView *m = MV(ref_obj(self));
    if (ref_is(a, b)) return ref_from_bool(op == CMP_EQ);
    if (m->released) return ref_from_bool(op == CMP_NE);
    ByteView ov;
    Object *otmp = NULL;
    if (mv_check(other)) {
        MemoryView *o = MV(ref_obj(other));
        if (o->released) return ref_from_bool(op == CMP_NE);
        otmp = mv_tobytes_obj(t, o);
        if (!otmp) return REF_NULL;
        ov.data = bytes_data(otmp);
        ov.len = bytes_size(otmp);
    } else if (!bytes_view(other, &ov)) {
        return REF_NOTIMPLEMENTED;
    }
    Object *mine = mv_tobytes_obj(t, m);
    if (!mine) {
        obj_xdecref(otmp);
        return REF_NULL;
    }
    bool eq = bytes_size(mine) == ov.len && memcmp(bytes_data(mine), ov.data, (size_t)ov.len) == 0;
    obj_decref(mine);
    obj_xdecref(otmp);
    return ref_from_bool(eq == (op == CMP_EQ));
}

static int64_t mv_hash(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    if (m->hash != -1) return m->hash;
    if (!check_released(t, m)) return -1;
    if (!m->readonly) {
        err_set(t, &exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Object *b = mv_tobytes_obj(t, m);
    if (!b) return -1;
    m->hash = str_hash_bytes(bytes_data(b), (size_t)bytes_size(b));
    obj_decref(b);
    return m->hash;
}

static Ref mv_tolist_impl(Thread *t, MemoryView *m) {
    Object *l = list_new(t, m->len);
    if (!l) return REF_NULL;
    char *base = base_of(m);
    for (intptr_t i = 0; i < m->len; i++)
        list_items(l)[i] = ref_from_int((uint8_t)base[m->start + i * m->step]);
    return ref_from_obj(l);
}

static Ref mv_iter(Thread *t, Ref self) {
    MemoryView *m = MV(ref_obj(self));
    if (!check_released(t, m)) return REF_NULL;
    Ref l = mv_tolist_impl(t, m);
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
    return mv_tolist_impl(t, MSELF);
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
    mv_release(MSELF);
    return REF_NONE;
}

static Ref mv_enter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_dup(self);
}

static Ref mv_exit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    mv_release(MSELF);
    return REF_NONE;
}

static Ref mv_toreadonly(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "toreadonly", nargs, kwnames) || !check_released(t, MSELF)) return REF_NULL;
    MemoryView *m = MSELF;
    return ref_from_obj((Object *)mv_alloc(t, m->obj, m->start, m->step, m->len, true));
}

static Ref mv_get_obj(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_new(MSELF->obj);
}
static Ref mv_get_nbytes(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(MSELF->len);
}
static Ref mv_get_readonly(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(MSELF->readonly);
}
static Ref mv_get_itemsize(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(1);
}
static Ref mv_get_format(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_obj(str_from_char(t, 'B'));
}
static Ref mv_get_ndim(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_int(1);
}
static Ref mv_get_shape(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    Ref v = ref_from_int(MSELF->len);
    return ref_from_obj(tuple_from_array(t, &v, 1));
}
static Ref mv_get_strides(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    Ref v = ref_from_int(MSELF->step);
    return ref_from_obj(tuple_from_array(t, &v, 1));
}
static Ref mv_get_suboffsets(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_obj(ref_obj(ref_new(tuple_empty())));
}
static Ref mv_get_contiguous(Thread *t, Ref self, void *c) {
    if (!check_released(t, MSELF)) return REF_NULL;
    return ref_from_bool(MSELF->step == 1 || MSELF->len <= 1);
}
static Ref mv_get_released(Thread *t, Ref self, void *c) { return ref_from_bool(MSELF->released); }

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release_m, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
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
    {"c_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
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
};
