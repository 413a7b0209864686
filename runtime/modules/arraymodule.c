/* The array module: array.array, a compact sequence of C numbers (typecodes b B u h H i I
 * l L q Q f d), with CPython 3.11's conversions, messages and repr. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "modules/modules.h"
#include "spry.h"
#include "objects/container_util.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* ---- item conversions ----------------------------------------------------------------- */

/* v as an int64 via __index__; *overflow when it does not fit (then *negative tells the
 * side). */
static bool index_value(Thread *t, Ref v, int64_t *out, bool *overflow, bool *negative) {
    Ref n = int_check(v) ? ref_dup(v) : obj_index(t, v);
    if (ref_is_null(n)) return false;
    int ov = 0;
    *out = int_as_i64_overflow(n, &ov);
    *overflow = ov != 0;
    *negative = int_sign(n) < 0;
    ref_close(n);
    return true;
}

static int overflow(Thread *t, const char *msg) {
    err_set(t, &exc_OverflowError, msg);
    return -1;
}

/* A C long (PyArg "l"-style) with CPython's message, then [lo, hi] with names for the two
 * ends; returns the value through *out. */
static int ranged(Thread *t, Ref v, int64_t lo, int64_t hi, const char *too_small, const char *too_big, int64_t *out) {
    bool ov, neg;
    if (!index_value(t, v, out, &ov, &neg)) return -1;
    if (ov) return overflow(t, "Python int too large to convert to C long");
    if (*out < lo) return overflow(t, too_small);
    if (*out > hi) return overflow(t, too_big);
    return 0;
}

#define SHORT_RANGE SHRT_MIN, SHRT_MAX, "signed short integer is less than minimum", "signed short integer is greater than maximum"
#define INT_RANGE INT_MIN, INT_MAX, "signed integer is less than minimum", "signed integer is greater than maximum"

static int set_b(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, SHORT_RANGE, &x) < 0 ||
        ranged(t, v, -128, 127, "signed char is less than minimum", "signed char is greater than maximum", &x) < 0)
        return -1;
    *(signed char *)p = (signed char)x;
    return 0;
}

static int set_B(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, 0, UCHAR_MAX, "unsigned byte integer is less than minimum",
               "unsigned byte integer is greater than maximum", &x) < 0)
        return -1;
    *(unsigned char *)p = (unsigned char)x;
    return 0;
}

static int set_h(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, SHORT_RANGE, &x) < 0) return -1;
    *(short *)p = (short)x;
    return 0;
}

static int set_H(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, INT_RANGE, &x) < 0 ||
        ranged(t, v, 0, USHRT_MAX, "unsigned short is less than minimum", "unsigned short is greater than maximum", &x) < 0)
        return -1;
    *(unsigned short *)p = (unsigned short)x;
    return 0;
}

static int set_i(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, INT_RANGE, &x) < 0) return -1;
    *(int *)p = (int)x;
    return 0;
}

static int set_l(Thread *t, char *p, Ref v) {
    int64_t x;
    if (ranged(t, v, LONG_MIN, LONG_MAX, "Python int too large to convert to C long",
               "Python int too large to convert to C long", &x) < 0)
        return -1;
    *(long *)p = (long)x;
    return 0;
}

static int set_q(Thread *t, char *p, Ref v) {
    bool ov, neg;
    int64_t x;
    if (!index_value(t, v, &x, &ov, &neg)) return -1;
    if (ov) return overflow(t, "int too big to convert");
    *(long long *)p = x;
    return 0;
}

/* Unsigned 32/64-bit targets: the value as a uint64, with the negative and too-big
 * messages of the typecode. */
static int unsigned_value(Thread *t, Ref v, const char *negative_msg, const char *big_msg, uint64_t *out) {
    Ref n = int_check(v) ? ref_dup(v) : obj_index(t, v);
    if (ref_is_null(n)) return -1;
    if (int_sign(n) < 0) {
        ref_close(n);
        return overflow(t, negative_msg);
    }
    int ov = 0;
    int64_t x = int_as_i64_overflow(n, &ov);
    uint64_t u = (uint64_t)x;
    if (ov) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(n, z);
        bool fits = mpz_sizeinbase(z, 2) <= 64;
        if (fits) {
            size_t cnt = 0;
            uint64_t words[1] = {0};
            mpz_export(words, &cnt, -1, sizeof(uint64_t), 0, 0, z);
            u = words[0];
        }
        mpz_clear(z);
        if (!fits) {
            ref_close(n);
            return overflow(t, big_msg);
        }
    }
    ref_close(n);
    *out = u;
    return 0;
}

static int set_I(Thread *t, char *p, Ref v) {
    uint64_t u;
    if (unsigned_value(t, v, "can't convert negative value to unsigned int",
                       "Python int too large to convert to C unsigned long", &u) < 0)
        return -1;
    if (u > UINT_MAX) return overflow(t, "unsigned int is greater than maximum");
    *(unsigned int *)p = (unsigned int)u;
    return 0;
}

static int set_L(Thread *t, char *p, Ref v) {
    uint64_t u;
    if (unsigned_value(t, v, "can't convert negative value to unsigned int",
                       "Python int too large to convert to C unsigned long", &u) < 0)
        return -1;
    *(unsigned long *)p = (unsigned long)u;
    return 0;
}

static int set_Q(Thread *t, char *p, Ref v) {
    uint64_t u;
    if (unsigned_value(t, v, "can't convert negative int to unsigned", "int too big to convert", &u) < 0) return -1;
    *(unsigned long long *)p = u;
    return 0;
}

