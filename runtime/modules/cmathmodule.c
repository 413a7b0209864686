/* cmath: complex functions over C99's <complex.h> (whose Annex G special values are the
 * ones CPython's tables give), with CPython 3.11's errors:
 *  - a finite argument whose result has a NaN part: ValueError('math domain error');
 *  - a finite argument whose result is infinite: OverflowError('math range error'), or
 *    ValueError at a pole (log(0), atanh(±1), atan(±1j));
 *  - a non-finite argument: the special value, except where CPython flags the case as
 *    invalid (e.g. sin(inf+0j), exp(1+infj)): ValueError. */
#include <complex.h>
#include <errno.h>
#include <math.h>

#include "modules/modules.h"
#include "spry.h"

/* glibc defines CMPLX for GCC only; clang has the same builtin. */
#ifndef CMPLX
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#endif

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef double complex (*ComplexFn)(double complex);
/* For a non-finite argument (x + yj): is the special value an invalid operation? */
typedef bool (*InvalidFn)(double x, double y);

/* A complex argument: complex, __complex__, or anything float() accepts. */
static bool complex_arg(Thread *t, Ref v, double complex *out) {
    if (complex_check(v)) {
        *out = CMPLX(((Complex *)ref_obj(v))->real, ((Complex *)ref_obj(v))->imag);
        return true;
    }
    Ref m = ref_is_obj(v) ? obj_lookup_special(t, v, ID(__complex__)) : REF_NULL;
    if (!ref_is_null(m)) {
        Ref r = obj_call0(t, m);
        ref_close(m);
        if (ref_is_null(r)) return false;
        if (!complex_check(r)) {
            err_format(t, &exc_TypeError, "__complex__ returned non-complex (type %T)", r);
            ref_close(r);
            return false;
        }
        *out = CMPLX(((Complex *)ref_obj(r))->real, ((Complex *)ref_obj(r))->imag);
        ref_close(r);
        return true;
    }
    if (err_occurred(t)) return false;
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) return false;
    *out = CMPLX(d, 0.0);
    return true;
}

