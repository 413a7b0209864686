/* float: a heap object holding a C double. Arithmetic with CPython's rules and messages;
 * comparisons with ints are exact (GMP compares an integer with a double exactly).
 * Text conversions live in float_format.c. */
#include "spry.h"
#include "objects/int_impl.h"
#include "objects/formatspec.h"
#include "objects/float_alloc.h"

#include <math.h>

/* Freed exact floats are kept on a per-thread free list (t->float_freelist, linked
 * through ob_type) and reused, so float arithmetic rarely reaches the allocator. */

Ref float_from_double(Thread *t, double v) {
    Object *o = float_take_free(t, v);
    if (o) return ref_from_obj(o);
    Float *f = (Float *)obj_alloc(t, &float_type, sizeof(Float));
    if (!f) return REF_NULL;
    f->value = v;
    return ref_from_obj(&f->ob);
}

static void float_dealloc(Object *o) {
    if (o->ob_type == &float_type) {
        Thread *t = thread_current();
        if (t && float_keep_free(t, o)) return;
    }
    o->ob_type->tp_free(o);
}

bool float_check(Ref r) {
    return ref_is_obj(r) && (ref_obj(r)->ob_type == &float_type ||
                             type_is_subtype(ref_obj(r)->ob_type, &float_type));
}

/* float(x) without text parsing: float, int, __float__, __index__. */
double float_as_double(Thread *t, Ref r) {
    if (float_check(r)) return float_value(r);
    if (int_check(r)) return int_as_double(t, r);
    Type *tp = ref_type(r);
    if (tp->float_) {
        Ref f = tp->float_(t, r);
        if (ref_is_null(f)) return -1.0;
        if (!float_check(f)) {
            err_format(t, &exc_TypeError, "%s.__float__ returned non-float (type %T)",
                       type_name(tp), f);
            ref_close(f);
            return -1.0;
        }
        double v = float_value(f);
        ref_close(f);
        return v;
    }
    if (tp->index) {
        Ref i = obj_index(t, r);
        if (ref_is_null(i)) return -1.0;
        double v = int_as_double(t, i);
        ref_close(i);
        return v;
    }
    err_format(t, &exc_TypeError, "must be real number, not %T", r);
    return -1.0;
}

/* Operand conversion for the number slots: 1 converted, 0 not a float/int
 * (NotImplemented), -1 error (int too large). */