static bool real_value(Thread *t, Ref v, double *out) {
    Type *tp = ref_type(v);
    if (!float_check(v) && !int_check(v) && !tp->float_ && !tp->index) {
        err_format(t, &exc_TypeError, "must be real number, not %T", v);
        return false;
    }
    *out = float_as_double(t, v);
    return !(*out == -1.0 && err_occurred(t));
}

static int set_f(Thread *t, char *p, Ref v) {
    double d;
    if (!real_value(t, v, &d)) return -1;
    *(float *)p = (float)d;
    return 0;
}

static int set_d(Thread *t, char *p, Ref v) {
    double d;
    if (!real_value(t, v, &d)) return -1;
    *(double *)p = d;
    return 0;
}

static int set_u(Thread *t, char *p, Ref v) {
    if (!str_check(v) || str_len(ref_obj(v)) != 1) {
        err_set(t, &exc_TypeError, "array item must be unicode character");
        return -1;
    }
    *(uint32_t *)p = str_char_at(ref_obj(v), 0);
    return 0;
}

static Ref get_b(Thread *t, const char *p) { (void)t; return ref_from_int(*(const signed char *)p); }
static Ref get_B(Thread *t, const char *p) { (void)t; return ref_from_int(*(const unsigned char *)p); }
static Ref get_h(Thread *t, const char *p) { (void)t; return ref_from_int(*(const short *)p); }
static Ref get_H(Thread *t, const char *p) { (void)t; return ref_from_int(*(const unsigned short *)p); }
static Ref get_i(Thread *t, const char *p) { (void)t; return ref_from_int(*(const int *)p); }
static Ref get_I(Thread *t, const char *p) { (void)t; return ref_from_int(*(const unsigned int *)p); }
static Ref get_l(Thread *t, const char *p) { return int_from_i64(t, *(const long *)p); }
static Ref get_L(Thread *t, const char *p) { return int_from_u64(t, *(const unsigned long *)p); }
static Ref get_q(Thread *t, const char *p) { return int_from_i64(t, *(const long long *)p); }
static Ref get_Q(Thread *t, const char *p) { return int_from_u64(t, *(const unsigned long long *)p); }
static Ref get_f(Thread *t, const char *p) { return float_from_double(t, *(const float *)p); }
static Ref get_d(Thread *t, const char *p) { return float_from_double(t, *(const double *)p); }
static Ref get_u(Thread *t, const char *p) {
    uint32_t c = *(const uint32_t *)p;
    if (c > 0x10ffff) return err_format(t, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c);
    return ref_from_obj(str_from_char(t, c));
}

/* Machine format codes of the pickle format (array._array_reconstructor's third
 * argument), for this little-endian platform. */
enum { MF_U8 = 0, MF_S8 = 1, MF_U16 = 2, MF_S16 = 4, MF_U32 = 6, MF_S32 = 8, MF_U64 = 10, MF_S64 = 12,
       MF_F32 = 14, MF_F64 = 16, MF_UTF32 = 20 };

typedef struct ArrayDescr {
    char typecode;
    int itemsize;
    Ref (*get)(Thread *t, const char *p);
    int (*set)(Thread *t, char *p, Ref v);
    int mformat;
} ArrayDescr;

static const ArrayDescr descrs[] = {
    {'b', 1, get_b, set_b, MF_S8},
    {'B', 1, get_B, set_B, MF_U8},
    {'u', 4, get_u, set_u, MF_UTF32},
    {'h', sizeof(short), get_h, set_h, MF_S16},
    {'H', sizeof(short), get_H, set_H, MF_U16},
    {'i', sizeof(int), get_i, set_i, MF_S32},
    {'I', sizeof(int), get_I, set_I, MF_U32},
    {'l', sizeof(long), get_l, set_l, MF_S64},
    {'L', sizeof(long), get_L, set_L, MF_U64},
    {'q', sizeof(long long), get_q, set_q, MF_S64},
    {'Q', sizeof(long long), get_Q, set_Q, MF_U64},
    {'f', sizeof(float), get_f, set_f, MF_F32},
    {'d', sizeof(double), get_d, set_d, MF_F64},
};
#define NDESCRS (sizeof descrs / sizeof descrs[0])

static const ArrayDescr *descr_for(uint32_t typecode) {
    for (size_t i = 0; i < NDESCRS; i++)
        if ((uint32_t)descrs[i].typecode == typecode) return &descrs[i];
    return NULL;
}

/* ---- the array object ----------------------------------------------------------------- */

typedef struct ArrayObj {
    VarObject ob;          /* ob_size: number of items */
    char *items;           /* mem_alloc'd, allocated * itemsize bytes; never NULL */
    intptr_t allocated;
    const ArrayDescr *d;
    intptr_t exports;      /* live buffer exports: no resizing meanwhile */
} ArrayObj;

Type array_array_type, array_iterator_type;

#define ARR(r) ((ArrayObj *)ref_obj(r))
#define LEN(a) ((a)->ob.ob_size)
#define ITEM(a, i) ((a)->items + (i) * (a)->d->itemsize)

static bool array_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &array_array_type); }

/* The buffer protocol: the items in place, in the typecode's format. */
static int array_getbuffer(Thread *t, Ref self, BufferView *view, bool writable) {
    ArrayObj *a = ARR(self);
    view->obj = &a->ob.ob_base;
    view->data = a->items;
    view->len = LEN(a) * a->d->itemsize;
    view->itemsize = a->d->itemsize;
    view->format = a->d->typecode;
    view->readonly = false;
    a->exports++;
    return 0;
}

static void array_releasebuffer(Object *o, BufferView *view) { ((ArrayObj *)o)->exports--; }

/* A new empty array. Its items pointer is never NULL (memcpy of zero bytes from or to it
 * stays defined). */