static bool is_finite(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static Ref domain_error(Thread *t) { return err_set(t, &exc_ValueError, "math domain error"); }

/* The result of f(z) with the errors described at the top; pole: an infinite result from a
 * finite argument is a domain error rather than an overflow. */
static Ref finish(Thread *t, double complex z, double complex r, InvalidFn invalid, bool pole) {
    if (is_finite(z)) {
        if (isnan(creal(r)) || isnan(cimag(r))) return domain_error(t);
        if (isinf(creal(r)) || isinf(cimag(r)))
            return pole ? domain_error(t) : err_set(t, &exc_OverflowError, "math range error");
    } else if (invalid && invalid(creal(z), cimag(z))) {
        return domain_error(t);
    }
    return complex_from_doubles(t, creal(r), cimag(r));
}

static Ref apply(Thread *t, const Ref *args, size_t nargs, Object *kw, const char *name, ComplexFn f,
                 InvalidFn invalid, bool pole) {
    if (!args_one(t, name, nargs, kw)) return REF_NULL;
    double complex z;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    return finish(t, z, f(z), invalid, pole);
}

/* CPython's invalid special cases, in terms of x + yj. */
static bool exp_invalid(double x, double y) { return isinf(y) && (isfinite(x) || (isinf(x) && x > 0)); }
static bool hyp_invalid(double x, double y) { return isinf(y) && !isnan(x); }   /* cosh, sinh */
static bool tanh_invalid(double x, double y) { return isinf(y) && isfinite(x); }
static bool trig_invalid(double x, double y) { return isinf(x) && !isnan(y); }  /* cos, sin */
static bool tan_invalid(double x, double y) { return isinf(x) && isfinite(y); }

/* C99 leaves the sign of a zero or infinite part unspecified in some special cases, and
 * whether a part is NaN in a few; CPython's tables fix them. These are C99's functions
 * with CPython's choice in those cases. The circular functions are the hyperbolic ones of
 * iz (as CPython defines them), so they inherit the same choices. */
static double complex exp_(double complex z) {
    if (isinf(creal(z)) && creal(z) < 0 && !isfinite(cimag(z))) return CMPLX(0.0, 0.0);
    return cexp(z);
}

static double complex cosh_(double complex z) {
    if (isnan(creal(z)) && cimag(z) == 0.0) return CMPLX(NAN, 0.0);
    return ccosh(z);
}

static double complex sinh_(double complex z) {
    if (creal(z) == 0.0 && isnan(cimag(z))) return CMPLX(0.0, NAN);
    return csinh(z);
}

static double complex tanh_(double complex z) {
    double x = creal(z), y = cimag(z);
    if (x == 0.0 && isnan(y)) return CMPLX(NAN, NAN);
    if (isinf(x) && !isfinite(y)) return CMPLX(copysign(1.0, x), 0.0);
    return ctanh(z);
}

static double complex asinh_(double complex z) {
    if (isnan(creal(z)) && isinf(cimag(z))) return CMPLX(INFINITY, NAN);
    return casinh(z);
}

static double complex atanh_(double complex z) {
    if (isnan(creal(z)) && isinf(cimag(z))) return CMPLX(0.0, copysign(M_PI_2, cimag(z)));
    return catanh(z);
}

static double complex acos_(double complex z) {
    if (isinf(creal(z)) && isnan(cimag(z))) return CMPLX(NAN, INFINITY);
    return cacos(z);
}

static double complex acosh_(double complex z) {
    if (creal(z) == 0.0 && isnan(cimag(z))) return CMPLX(NAN, NAN);
    return cacosh(z);
}

/* iz, and -iw: the circular functions from the hyperbolic ones. */
static double complex times_i(double complex z) { return CMPLX(-cimag(z), creal(z)); }
static double complex times_minus_i(double complex w) { return CMPLX(cimag(w), -creal(w)); }

static double complex cos_(double complex z) { return cosh_(times_i(z)); }
static double complex sin_(double complex z) { return times_minus_i(sinh_(times_i(z))); }
static double complex tan_(double complex z) { return times_minus_i(tanh_(times_i(z))); }
static double complex asin_(double complex z) { return times_minus_i(asinh_(times_i(z))); }
static double complex atan_(double complex z) { return times_minus_i(atanh_(times_i(z))); }

#define SIMPLE(pyname, cfn, invalid, pole)                                                  \
    FN(cmath_##pyname) { return apply(t, args, nargs, kw, #pyname, cfn, invalid, pole); }
SIMPLE(exp, exp_, exp_invalid, false)
SIMPLE(sqrt, csqrt, NULL, false)
SIMPLE(acos, acos_, NULL, false)
SIMPLE(asin, asin_, NULL, false)
SIMPLE(atan, atan_, NULL, true)
SIMPLE(acosh, acosh_, NULL, false)
SIMPLE(asinh, asinh_, NULL, false)
SIMPLE(atanh, atanh_, NULL, true)
SIMPLE(cos, cos_, trig_invalid, false)
SIMPLE(sin, sin_, trig_invalid, false)
SIMPLE(tan, tan_, tan_invalid, false)
SIMPLE(cosh, cosh_, hyp_invalid, false)
SIMPLE(sinh, sinh_, hyp_invalid, false)
SIMPLE(tanh, tanh_, tanh_invalid, false)
#undef SIMPLE

/* Complex division as CPython's (Smith's algorithm); ValueError for a zero divisor. */
static bool divide(Thread *t, double complex a, double complex b, double complex *out) {
    double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
    double abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            domain_error(t);
            return false;
        }
        double ratio = bi / br, denom = br + bi * ratio;
        *out = CMPLX((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        *out = CMPLX((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    } else {
        *out = CMPLX(NAN, NAN);
    }
    return true;
}

/* log(z[, base]) */
FN(cmath_log) {
    if (!args_no_kw(t, "log", kw) || !args_count(t, "log", nargs, NULL, 1, 2)) return REF_NULL;
    double complex z, base;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    if (nargs == 2 && !complex_arg(t, args[1], &base)) return REF_NULL;
    double complex r = clog(z);
    if (nargs == 2) {
        /* As CPython 3.11: with a base, log(z)'s own error is forgotten (log(0, 2) is
         * (-inf+nanj)) but the base's and the division's are not (log(2, 0), log(2, 1)). */
        double complex lb = clog(base);
        if (is_finite(base) && !is_finite(lb)) return domain_error(t);
        if (!divide(t, r, lb, &r)) return REF_NULL;
    } else if (is_finite(z) && !is_finite(r)) {
        return domain_error(t);
    }
    return complex_from_doubles(t, creal(r), cimag(r));
}

FN(cmath_log10) {
    if (!args_one(t, "log10", nargs, kw)) return REF_NULL;
    double complex z;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    double complex r = clog(z);
    r = CMPLX(creal(r) / M_LN10, cimag(r) / M_LN10);
    return finish(t, z, r, NULL, true);
}

FN(cmath_phase) {
    if (!args_one(t, "phase", nargs, kw)) return REF_NULL;
    double complex z;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    return float_from_double(t, carg(z));
}

FN(cmath_polar) {
    if (!args_one(t, "polar", nargs, kw)) return REF_NULL;
    double complex z;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    double r = cabs(z);
    if (isinf(r) && is_finite(z)) return err_set(t, &exc_OverflowError, "absolute value too large");
    Ref a = float_from_double(t, r), p = float_from_double(t, carg(z));
    Object *tup = ref_is_null(a) || ref_is_null(p) ? NULL : tuple_pack(t, 2, a, p);
    ref_close(a);
    ref_close(p);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

static bool real_arg(Thread *t, Ref v, double *out) {
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) return false;
    *out = d;
    return true;
}

/* rect(r, phi) = r * (cos(phi) + sin(phi)j), with CPython's non-finite cases. */
FN(cmath_rect) {
    if (!args_no_kw(t, "rect", kw) || !args_count(t, "rect", nargs, NULL, 2, 2)) return REF_NULL;
    double r, phi;
    if (!real_arg(t, args[0], &r) || !real_arg(t, args[1], &phi)) return REF_NULL;
    double re, im;
    if (isfinite(r) && isfinite(phi)) {
        re = r * cos(phi);
        im = r * sin(phi);
    } else if (isinf(r)) {
        if (isinf(phi)) return domain_error(t);
        double sign = copysign(1.0, r);
        if (isnan(phi)) {
            re = INFINITY;
            im = NAN;
        } else if (phi == 0.0) {
            re = r;
            im = copysign(0.0, phi) * sign;
        } else {
            re = copysign(INFINITY, cos(phi)) * sign;
            im = copysign(INFINITY, sin(phi)) * sign;
        }
    } else if (isnan(r)) {
        re = NAN;
        im = phi == 0.0 ? 0.0 : NAN;
    } else if (r == 0.0) { /* phi is infinite or NaN */
        re = im = 0.0;
    } else {
        if (isinf(phi)) return domain_error(t);
        re = im = NAN;
    }
    return complex_from_doubles(t, re, im);
}

static Ref predicate(Thread *t, const Ref *args, size_t nargs, Object *kw, const char *name, int which) {
    if (!args_one(t, name, nargs, kw)) return REF_NULL;
    double complex z;
    if (!complex_arg(t, args[0], &z)) return REF_NULL;
    double x = creal(z), y = cimag(z);
    bool r = which == 0 ? isfinite(x) && isfinite(y) : which == 1 ? isinf(x) || isinf(y) : isnan(x) || isnan(y);
    return ref_from_bool(r);
}

FN(cmath_isfinite) { return predicate(t, args, nargs, kw, "isfinite", 0); }
FN(cmath_isinf) { return predicate(t, args, nargs, kw, "isinf", 1); }
FN(cmath_isnan) { return predicate(t, args, nargs, kw, "isnan", 2); }

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
FN(cmath_isclose) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const ArgSpec spec = {"isclose", names, 2, 2};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    double complex x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (!complex_arg(t, a[0], &x) || !complex_arg(t, a[1], &y)) return REF_NULL;
    if (!ref_is_null(a[2]) && !real_arg(t, a[2], &rel_tol)) return REF_NULL;
    if (!ref_is_null(a[3]) && !real_arg(t, a[3], &abs_tol)) return REF_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) return err_set(t, &exc_ValueError, "tolerances must be non-negative");
    if (creal(x) == creal(y) && cimag(x) == cimag(y)) return REF_TRUE;
    if (!is_finite(x) || !is_finite(y)) return REF_FALSE;
    double diff = cabs(x - y);
    return ref_from_bool((diff <= rel_tol * cabs(y)) || (diff <= rel_tol * cabs(x)) || diff <= abs_tol);
}

static const MethodDef cmath_functions[] = {
    {"exp", cmath_exp, 0, "Return the exponential value e**z."},
    {"log", cmath_log, 0, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", cmath_log10, 0, "Return the base-10 logarithm of z."},
    {"sqrt", cmath_sqrt, 0, "Return the square root of z."},
    {"acos", cmath_acos, 0, "Return the arc cosine of z."},
    {"asin", cmath_asin, 0, "Return the arc sine of z."},
    {"atan", cmath_atan, 0, "Return the arc tangent of z."},
    {"acosh", cmath_acosh, 0, "Return the inverse hyperbolic cosine of z."},
    {"asinh", cmath_asinh, 0, "Return the inverse hyperbolic sine of z."},
    {"atanh", cmath_atanh, 0, "Return the inverse hyperbolic tangent of z."},
    {"cos", cmath_cos, 0, "Return the cosine of z."},
    {"sin", cmath_sin, 0, "Return the sine of z."},
    {"tan", cmath_tan, 0, "Return the tangent of z."},
    {"cosh", cmath_cosh, 0, "Return the hyperbolic cosine of z."},
    {"sinh", cmath_sinh, 0, "Return the hyperbolic sine of z."},
    {"tanh", cmath_tanh, 0, "Return the hyperbolic tangent of z."},
    {"phase", cmath_phase, 0, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cmath_polar, 0, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", cmath_rect, 0, "Convert from polar coordinates to rectangular coordinates."},
    {"isfinite", cmath_isfinite, 0, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", cmath_isinf, 0, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", cmath_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"isclose", cmath_isclose, 0, "Determine whether two complex numbers are close in value."},
    {NULL, NULL, 0, NULL},
};

Object *cmath_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "cmath");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, cmath_functions);
    const struct {
        const char *name;
        double re, im;
        bool is_complex;
    } consts[] = {
        {"pi", M_PI, 0, false}, {"e", M_E, 0, false}, {"tau", 2 * M_PI, 0, false},
        {"inf", INFINITY, 0, false}, {"nan", NAN, 0, false},
        {"infj", 0.0, INFINITY, true}, {"nanj", 0.0, NAN, true},
    };
    for (size_t i = 0; rc == 0 && i < sizeof consts / sizeof consts[0]; i++) {
        Ref v = consts[i].is_complex ? complex_from_doubles(t, consts[i].re, consts[i].im)
                                     : float_from_double(t, consts[i].re);
        rc = ref_is_null(v) ? -1 : module_add_ref(t, m, consts[i].name, v);
        ref_close(v);
    }
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
