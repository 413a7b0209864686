/* Legacy C API: int, bool, float, complex and the number protocol. */
#include "legacy.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)
static inline PyObject *out(Thread *t, Ref r) { return legacy_box(t, r); }

PyObject *PyBool_FromLong(long v) { return Py_NewRef(v ? Py_True : Py_False); }
/* A box for v straight away when it fits a tagged int (no tagged Ref in between). */
static PyObject *from_i64(int64_t v) {
    Thread *t = T_;
    return out(t, ref_int_fits(v) ? ref_from_int(v) : int_from_i64(t, v));
}
PyObject *PyLong_FromLong(long v) { return from_i64(v); }
PyObject *PyLong_FromLongLong(long long v) { return from_i64(v); }
PyObject *PyLong_FromSsize_t(Py_ssize_t v) { return from_i64(v); }
PyObject *PyLong_FromUnsignedLong(unsigned long v) { Thread *t = T_; return out(t, int_from_u64(t, v)); }
PyObject *PyLong_FromUnsignedLongLong(unsigned long long v) { Thread *t = T_; return out(t, int_from_u64(t, v)); }
PyObject *PyLong_FromSize_t(size_t v) { Thread *t = T_; return out(t, int_from_u64(t, v)); }
PyObject *PyLong_FromVoidPtr(void *p) { Thread *t = T_; return out(t, int_from_u64(t, (uintptr_t)p)); }
PyObject *PyLong_FromDouble(double d) { Thread *t = T_; return out(t, int_from_double(t, d)); }
/* PyLong_FromString and PyLong_FromUnicodeObject word a bad base as CPython's C API does,
 * not as int() does. */
static int bad_base(Thread *t, int base) {
    if (base == 0 || (base >= 2 && base <= 36)) return 0;
    err_set(t, &exc_ValueError, "int() arg 2 must be >= 2 and <= 36");
    return 1;
}
PyObject *PyLong_FromString(const char *s, char **pend, int base) {
    Thread *t = T_;
    if (bad_base(t, base)) return NULL;
    size_t n = strlen(s);
    Ref r = int_from_string(t, s, n, base);
    if (pend) *pend = (char *)s + n;
    return out(t, r);
}
PyObject *PyLong_FromUnicodeObject(PyObject *u, int base) {
    Thread *t = T_;
    if (bad_base(t, base)) return NULL;
    if (!u || !str_check(R(u))) {
        err_set(t, &exc_SystemError, "bad argument to internal function");
        return NULL;
    }
    return out(t, int_from_str_obj(t, (Object *)u, base));
}

/* The int value of o: o itself if an int, else its __index__ (owned). REF_NULL + error. */
static Ref as_index(Thread *t, PyObject *o) {
    if (!o) {
        err_set(t, &exc_SystemError, "bad argument to internal function");
        return REF_NULL;
    }
    if (int_check(R(o))) return ref_dup(R(o));
    return obj_index(t, R(o));
}