static ArrayObj *array_alloc(Thread *t, Type *type, const ArrayDescr *d) {
    ArrayObj *a = (ArrayObj *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!a) return NULL;
    a->d = d;
    a->items = mem_alloc(t, 4 * (size_t)d->itemsize);
    if (!a->items) {
        obj_decref(&a->ob.ob_base);
        return NULL;
    }
    a->allocated = 4;
    return a;
}

static void array_dealloc(Object *o) {
    mem_free(((ArrayObj *)o)->items);
    o->ob_type->tp_free(o);
}

/* Makes the array n items long (contents of new items unspecified). */
static int array_resize(Thread *t, ArrayObj *a, intptr_t n) {
    if (a->exports > 0 && n != LEN(a)) {
        err_set(t, &exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (n > a->allocated || n < a->allocated / 2) {
        intptr_t cap = n < 4 ? 4 : n + n / 8 + 4;
        if (cap > INTPTR_MAX / a->d->itemsize) {
            err_no_memory(t);
            return -1;
        }
        char *p = mem_realloc(t, a->items, (size_t)(cap * a->d->itemsize));
        if (!p) return -1;
        a->items = p;
        a->allocated = cap;
    }
    LEN(a) = n;
    return 0;
}

static int array_append_value(Thread *t, ArrayObj *a, Ref v) {
    char tmp[8];
    if (a->d->set(t, tmp, v) < 0) return -1;
    intptr_t n = LEN(a);
    if (array_resize(t, a, n + 1) < 0) return -1;
    memcpy(ITEM(a, n), tmp, (size_t)a->d->itemsize);
    return 0;
}

static int array_append_bytes(Thread *t, ArrayObj *a, const char *data, intptr_t nbytes) {
    intptr_t n = LEN(a), more = nbytes / a->d->itemsize;
    if (array_resize(t, a, n + more) < 0) return -1;
    memcpy(ITEM(a, n), data, (size_t)nbytes);
    return 0;
}

static int array_extend_iterable(Thread *t, ArrayObj *a, Ref iterable) {
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return -1;
    Ref v;
    while (!ref_is_null(v = obj_next(t, it))) {
        int rc = array_append_value(t, a, v);
        ref_close(v);
        if (rc < 0) {
            ref_close(it);
            return -1;
        }
    }
    ref_close(it);
    return err_occurred(t) ? -1 : 0;
}

static int array_extend_array(Thread *t, ArrayObj *a, ArrayObj *b) {
    if (a->d != b->d) {
        err_set(t, &exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    /* b may be a itself: copy its byte count first */
    intptr_t nbytes = LEN(b) * b->d->itemsize, n = LEN(a);
    if (array_resize(t, a, n + LEN(b)) < 0) return -1;
    memmove(ITEM(a, n), b->items, (size_t)nbytes);
    return 0;
}

static int array_from_unicode(Thread *t, ArrayObj *a, Object *s) {
    intptr_t n = LEN(a), m = str_len(s);
    if (array_resize(t, a, n + m) < 0) return -1;
    for (intptr_t i = 0; i < m; i++) ((uint32_t *)ITEM(a, n))[i] = str_char_at(s, i);
    return 0;
}

static Ref array_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (type == &array_array_type && !args_no_kw(t, "array.array", kw)) return REF_NULL;
    if (nargs < 1) return err_format(t, &exc_TypeError, "array() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 2) return err_format(t, &exc_TypeError, "array() takes at most 2 arguments (%zu given)", nargs);
    if (!str_check(args[0]) || str_len(ref_obj(args[0])) != 1)
        return err_format(t, &exc_TypeError, "array() argument 1 must be a unicode character, not %T", args[0]);
    uint32_t tc = str_char_at(ref_obj(args[0]), 0);
    const ArrayDescr *d = descr_for(tc);
    if (!d)
        return err_set(t, &exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Ref init = nargs > 1 ? args[1] : REF_NULL;
    if (!ref_is_null(init) && str_check(init) && tc != 'u')
        return err_format(t, &exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", (int)tc);
    if (!ref_is_null(init) && array_check(init) && ARR(init)->d->typecode == 'u' && tc != 'u')
        return err_format(t, &exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                          (int)tc);
    ArrayObj *a = array_alloc(t, type, d);
    if (!a) return REF_NULL;
    int rc = 0;
    ByteView bv;
    if (ref_is_null(init) || ref_is_none(init)) {
    } else if (str_check(init)) {
        rc = array_from_unicode(t, a, ref_obj(init));
    } else if (array_check(init) && ARR(init)->d == d) {
        rc = array_extend_array(t, a, ARR(init));
    } else if ((bytes_check(init) || bytearray_check(init)) && bytes_view(init, &bv)) {
        if (bv.len % d->itemsize) {
            err_set(t, &exc_ValueError, "bytes length not a multiple of item size");
            rc = -1;
        } else {
            rc = array_append_bytes(t, a, bv.data, bv.len);
        }
    } else {
        rc = array_extend_iterable(t, a, init);
    }
    if (rc < 0) {
        obj_decref(&a->ob.ob_base);
        return REF_NULL;
    }
    return ref_from_obj(&a->ob.ob_base);
}

/* ---- methods -------------------------------------------------------------------------- */

static bool normalize_index(intptr_t *i, intptr_t n) {
    if (*i < 0) *i += n;
    return *i >= 0 && *i < n;
}

static Ref array_copy_range(Thread *t, ArrayObj *a, intptr_t start, intptr_t len, intptr_t step) {
    ArrayObj *r = array_alloc(t, &array_array_type, a->d);
    if (!r || array_resize(t, r, len) < 0) {
        if (r) obj_decref(&r->ob.ob_base);
        return REF_NULL;
    }
    int size = a->d->itemsize;
    if (step == 1) {
        if (len) memcpy(r->items, ITEM(a, start), (size_t)(len * size));
    } else {
        for (intptr_t i = 0, j = start; i < len; i++, j += step) memcpy(ITEM(r, i), ITEM(a, j), (size_t)size);
    }
    return ref_from_obj(&r->ob.ob_base);
}

FN(array_m_append) {
    if (!args_one(t, "append", nargs, kw)) return REF_NULL;
    return array_append_value(t, ARR(self), args[0]) < 0 ? REF_NULL : REF_NONE;
}

FN(array_m_extend) {
    if (!args_one(t, "extend", nargs, kw)) return REF_NULL;
    int rc = array_check(args[0]) ? array_extend_array(t, ARR(self), ARR(args[0]))
                                  : array_extend_iterable(t, ARR(self), args[0]);
    return rc < 0 ? REF_NULL : REF_NONE;
}

FN(array_m_insert) {
    if (!args_count(t, "insert", nargs, kw, 2, 2)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t i;
    if (!arg_ssize(t, args[0], &i)) return REF_NULL;
    char tmp[8];
    if (a->d->set(t, tmp, args[1]) < 0) return REF_NULL;
    intptr_t n = LEN(a);
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (array_resize(t, a, n + 1) < 0) return REF_NULL;
    int size = a->d->itemsize;
    memmove(ITEM(a, i + 1), ITEM(a, i), (size_t)((n - i) * size));
    memcpy(ITEM(a, i), tmp, (size_t)size);
    return REF_NONE;
}

static void delete_range(ArrayObj *a, intptr_t i, intptr_t count) {
    int size = a->d->itemsize;
    memmove(ITEM(a, i), ITEM(a, i + count), (size_t)((LEN(a) - i - count) * size));
    LEN(a) -= count;
}

FN(array_m_pop) {
    if (!args_count(t, "pop", nargs, kw, 0, 1)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t i = -1;
    if (nargs && !arg_ssize(t, args[0], &i)) return REF_NULL;
    if (LEN(a) == 0) return err_set(t, &exc_IndexError, "pop from empty array");
    if (!normalize_index(&i, LEN(a))) return err_set(t, &exc_IndexError, "pop index out of range");
    Ref v = a->d->get(t, ITEM(a, i));
    if (ref_is_null(v)) return REF_NULL;
    delete_range(a, i, 1);
    return v;
}

/* 1 when item i equals v, 0 when not, -1 on error. */
static int item_equals(Thread *t, ArrayObj *a, intptr_t i, Ref v) {
    Ref item = a->d->get(t, ITEM(a, i));
    if (ref_is_null(item)) return -1;
    int eq = obj_richcompare_bool(t, item, v, CMP_EQ);
    ref_close(item);
    return eq;
}

/* The first index in [start, stop) whose item equals v; -1 when none, -2 on error. */
static intptr_t find_item(Thread *t, ArrayObj *a, Ref v, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < LEN(a); i++) {
        int eq = item_equals(t, a, i, v);
        if (eq) return eq < 0 ? -2 : i;
    }
    return -1;
}

FN(array_m_index) {
    if (!args_count(t, "index", nargs, kw, 1, 3)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t start, stop;
    if (!tuple_index_bounds(t, args, nargs, LEN(a), &start, &stop)) return REF_NULL;
    intptr_t i = find_item(t, a, args[0], start, stop);
    if (i == -2) return REF_NULL;
    if (i < 0) return err_set(t, &exc_ValueError, "array.index(x): x not in array");
    return ref_from_int(i);
}

FN(array_m_remove) {
    if (!args_one(t, "remove", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t i = find_item(t, a, args[0], 0, LEN(a));
    if (i == -2) return REF_NULL;
    if (i < 0) return err_set(t, &exc_ValueError, "array.remove(x): x not in array");
    delete_range(a, i, 1);
    return REF_NONE;
}

FN(array_m_count) {
    if (!args_one(t, "count", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t count = 0;
    for (intptr_t i = 0; i < LEN(a); i++) {
        int eq = item_equals(t, a, i, args[0]);
        if (eq < 0) return REF_NULL;
        count += eq;
    }
    return ref_from_int(count);
}

FN(array_m_reverse) {
    if (!args_none(t, "reverse", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    int size = a->d->itemsize;
    char tmp[8];
    for (intptr_t i = 0, j = LEN(a) - 1; i < j; i++, j--) {
        memcpy(tmp, ITEM(a, i), (size_t)size);
        memcpy(ITEM(a, i), ITEM(a, j), (size_t)size);
        memcpy(ITEM(a, j), tmp, (size_t)size);
    }
    return REF_NONE;
}

FN(array_m_byteswap) {
    if (!args_none(t, "byteswap", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    int size = a->d->itemsize;
    for (intptr_t i = 0; i < LEN(a); i++) {
        unsigned char *p = (unsigned char *)ITEM(a, i);
        for (int k = 0; k < size / 2; k++) {
            unsigned char c = p[k];
            p[k] = p[size - 1 - k];
            p[size - 1 - k] = c;
        }
    }
    return REF_NONE;
}

FN(array_m_buffer_info) {
    if (!args_none(t, "buffer_info", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    Ref addr = int_from_u64(t, (uint64_t)(uintptr_t)a->items);
    if (ref_is_null(addr)) return REF_NULL;
    Object *tup = tuple_pack(t, 2, addr, ref_from_int(LEN(a)));
    ref_close(addr);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

FN(array_m_tobytes) {
    if (!args_none(t, "tobytes", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    return ref_from_obj(bytes_from(t, a->items, LEN(a) * a->d->itemsize));
}

FN(array_m_frombytes) {
    if (!args_one(t, "frombytes", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    /* The export is held while copying: a.frombytes(a) cannot resize under its own view. */
    BufferView bv;
    if (obj_get_buffer(t, args[0], &bv, false) < 0) return REF_NULL;
    int rc = -1;
    if (bv.len % a->d->itemsize) err_set(t, &exc_ValueError, "bytes length not a multiple of item size");
    else rc = array_append_bytes(t, a, bv.data, bv.len);
    buffer_release(&bv);
    return rc < 0 ? REF_NULL : REF_NONE;
}

FN(array_m_tolist) {
    if (!args_none(t, "tolist", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    Object *list = list_new(t, LEN(a));
    if (!list) return REF_NULL;
    for (intptr_t i = 0; i < LEN(a); i++) {
        Ref v = a->d->get(t, ITEM(a, i));
        if (ref_is_null(v)) {
            /* the list holds REF_NULL from here on: fill before dropping it */
            for (intptr_t j = i; j < LEN(a); j++) LIST(list)->items[j] = REF_NONE;
            obj_decref(list);
            return REF_NULL;
        }
        LIST(list)->items[i] = v;
    }
    return ref_from_obj(list);
}

FN(array_m_fromlist) {
    if (!args_one(t, "fromlist", nargs, kw)) return REF_NULL;
    if (!list_check(args[0])) return err_set(t, &exc_TypeError, "arg must be list");
    ArrayObj *a = ARR(self);
    intptr_t old = LEN(a);
    Object *list = ref_obj(args[0]);
    for (intptr_t i = 0; i < list_size(list); i++) {
        if (array_append_value(t, a, list_items(list)[i]) < 0) {
            LEN(a) = old; /* all or nothing */
            return REF_NULL;
        }
    }
    return REF_NONE;
}

FN(array_m_tounicode) {
    if (!args_none(t, "tounicode", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    if (a->d->typecode != 'u')
        return err_set(t, &exc_ValueError, "tounicode() may only be called on unicode type arrays");
    for (intptr_t i = 0; i < LEN(a); i++)
        if (((uint32_t *)a->items)[i] > 0x10ffff)
            return err_format(t, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                              ((uint32_t *)a->items)[i]);
    return ref_from_obj(str_from_ucs4(t, (const uint32_t *)a->items, LEN(a)));
}

FN(array_m_fromunicode) {
    if (!args_one(t, "fromunicode", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "fromunicode() argument must be str, not %T", args[0]);
    if (a->d->typecode != 'u')
        return err_set(t, &exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return array_from_unicode(t, a, ref_obj(args[0])) < 0 ? REF_NULL : REF_NONE;
}

FN(array_m_fromfile) {
    if (!args_count(t, "fromfile", nargs, kw, 2, 2)) return REF_NULL;
    ArrayObj *a = ARR(self);
    intptr_t n;
    if (!arg_ssize(t, args[1], &n)) return REF_NULL;
    if (n < 0) return err_set(t, &exc_ValueError, "negative count");
    if (n > INTPTR_MAX / a->d->itemsize) return err_no_memory(t);
    Ref size = int_from_i64(t, n * a->d->itemsize);
    Ref data = obj_call_method(t, args[0], ID(read), &size, 1);
    ref_close(size);
    if (ref_is_null(data)) return REF_NULL;
    if (!bytes_check(data)) {
        ref_close(data);
        return err_set(t, &exc_TypeError, "read() didn't return bytes");
    }
    Object *b = ref_obj(data);
    intptr_t whole = bytes_size(b) / a->d->itemsize * a->d->itemsize;
    int rc = array_append_bytes(t, a, bytes_data(b), whole);
    bool short_read = bytes_size(b) != n * a->d->itemsize;
    ref_close(data);
    if (rc < 0) return REF_NULL;
    if (short_read) return err_set(t, &exc_EOFError, "read() didn't return enough bytes");
    return REF_NONE;
}

FN(array_m_tofile) {
    if (!args_one(t, "tofile", nargs, kw)) return REF_NULL;
    ArrayObj *a = ARR(self);
    const intptr_t block = 64 * 1024;
    intptr_t total = LEN(a) * a->d->itemsize;
    for (intptr_t off = 0; off < total; off += block) {
        intptr_t n = total - off < block ? total - off : block;
        Object *chunk = bytes_from(t, a->items + off, n);
        if (!chunk) return REF_NULL;
        Ref arg = ref_from_obj(chunk);
        Ref r = obj_call_method(t, args[0], ID(write), &arg, 1);
        obj_decref(chunk);
        if (ref_is_null(r)) return REF_NULL;
        ref_close(r);
    }
    return REF_NONE;
}

FN(array_m_copy) {
    if (!args_count(t, "__copy__", nargs, kw, 0, 1)) return REF_NULL; /* __deepcopy__ takes a memo */
    return array_copy_range(t, ARR(self), 0, LEN(ARR(self)), 1);
}

/* __reduce_ex__: protocols 0-2 rebuild from a list, 3+ from the raw bytes through
 * array._array_reconstructor. */
FN(array_m_reduce_ex) {
    if (!args_one(t, "__reduce_ex__", nargs, kw)) return REF_NULL;
    intptr_t protocol;
    if (!arg_ssize(t, args[0], &protocol)) return REF_NULL;
    ArrayObj *a = ARR(self);
    Ref dict = obj_lookup_attr(t, self, ID(__dict__));
    if (err_occurred(t)) return REF_NULL;
    if (ref_is_null(dict)) dict = REF_NONE;
    Ref cls = ref_from_obj((Object *)ref_type(self)); /* borrowed; a subclass is a heap object */
    Object *tc = str_from_char(t, (uint32_t)a->d->typecode);
    Object *callargs = NULL, *res = NULL;
    Ref fn = REF_NULL;
    if (!tc) goto done;
    if (protocol < 3) {
        Ref list = array_m_tolist(t, self, NULL, 0, NULL);
        if (ref_is_null(list)) goto done;
        callargs = tuple_pack(t, 2, ref_from_obj(tc), list);
        ref_close(list);
        fn = ref_dup(cls);
    } else {
        Object *data = bytes_from(t, a->items, LEN(a) * a->d->itemsize);
        if (!data) goto done;
        callargs = tuple_pack(t, 4, cls, ref_from_obj(tc), ref_from_int(a->d->mformat), ref_from_obj(data));
        obj_decref(data);
        Ref mod = import_module(t, "array");
        if (ref_is_null(mod)) goto done;
        fn = obj_getattr_cstr(t, mod, "_array_reconstructor");
        ref_close(mod);
    }
    if (callargs && !ref_is_null(fn)) res = tuple_pack(t, 3, fn, ref_from_obj(callargs), dict);
done:
    ref_close(fn);
    obj_xdecref(callargs);
    obj_xdecref(tc);
    ref_close(dict);
    return res ? ref_from_obj(res) : REF_NULL;
}

/* _array_reconstructor(arraytype, typecode, mformat_code, items): the inverse of
 * __reduce_ex__(3+) for the machine formats of this platform. */
FN(array_reconstructor) {
    (void)self;
    if (!args_count(t, "_array_reconstructor", nargs, kw, 4, 4)) return REF_NULL;
    if (!ref_is_obj(args[0]) || ref_type(args[0]) != &type_type ||
        !type_is_subtype((Type *)ref_obj(args[0]), &array_array_type))
        return err_format(t, &exc_TypeError, "first argument must be a type object, not %T", args[0]);
    if (!str_check(args[1]) || str_len(ref_obj(args[1])) != 1)
        return err_format(t, &exc_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %T",
                          args[1]);
    const ArrayDescr *d = descr_for(str_char_at(ref_obj(args[1]), 0));
    if (!d) return err_set(t, &exc_ValueError, "second argument must be a valid type code");
    intptr_t mf;
    if (!arg_ssize(t, args[2], &mf)) return REF_NULL;
    if (mf != d->mformat) return err_set(t, &exc_ValueError, "third argument must be a valid machine format code.");
    if (!bytes_check(args[3]))
        return err_format(t, &exc_TypeError, "fourth argument should be bytes, not %T", args[3]);
    Object *b = ref_obj(args[3]);
    if (bytes_size(b) % d->itemsize) return err_set(t, &exc_ValueError, "bytes length not a multiple of item size");
    ArrayObj *a = array_alloc(t, (Type *)ref_obj(args[0]), d);
    if (!a) return REF_NULL;
    if (array_append_bytes(t, a, bytes_data(b), bytes_size(b)) < 0) {
        obj_decref(&a->ob.ob_base);
        return REF_NULL;
    }
    return ref_from_obj(&a->ob.ob_base);
}

static Ref array_get_typecode(Thread *t, Ref self, void *c) {
    (void)c;
    return ref_from_obj(str_from_char(t, (uint32_t)ARR(self)->d->typecode));
}

static Ref array_get_itemsize(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_int(ARR(self)->d->itemsize);
}

/* ---- sequence protocol ---------------------------------------------------------------- */

static intptr_t array_len(Thread *t, Ref self) {
    (void)t;
    return LEN(ARR(self));
}

static bool is_index_key(Ref key) { return ref_is_int(key) || (!slice_check(key) && ref_type(key)->index); }

static Ref array_getitem(Thread *t, Ref self, Ref key) {
    ArrayObj *a = ARR(self);
    if (is_index_key(key)) {
        intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) return REF_NULL;
        if (!normalize_index(&i, LEN(a))) return err_set(t, &exc_IndexError, "array index out of range");
        return a->d->get(t, ITEM(a, i));
    }
    if (slice_check(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        intptr_t len = slice_adjust(LEN(a), &start, &stop, step);
        return array_copy_range(t, a, start, len, step);
    }
    return err_set(t, &exc_TypeError, "array indices must be integers");
}

/* a[start:stop:step] = v (an array of the same kind) or del (v NULL). */
static int array_assign_slice(Thread *t, ArrayObj *a, Object *slice, Ref v) {
    intptr_t start, stop, step;
    if (slice_unpack(t, slice, &start, &stop, &step) < 0) return -1;
    intptr_t len = slice_adjust(LEN(a), &start, &stop, step);
    ArrayObj *src = NULL;
    Ref keep = REF_NULL;
    if (!ref_is_null(v)) {
        if (!array_check(v)) {
            err_format(t, &exc_TypeError, "can only assign array (not \"%s\") to array slice", type_name(ref_type(v)));
            return -1;
        }
        src = ARR(v);
        if (src->d != a->d) {
            err_set(t, &exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        if (src == a) { /* a[i:j] = a: work from a copy */
            keep = array_copy_range(t, a, 0, LEN(a), 1);
            if (ref_is_null(keep)) return -1;
            src = ARR(keep);
        }
    }
    int size = a->d->itemsize;
    intptr_t n = src ? LEN(src) : 0;
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        intptr_t old = LEN(a), removed = stop - start;
        if (n > removed) {
            if (array_resize(t, a, old + n - removed) < 0) {
                rc = -1;
                goto done;
            }
            memmove(ITEM(a, start + n), ITEM(a, stop), (size_t)((old - stop) * size));
        } else if (n < removed) {
            memmove(ITEM(a, start + n), ITEM(a, stop), (size_t)((old - stop) * size));
            LEN(a) = old - (removed - n);
        }
        if (n) memcpy(ITEM(a, start), src->items, (size_t)(n * size));
    } else if (!src) {
        /* extended deletion: compact the survivors in one pass */
        if (step < 0) {
            start += step * (len - 1);
            step = -step;
        }
        intptr_t w = start;
        for (intptr_t r = start; r < LEN(a); r++) {
            bool drop = r >= start && (r - start) % step == 0 && (r - start) / step < len;
            if (!drop) memmove(ITEM(a, w++), ITEM(a, r), (size_t)size);
        }
        LEN(a) = w;
    } else {
        if (n != len) {
            err_format(t, &exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", n, len);
            rc = -1;
            goto done;
        }
        for (intptr_t i = 0, j = start; i < len; i++, j += step) memcpy(ITEM(a, j), ITEM(src, i), (size_t)size);
    }
done:
    ref_close(keep);
    return rc;
}

static int array_setitem(Thread *t, Ref self, Ref key, Ref v) {
    ArrayObj *a = ARR(self);
    if (is_index_key(key)) {
        intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) return -1;
        if (!normalize_index(&i, LEN(a))) {
            err_set(t, &exc_IndexError, "array assignment index out of range");
            return -1;
        }
        if (ref_is_null(v)) {
            delete_range(a, i, 1);
            return 0;
        }
        return a->d->set(t, ITEM(a, i), v);
    }
    if (slice_check(key)) return array_assign_slice(t, a, ref_obj(key), v);
    err_set(t, &exc_TypeError, "array indices must be integers");
    return -1;
}

static int array_contains(Thread *t, Ref self, Ref v) {
    intptr_t i = find_item(t, ARR(self), v, 0, LEN(ARR(self)));
    return i == -2 ? -1 : i >= 0;
}

static Ref array_concat(Thread *t, Ref a, Ref b) {
    if (!array_check(a)) return REF_NOTIMPLEMENTED;
    if (!array_check(b))
        return err_format(t, &exc_TypeError, "can only append array (not \"%s\") to array", type_name(ref_type(b)));
    if (ARR(a)->d != ARR(b)->d) return err_set(t, &exc_TypeError, "bad argument type for built-in operation");
    Ref r = array_copy_range(t, ARR(a), 0, LEN(ARR(a)), 1);
    if (!ref_is_null(r) && array_extend_array(t, ARR(r), ARR(b)) < 0) {
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

static Ref array_repeat(Thread *t, ArrayObj *a, intptr_t n) {
    if (n < 0) n = 0;
    intptr_t len = LEN(a);
    if (len && n > INTPTR_MAX / len / a->d->itemsize) return err_no_memory(t);
    ArrayObj *r = array_alloc(t, &array_array_type, a->d);
    if (!r || array_resize(t, r, len * n) < 0) {
        if (r) obj_decref(&r->ob.ob_base);
        return REF_NULL;
    }
    intptr_t bytes = len * a->d->itemsize;
    for (intptr_t i = 0; i < n; i++) memcpy(r->items + i * bytes, a->items, (size_t)bytes);
    return ref_from_obj(&r->ob.ob_base);
}

static Ref array_mul(Thread *t, Ref a, Ref b) {
    bool left = array_check(a);
    Ref seq = left ? a : b, other = left ? b : a;
    if (!array_check(seq)) return REF_NOTIMPLEMENTED;
    intptr_t n;
    int r = tuple_repeat_count(t, seq, other, left, &n);
    if (r <= 0) return r == 0 ? REF_NOTIMPLEMENTED : REF_NULL;
    return array_repeat(t, ARR(seq), n);
}

static Ref array_iadd(Thread *t, Ref a, Ref b) {
    if (!array_check(a)) return REF_NOTIMPLEMENTED;
    if (!array_check(b))
        return err_format(t, &exc_TypeError, "can only extend array with array (not \"%s\")", type_name(ref_type(b)));
    if (array_extend_array(t, ARR(a), ARR(b)) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref array_imul(Thread *t, Ref a, Ref b) {
    if (!array_check(a)) return REF_NOTIMPLEMENTED;
    intptr_t n;
    int r = tuple_repeat_count(t, a, b, true, &n);
    if (r <= 0) return r == 0 ? REF_NOTIMPLEMENTED : REF_NULL;
    ArrayObj *x = ARR(a);
    intptr_t len = LEN(x), bytes = len * x->d->itemsize;
    if (n <= 0) {
        LEN(x) = 0;
        return ref_dup(a);
    }
    if (len && n > INTPTR_MAX / len / x->d->itemsize) return err_no_memory(t);
    if (array_resize(t, x, len * n) < 0) return REF_NULL;
    for (intptr_t i = 1; i < n; i++) memcpy(x->items + i * bytes, x->items, (size_t)bytes);
    return ref_dup(a);
}

/* Compares item by item; the first unequal pair decides, else the lengths do. */
static Ref array_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!array_check(a) || !array_check(b)) return REF_NOTIMPLEMENTED;
    ArrayObj *x = ARR(a), *y = ARR(b);
    if (LEN(x) != LEN(y) && (op == CMP_EQ || op == CMP_NE)) return ref_from_bool(op == CMP_NE);
    for (intptr_t i = 0; i < LEN(x) && i < LEN(y); i++) {
        Ref u = x->d->get(t, ITEM(x, i));
        Ref v = ref_is_null(u) ? REF_NULL : y->d->get(t, ITEM(y, i));
        if (ref_is_null(v)) {
            ref_close(u);
            return REF_NULL;
        }
        int eq = obj_richcompare_bool(t, u, v, CMP_EQ);
        if (eq != 1) {
            Ref r = eq < 0 ? REF_NULL
                           : op == CMP_EQ ? REF_FALSE : op == CMP_NE ? REF_TRUE : obj_richcompare(t, u, v, op);
            ref_close(u);
            ref_close(v);
            return r;
        }
        ref_close(u);
        ref_close(v);
    }
    intptr_t lx = LEN(x), ly = LEN(y);
    bool res;
    switch (op) {
    case CMP_LT: res = lx < ly; break;
    case CMP_LE: res = lx <= ly; break;
    case CMP_EQ: res = lx == ly; break;
    case CMP_NE: res = lx != ly; break;
    case CMP_GT: res = lx > ly; break;
    default: res = lx >= ly; break;
    }
    return ref_from_bool(res);
}

static Ref array_repr(Thread *t, Ref self) {
    ArrayObj *a = ARR(self);
    char tc = a->d->typecode;
    if (LEN(a) == 0) return ref_from_obj(str_from_format(t, "%s('%c')", type_name(ref_type(self)), tc));
    Ref body = tc == 'u' ? array_m_tounicode(t, self, NULL, 0, NULL) : array_m_tolist(t, self, NULL, 0, NULL);
    if (ref_is_null(body)) return REF_NULL;
    Object *s = str_from_format(t, "%s('%c', %R)", type_name(ref_type(self)), tc, body);
    ref_close(body);
    return s ? ref_from_obj(s) : REF_NULL;
}

/* ---- iterator ------------------------------------------------------------------------- */

typedef struct ArrayIter {
    Object ob;
    ArrayObj *array;       /* NULL once exhausted */
    intptr_t index;
} ArrayIter;

static Ref array_iter(Thread *t, Ref self) {
    ArrayIter *it = (ArrayIter *)obj_alloc(t, &array_iterator_type, sizeof(ArrayIter));
    if (!it) return REF_NULL;
    obj_incref(ref_obj(self));
    it->array = ARR(self);
    return ref_from_obj(&it->ob);
}

static Ref array_iter_next(Thread *t, Ref self) {
    ArrayIter *it = (ArrayIter *)ref_obj(self);
    ArrayObj *a = it->array;
    if (!a) return REF_NULL;
    if (it->index < LEN(a)) return a->d->get(t, ITEM(a, it->index++));
    it->array = NULL;
    obj_decref(&a->ob.ob_base);
    return REF_NULL;
}

static Ref array_iter_self(Thread *t, Ref self) {
    (void)t;
    return ref_dup(self);
}

static void array_iter_dealloc(Object *o) {
    ArrayIter *it = (ArrayIter *)o;
    if (it->array) obj_decref(&it->array->ob.ob_base);
    o->ob_type->tp_free(o);
}

Type array_iterator_type = {
    TYPE_HEAD_INIT,
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIter),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = array_iter_dealloc,
    .tp_free = obj_free,
    .iter = array_iter_self,
    .iternext = array_iter_next,
};

static const MethodDef array_methods[] = {
    {"append", array_m_append, 0, "Append new value v to the end of the array."},
    {"buffer_info", array_m_buffer_info, 0, NULL},
    {"byteswap", array_m_byteswap, 0, "Byteswap all items of the array."},
    {"count", array_m_count, 0, "Return number of occurrences of v in the array."},
    {"extend", array_m_extend, 0, "Append items to the end of the array."},
    {"frombytes", array_m_frombytes, 0, NULL},
    {"fromfile", array_m_fromfile, 0, NULL},
    {"fromlist", array_m_fromlist, 0, "Append items to array from list."},
    {"fromunicode", array_m_fromunicode, 0, NULL},
    {"index", array_m_index, 0, "Return index of first occurrence of v in the array."},
    {"insert", array_m_insert, 0, "Insert a new item v into the array before position i."},
    {"pop", array_m_pop, 0, NULL},
    {"remove", array_m_remove, 0, "Remove the first occurrence of v in the array."},
    {"reverse", array_m_reverse, 0, "Reverse the order of the items in the array."},
    {"tobytes", array_m_tobytes, 0, NULL},
    {"tofile", array_m_tofile, 0, "Write all items (as machine values) to the file object f."},
    {"tolist", array_m_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"tounicode", array_m_tounicode, 0, NULL},
    {"__copy__", array_m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__", array_m_copy, 0, "Return a copy of the array."},
    {"__reduce_ex__", array_m_reduce_ex, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getsets[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type array_array_type = {
    TYPE_HEAD_INIT,
    .tp_name = "array.array",
    .tp_basicsize = sizeof(ArrayObj),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_SEQUENCE,
    .tp_doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.",
    .tp_dealloc = array_dealloc,
    .tp_free = obj_free,
    .new_ = array_new,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .nb = {[NB_ADD] = array_concat, [NB_MULTIPLY] = array_mul},
    .nb_inplace = {[NB_ADD] = array_iadd, [NB_MULTIPLY] = array_imul},
    .methods = array_methods,
    .getsets = array_getsets,
    .getbuffer = array_getbuffer,
    .releasebuffer = array_releasebuffer,
};

static const MethodDef array_functions[] = {
    {"_array_reconstructor", array_reconstructor, 0, "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

Object *array_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "array");
    if (!m) return NULL;
    Object *codes = str_from_cstr(t, "bBuhHiIlLqQfd");
    int rc = codes ? module_add_functions(t, m, array_functions) : -1;
    if (rc == 0) rc = module_add_ref(t, m, "typecodes", ref_from_obj(codes));
    if (rc == 0) rc = module_add_ref(t, m, "array", ref_immortal(&array_array_type));
    if (rc == 0) rc = module_add_ref(t, m, "ArrayType", ref_immortal(&array_array_type));
    obj_xdecref(codes);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