static int to_double(Thread *t, Ref v, double *out) {
    if (float_check(v)) {
        *out = float_value(v);
        return 1;
    }
    if (int_check(v)) {
        *out = int_as_double(t, v);
        if (*out == -1.0 && err_occurred(t)) return -1;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                                                           \
    double x, y;                                                                           \
    do {                                                                                   \
        int ca_ = to_double(t, a, &x);                                                     \
        if (ca_ <= 0) return ca_ < 0 ? REF_NULL : REF_NOTIMPLEMENTED;                      \
        int cb_ = to_double(t, b, &y);                                                     \
        if (cb_ <= 0) return cb_ < 0 ? REF_NULL : REF_NOTIMPLEMENTED;                      \
    } while (0)

/* ---- hashing and comparison ----------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* x = M * 2**e exactly with M < 2**53; hash = M * 2**e mod (2**61 - 1), where powers of
 * two reduce by rotation since 2**61 == 1 modulo the prime. */
int64_t float_hash(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(fabs(v), &e);
    uint64_t M = (uint64_t)ldexp(m, 53);
    e -= 53;
    int r = e % HASH_BITS;
    if (r < 0) r += HASH_BITS;
    M %= HASH_MODULUS;
    uint64_t h = ((M << r) & HASH_MODULUS) | (M >> (HASH_BITS - r));
    if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    int64_t s = v < 0 ? -(int64_t)h : (int64_t)h;
    return s == -1 ? -2 : s;
}

static int64_t pointer_hash(const void *p) {
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static int64_t float_hash_slot(Thread *t, Ref a) {
    double v = float_value(a);
    if (isnan(v)) return pointer_hash(ref_obj(a));
    return float_hash(v);
}

static Ref cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ref_from_bool(r);
}

/* Compares a double (not NaN) with an int exactly: -1, 0, 1. */
static int cmp_double_int(double x, Ref i) {
    IntView v;
    int c = mpz_cmp_d(int_view(i, &v), x);   /* exact, infinities allowed */
    return (c < 0) - (c > 0);
}

static Ref float_richcompare(Thread *t, Ref a, Ref b, int op) {
    /* Either side may be the float (reflected call). */
    bool swapped = !float_check(a);
    Ref f = swapped ? b : a, o = swapped ? a : b;
    double x = float_value(f);
    int c;
    if (float_check(o)) {
        double y = float_value(o);
        if (isnan(x) || isnan(y)) return ref_from_bool(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (int_check(o)) {
        if (isnan(x)) return ref_from_bool(op == CMP_NE);
        c = cmp_double_int(x, o);
    } else {
        return REF_NOTIMPLEMENTED;
    }
    if (swapped) c = -c;
    return cmp_result(c, op);
}

/* ---- arithmetic ---------------------------------------------------------------------- */

static Ref float_add(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return float_from_double(t, x + y);
}

static Ref float_sub(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return float_from_double(t, x - y);
}

static Ref float_mul(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return float_from_double(t, x * y);
}

static Ref float_div(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return err_set(t, &exc_ZeroDivisionError, "float division by zero");
    return float_from_double(t, x / y);
}

/* Python's modulo: the result takes the divisor's sign. */
static double py_fmod(double x, double y) {
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

/* Floor division consistent with py_fmod (x == q*y + m up to rounding). */
static void py_divmod(double x, double y, double *q, double *m) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fl;
    if (div != 0.0) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, x / y);
    }
    *q = fl;
    *m = mod;
}

static Ref float_mod(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return err_set(t, &exc_ZeroDivisionError, "float modulo");
    return float_from_double(t, py_fmod(x, y));
}

static Ref float_floordiv(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return err_set(t, &exc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    py_divmod(x, y, &q, &m);
    return float_from_double(t, q);
}

static Ref float_divmod(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return err_set(t, &exc_ZeroDivisionError, "float divmod()");
    double q, m;
    py_divmod(x, y, &q, &m);
    Ref items[2] = {float_from_double(t, q), float_from_double(t, m)};
    if (ref_is_null(items[0]) || ref_is_null(items[1])) {
        ref_close(items[0]);
        ref_close(items[1]);
        return REF_NULL;
    }
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

static Ref range_error_34(Thread *t) {
    Object *msg = str_from_cstr(t, "Numerical result out of range");
    if (!msg) return REF_NULL;
    Ref args[2] = {ref_from_int(34), ref_from_obj(msg)};
    Ref exc = exc_new(t, &exc_OverflowError, args, 2);
    obj_decref(msg);
    if (ref_is_null(exc)) return REF_NULL;
    return err_raise(t, exc);
}

Ref float_pow_doubles(Thread *t, double x, double y) {
    if (x == 0.0 && y < 0.0)
        return err_set(t, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y))
        return complex_pow_values(t, x, 0.0, y, 0.0);
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error_34(t);
    return float_from_double(t, r);
}

static Ref float_pow(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return float_pow_doubles(t, x, y);
}

static Ref float_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (ref_is_null(m) || ref_is_none(m)) return float_pow(t, a, b);
    if ((float_check(a) || int_check(a)) && (float_check(b) || int_check(b)))
        return err_set(t, &exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
    return REF_NOTIMPLEMENTED;
}

static Ref float_neg(Thread *t, Ref a) { return float_from_double(t, -float_value(a)); }
static Ref float_abs(Thread *t, Ref a) { return float_from_double(t, fabs(float_value(a))); }
static int float_bool(Thread *t, Ref a) { return float_value(a) != 0.0; }

static Ref float_pos(Thread *t, Ref a) {
    if (ref_obj(a)->ob_type == &float_type) return ref_dup(a);
    return float_from_double(t, float_value(a));
}

static Ref float_int(Thread *t, Ref a) { return int_from_double(t, float_value(a)); }

static Ref float_repr(Thread *t, Ref a) { return ref_from_obj(float_repr_str(t, float_value(a))); }

/* ---- construction ------------------------------------------------------------------- */

static Ref parse_error(Thread *t, Ref orig) {
    return err_format(t, &exc_ValueError, "could not convert string to float: %R", orig);
}

/* Strips white space and parses; false if malformed. */
static bool parse_stripped(const char *s, size_t len, double *out) {
    while (len && (*s == ' ' || (*s >= '\t' && *s <= '\r'))) s++, len--;
    while (len && (s[len - 1] == ' ' || (s[len - 1] >= '\t' && s[len - 1] <= '\r'))) len--;
    return float_parse_text(s, len, out);
}

Ref float_from_str_obj(Thread *t, Object *s) {
    size_t len;
    char *buf = int_numeric_ascii(t, s, &len);
    if (!buf) return REF_NULL;
    double v;
    bool ok = parse_stripped(buf, len, &v);
    mem_free(buf);
    if (!ok) return parse_error(t, ref_from_obj(s));
    return float_from_double(t, v);
}

Ref float_from_object(Thread *t, Ref x) {
    if (ref_is_obj(x) && ref_obj(x)->ob_type == &float_type) return ref_dup(x);
    if (str_check(x)) return float_from_str_obj(t, ref_obj(x));
    const char *text = NULL;
    size_t len = 0;
    if (ref_is_obj(x) && ref_type_is(x, &bytes_type)) {
        text = bytes_data(ref_obj(x));
        len = (size_t)bytes_size(ref_obj(x));
    } else if (ref_is_obj(x) && ref_type_is(x, &bytearray_type)) {
        text = ((ByteArray *)ref_obj(x))->start;
        len = (size_t)((ByteArray *)ref_obj(x))->ob.ob_size;
    }
    if (text) {
        double v;
        if (memchr(text, 0, len) || !parse_stripped(text, len, &v)) return parse_error(t, x);
        return float_from_double(t, v);
    }
    Type *tp = ref_type(x);
    if (!float_check(x) && !int_check(x) && !tp->float_ && !tp->index)
        return err_format(t, &exc_TypeError,
                          "float() argument must be a string or a real number, not '%T'", x);
    double v = float_as_double(t, x);
    if (v == -1.0 && err_occurred(t)) return REF_NULL;
    return float_from_double(t, v);
}

static Ref float_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "float", kwnames)) return REF_NULL;
    if (!args_count(t, "float", nargs, NULL, 0, 1)) return REF_NULL;
    Ref v = nargs ? float_from_object(t, args[0]) : float_from_double(t, 0.0);
    if (ref_is_null(v) || type == &float_type) return v;
    Float *f = (Float *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (f) {
        f->value = float_value(v);
        if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(&f->ob);
    }
    ref_close(v);
    return ref_from_obj(f ? &f->ob : NULL);
}

/* ---- methods ------------------------------------------------------------------------- */

static Ref float_conjugate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "conjugate", nargs, kw)) return REF_NULL;
    return float_pos(t, self);
}