long long PyLong_AsLongLongAndOverflow(PyObject *o, int *overflow) {
    *overflow = 0;
    int64_t small;
    if (o && legacy_small_int(o, &small)) return small;
    Thread *t = T_;
    Ref v = as_index(t, o);
    if (ref_is_null(v)) return -1;
    int64_t r = int_as_i64_overflow(v, overflow);
    ref_close(v);
    return *overflow ? -1 : r;
}
long PyLong_AsLongAndOverflow(PyObject *o, int *overflow) {
    return (long)PyLong_AsLongLongAndOverflow(o, overflow);
}
long PyLong_AsLong(PyObject *o) {
    int64_t small;
    if (o && legacy_small_int(o, &small)) return small;
    int of;
    long r = PyLong_AsLongAndOverflow(o, &of);
    if (of) {
        err_set(T_, &exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return r;
}
long long PyLong_AsLongLong(PyObject *o) {
    int64_t small;
    if (o && legacy_small_int(o, &small)) return small;
    int of;
    long long r = PyLong_AsLongLongAndOverflow(o, &of);
    if (of) {
        err_set(T_, &exc_OverflowError, "int too big to convert");
        return -1;
    }
    return r;
}
int _PyLong_AsInt(PyObject *o) {
    int of;
    long r = PyLong_AsLongAndOverflow(o, &of);
    if (of || r > INT_MAX || r < INT_MIN) {
        err_set(T_, &exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)r;
}

static int exact_int(Thread *t, PyObject *o) {
    if (!o) {
        err_set(t, &exc_SystemError, "bad argument to internal function");
        return 0;
    }
    if (!int_check(R(o))) {
        err_set(t, &exc_TypeError, "an integer is required");
        return 0;
    }
    return 1;
}

Py_ssize_t PyLong_AsSsize_t(PyObject *o) {
    int64_t small;
    if (o && legacy_small_int(o, &small)) return small;
    Thread *t = T_;
    if (!exact_int(t, o)) return -1;
    int of;
    int64_t r = int_as_i64_overflow(R(o), &of);
    if (of) {
        err_set(t, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r;
}

/* o (an int) as an unsigned 64-bit value, with the messages of the calling API function. */
static int as_u64(Thread *t, PyObject *o, uint64_t *out_, const char *negative, const char *too_big) {
    if (!exact_int(t, o)) return -1;
    IntView v;
    mpz_srcptr z = int_view(R(o), &v);
    if (mpz_sgn(z) < 0) {
        err_set(t, &exc_OverflowError, negative);
        return -1;
    }
    if (mpz_sizeinbase(z, 2) > 64) {
        err_set(t, &exc_OverflowError, too_big);
        return -1;
    }
    *out_ = mpz_getlimbn(z, 0);
    return 0;
}
unsigned long PyLong_AsUnsignedLong(PyObject *o) {
    uint64_t v;
    if (as_u64(T_, o, &v, "can't convert negative value to unsigned int",
               "Python int too large to convert to C unsigned long") < 0)
        return (unsigned long)-1;
    return v;
}
unsigned long long PyLong_AsUnsignedLongLong(PyObject *o) {
    uint64_t v;
    if (as_u64(T_, o, &v, "can't convert negative int to unsigned", "int too big to convert") < 0)
        return (unsigned long long)-1;
    return v;
}
size_t PyLong_AsSize_t(PyObject *o) {
    uint64_t v;
    if (as_u64(T_, o, &v, "can't convert negative value to size_t",
               "Python int too large to convert to C size_t") < 0)
        return (size_t)-1;
    return v;
}
static uint64_t low_bits(PyObject *o) {
    Thread *t = T_;
    Ref v = as_index(t, o);
    if (ref_is_null(v)) return (uint64_t)-1;
    IntView iv;
    mpz_srcptr z = int_view(v, &iv);
    uint64_t r = mpz_sgn(z) ? mpz_getlimbn(z, 0) : 0;
    if (mpz_sgn(z) < 0) r = (uint64_t)0 - r;
    ref_close(v);
    return r;
}
unsigned long PyLong_AsUnsignedLongMask(PyObject *o) { return low_bits(o); }
unsigned long long PyLong_AsUnsignedLongLongMask(PyObject *o) { return low_bits(o); }
double PyLong_AsDouble(PyObject *o) {
    Thread *t = T_;
    if (!exact_int(t, o)) return -1.0;
    return int_as_double(t, R(o));
}
void *PyLong_AsVoidPtr(PyObject *o) {
    Thread *t = T_;
    if (!exact_int(t, o)) return NULL;
    if (int_sign(R(o)) < 0) {
        long v = PyLong_AsLong(o);
        return v == -1 && PyErr_Occurred() ? NULL : (void *)(intptr_t)v;
    }
    unsigned long v = PyLong_AsUnsignedLong(o);
    return v == (unsigned long)-1 && PyErr_Occurred() ? NULL : (void *)(uintptr_t)v;
}
int _PyLong_Sign(PyObject *o) { return int_sign(R(o)); }
PyObject *_PyLong_FromByteArray(const unsigned char *bytes, size_t n, int little_endian,
                                int is_signed) {
    Thread *t = T_;
    Int *o = int_alloc(t);
    if (!o) return NULL;
    if (n) mpz_import(o->z, n, little_endian ? -1 : 1, 1, 0, 0, bytes);
    if (is_signed && n && (bytes[little_endian ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, n * 8);
        mpz_sub(o->z, o->z, m);
        mpz_clear(m);
    }
    return out(t, int_normalize(t, o));
}
int _PyLong_AsByteArray(PyLongObject *lo, unsigned char *bytes, size_t n, int little_endian,
                        int is_signed) {
    Thread *t = T_;
    PyObject *o = (PyObject *)lo;
    if (!exact_int(t, o)) return -1;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(R(o), z);
    int rc = -1;
    if (mpz_sgn(z) < 0 && !is_signed) {
        err_set(t, &exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    /* Signed: the value must fit n*8-1 bits (negatives as two's complement). */
    size_t bits = mpz_sgn(z) < 0 ? mpz_sizeinbase(z, 2) : 0;
    if (mpz_sgn(z) < 0) {
        mpz_add_ui(z, z, 1);   /* -(2**k) needs k bits of magnitude, not k+1 */
        bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
        mpz_sub_ui(z, z, 1);
    } else if (mpz_sgn(z) > 0) {
        bits = mpz_sizeinbase(z, 2);
    }
    if (bits + (is_signed ? 1 : 0) > n * 8) {
        err_set(t, &exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, n * 8);
        mpz_add(z, z, m);
        mpz_clear(m);
    }
    memset(bytes, 0, n);
    size_t count = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 7) / 8 : 0;
    if (count) mpz_export(little_endian ? bytes : bytes + n - count, NULL, little_endian ? -1 : 1, 1, 0, 0, z);
    rc = 0;
done:
    mpz_clear(z);
    return rc;
}

PyObject *PyFloat_FromDouble(double v) { Thread *t = T_; return out(t, float_from_double(t, v)); }
/* float(s) for text and buffers only. */
PyObject *PyFloat_FromString(PyObject *s) {
    Thread *t = T_;
    if (!str_check(R(s)) && !PyObject_CheckBuffer(s)) {
        err_format(t, &exc_TypeError, "float() argument must be a string or a real number, not '%T'", R(s));
        return NULL;
    }
    return out(t, float_from_object(t, R(s)));
}
double PyFloat_AsDouble(PyObject *o) {
    Thread *t = T_;
    if (!o) {
        err_set(t, &exc_TypeError, "bad argument type for built-in operation");
        return -1.0;
    }
    if (float_check_exact(R(o))) return float_value(R(o));
    return float_as_double(t, R(o));
}
PyObject *PyComplex_FromDoubles(double re, double im) { Thread *t = T_; return out(t, complex_from_doubles(t, re, im)); }
double PyComplex_RealAsDouble(PyObject *o) {
    if (complex_check(R(o))) return ((Complex *)o)->real;
    return PyFloat_AsDouble(o);
}
double PyComplex_ImagAsDouble(PyObject *o) {
    if (complex_check(R(o))) return ((Complex *)o)->imag;
    return 0.0;
}
Py_complex PyComplex_AsCComplex(PyObject *o) {
    Py_complex c = {-1.0, 0.0};
    if (complex_check(R(o))) return (Py_complex){((Complex *)o)->real, ((Complex *)o)->imag};
    Thread *t = T_;
    PyObject *m = out(t, obj_lookup_special(t, R(o), ID(__complex__)));
    if (m) {
        PyObject *r = PyObject_CallNoArgs(m);
        Py_DECREF(m);
        if (!r) return c;
        if (!complex_check(R(r))) {
            PyErr_Format(PyExc_TypeError, "__complex__ returned non-complex (type %.200s)", Py_TYPE(r)->tp_name);
            Py_DECREF(r);
            return c;
        }
        c = (Py_complex){((Complex *)r)->real, ((Complex *)r)->imag};
        Py_DECREF(r);
        return c;
    }
    if (PyErr_Occurred()) return c;
    c.real = PyFloat_AsDouble(o);
    return c;
}

int PyNumber_Check(PyObject *o) {
    Type *tp = (Type *)Py_TYPE(o);
    return o && (tp->index || tp->int_ || tp->float_ || complex_check(R(o)));
}
int PyIndex_Check(PyObject *o) { return ((Type *)Py_TYPE(o))->index != NULL; }
#define BINOP(fn, op)                                                                      \
    PyObject *fn(PyObject *a, PyObject *b) { Thread *t = T_; return out(t, obj_binop(t, R(a), R(b), op)); }
BINOP(PyNumber_Add, NB_ADD)
BINOP(PyNumber_Subtract, NB_SUBTRACT)
BINOP(PyNumber_Multiply, NB_MULTIPLY)
BINOP(PyNumber_MatrixMultiply, NB_MATRIX_MULTIPLY)
BINOP(PyNumber_FloorDivide, NB_FLOOR_DIVIDE)
BINOP(PyNumber_TrueDivide, NB_TRUE_DIVIDE)
BINOP(PyNumber_Remainder, NB_REMAINDER)
BINOP(PyNumber_Lshift, NB_LSHIFT)
BINOP(PyNumber_Rshift, NB_RSHIFT)
BINOP(PyNumber_And, NB_AND)
BINOP(PyNumber_Xor, NB_XOR)
BINOP(PyNumber_Or, NB_OR)
#define IBINOP(fn, op)                                                                     \
    PyObject *fn(PyObject *a, PyObject *b) { Thread *t = T_; return out(t, obj_inplace_op(t, R(a), R(b), op)); }
IBINOP(PyNumber_InPlaceAdd, NB_ADD)
IBINOP(PyNumber_InPlaceSubtract, NB_SUBTRACT)
IBINOP(PyNumber_InPlaceMultiply, NB_MULTIPLY)
IBINOP(PyNumber_InPlaceMatrixMultiply, NB_MATRIX_MULTIPLY)
IBINOP(PyNumber_InPlaceFloorDivide, NB_FLOOR_DIVIDE)
IBINOP(PyNumber_InPlaceTrueDivide, NB_TRUE_DIVIDE)
IBINOP(PyNumber_InPlaceRemainder, NB_REMAINDER)
IBINOP(PyNumber_InPlaceLshift, NB_LSHIFT)
IBINOP(PyNumber_InPlaceRshift, NB_RSHIFT)
IBINOP(PyNumber_InPlaceAnd, NB_AND)
IBINOP(PyNumber_InPlaceXor, NB_XOR)
IBINOP(PyNumber_InPlaceOr, NB_OR)
PyObject *PyNumber_InPlacePower(PyObject *a, PyObject *b, PyObject *m) {
    Thread *t = T_;
    if (!m || m == Py_None) return out(t, obj_inplace_op(t, R(a), R(b), NB_POWER));
    return out(t, obj_power3(t, R(a), R(b), R(m)));
}
PyObject *PyNumber_ToBase(PyObject *n, int base) {
    const char *fn = base == 2 ? "bin" : base == 8 ? "oct" : base == 16 ? "hex" : base == 10 ? "str" : NULL;
    if (!fn) {
        PyErr_SetString(PyExc_SystemError, "PyNumber_ToBase: base must be 2, 8, 10 or 16");
        return NULL;
    }
    PyObject *i = PyNumber_Index(n);
    if (!i) return NULL;
    Thread *t = T_;
    Ref f = dict_get_cstr(t, t->interp->builtins, fn);
    Ref r = ref_is_null(f) ? REF_NULL : obj_call1(t, f, R(i));
    ref_close(f);
    Py_DECREF(i);
    return out(t, r);
}
PyObject *PyNumber_Divmod(PyObject *a, PyObject *b) {
    Thread *t = T_;
    Ref f = dict_get_cstr(t, t->interp->builtins, "divmod");
    if (ref_is_null(f)) return NULL;
    Ref r = obj_call2(t, f, R(a), R(b));
    ref_close(f);
    return out(t, r);
}
PyObject *PyNumber_Power(PyObject *a, PyObject *b, PyObject *m) {
    Thread *t = T_;
    if (!m || m == Py_None) return out(t, obj_binop(t, R(a), R(b), NB_POWER));
    return out(t, obj_power3(t, R(a), R(b), R(m)));
}
PyObject *PyNumber_Negative(PyObject *a) { Thread *t = T_; return out(t, obj_neg(t, R(a))); }
PyObject *PyNumber_Positive(PyObject *a) { Thread *t = T_; return out(t, obj_pos(t, R(a))); }
PyObject *PyNumber_Absolute(PyObject *a) { Thread *t = T_; return out(t, obj_abs(t, R(a))); }
PyObject *PyNumber_Invert(PyObject *a) { Thread *t = T_; return out(t, obj_invert(t, R(a))); }
/* An exact int, even from a bool or an int subclass. */
PyObject *PyNumber_Index(PyObject *a) {
    Thread *t = T_;
    Ref r = obj_index(t, R(a));
    if (!ref_is_null(r) && !int_check_exact(r)) {
        Ref e = int_exact(t, r);
        ref_close(r);
        r = e;
    }
    return out(t, r);
}
PyObject *PyNumber_Long(PyObject *a) { Thread *t = T_; return out(t, obj_int(t, R(a))); }
PyObject *PyNumber_Float(PyObject *a) { Thread *t = T_; return out(t, obj_float(t, R(a))); }
Py_ssize_t PyNumber_AsSsize_t(PyObject *a, PyObject *exc) {
    return obj_as_ssize(T_, R(a), (Type *)exc);
}