static Ref float_is_integer(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "is_integer", nargs, kw)) return REF_NULL;
    double x = float_value(self);
    return ref_from_bool(isfinite(x) && floor(x) == x);
}

static Ref float_as_integer_ratio(Thread *t, Ref self, const Ref *args, size_t nargs,
                                  Object *kw) {
    if (!args_none(t, "as_integer_ratio", nargs, kw)) return REF_NULL;
    double x = float_value(self);
    if (isinf(x)) return err_set(t, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return err_set(t, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    /* Scale the mantissa to an integer, then cancel common powers of two. */
    int64_t num = (int64_t)ldexp(m, 53);
    e -= 53;
    if (num != 0) {
        int tz = __builtin_ctzll((uint64_t)(num < 0 ? -num : num));
        num /= (int64_t)1 << tz;
        e += tz;
    } else {
        e = 0;
    }
    Ref items[2];
    if (e >= 0) {
        Int *o = int_alloc(t);
        if (!o) return REF_NULL;
        mpz_set_si(o->z, (long)num);
        mpz_mul_2exp(o->z, o->z, (mp_bitcnt_t)e);
        items[0] = int_normalize(t, o);
        items[1] = ref_from_int(1);
    } else {
        items[0] = ref_from_int(num);
        Int *o = int_alloc(t);
        if (!o) return REF_NULL;
        mpz_set_ui(o->z, 1);
        mpz_mul_2exp(o->z, o->z, (mp_bitcnt_t)-e);
        items[1] = int_normalize(t, o);
    }
    if (ref_is_null(items[0])) return REF_NULL;
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

static Ref float_hex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "hex", nargs, kw)) return REF_NULL;
    return ref_from_obj(float_hex_str(t, float_value(self)));
}

static Ref float_fromhex(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromhex", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    intptr_t len;
    const char *s = str_utf8(t, ref_obj(args[0]), &len);
    if (!s) return REF_NULL;
    double v;
    if (!float_from_hex_text(t, s, (size_t)len, &v)) return REF_NULL;
    Ref r = float_from_double(t, v);
    if (ref_is_null(r) || ref_is_object(cls, &float_type)) return r;
    Ref o = obj_call1(t, cls, r);
    ref_close(r);
    return o;
}

static Ref float_trunc_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__trunc__", nargs, kw)) return REF_NULL;
    return int_from_double(t, float_value(self));
}

static Ref float_floor_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__floor__", nargs, kw)) return REF_NULL;
    return int_from_double(t, floor(float_value(self)));
}

static Ref float_ceil_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__ceil__", nargs, kw)) return REF_NULL;
    return int_from_double(t, ceil(float_value(self)));
}

static Ref float_round_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "__round__", nargs, kw, 0, 1)) return REF_NULL;
    double x = float_value(self);
    if (nargs == 0 || ref_is_none(args[0])) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);   /* ties to even */
        return int_from_double(t, r);
    }
    intptr_t nd = obj_as_ssize(t, args[0], NULL);
    if (nd == -1 && err_occurred(t)) return REF_NULL;
    return float_round_ndigits(t, x, nd);
}

static Ref float_getnewargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__getnewargs__", nargs, kw)) return REF_NULL;
    Ref v = float_from_double(t, float_value(self));
    if (ref_is_null(v)) return v;
    return ref_from_obj(tuple_from_array_steal(t, &v, 1));
}

Object *float_format(Thread *t, double v, Object *spec) {
    FormatSpec fs;
    if (fmtspec_parse(t, spec, "float", 0, '>', &fs) < 0) return NULL;
    return float_format_spec(t, v, &fs, "float");
}

static Ref float_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__format__", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (STR(ref_obj(args[0]))->length == 0) return obj_str(t, self);
    return ref_from_obj(float_format(t, float_value(self), ref_obj(args[0])));
}

static Ref float_divmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__divmod__", nargs, kw)) return REF_NULL;
    return float_divmod(t, self, args[0]);
}

static Ref float_rdivmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__rdivmod__", nargs, kw)) return REF_NULL;
    return float_divmod(t, args[0], self);
}

static Ref float_getformat(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__getformat__", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
    if (!str_eq_cstr(ref_obj(args[0]), "double") && !str_eq_cstr(ref_obj(args[0]), "float"))
        return err_set(t, &exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return ref_from_obj(str_from_cstr(t, "IEEE, little-endian"));
}

static Ref float_get_real(Thread *t, Ref self, void *c) { return float_pos(t, self); }
static Ref float_get_imag(Thread *t, Ref self, void *c) { return float_from_double(t, 0.0); }

static const MethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc_m, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor_m, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil_m, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_m, 0, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", float_as_integer_ratio, 0, "Return integer ratio."},
    {"fromhex", float_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__getformat__", float_getformat, METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_m, 0, "Formats the float according to format_spec."},
    {"__divmod__", float_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, 0, "Return divmod(value, self)."},
    {NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL},
};

Type float_type = {
    TYPE_HEAD_INIT,
    .tp_name = "float",
    .tp_basicsize = sizeof(Float),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_dealloc = float_dealloc,
    .tp_free = obj_free,
    .repr = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .bool_ = float_bool,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .int_ = float_int,
    .float_ = float_pos,
    .nb = {
        [NB_ADD] = float_add,
        [NB_SUBTRACT] = float_sub,
        [NB_MULTIPLY] = float_mul,
        [NB_TRUE_DIVIDE] = float_div,
        [NB_FLOOR_DIVIDE] = float_floordiv,
        [NB_REMAINDER] = float_mod,
        [NB_POWER] = float_pow,
    },
    .power3 = float_power3,
    .methods = float_methods,
    .getsets = float_getsets,
};
