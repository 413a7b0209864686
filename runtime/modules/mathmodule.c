/* The math module (CPython 3.11's functions, constants and error messages).
 *
 * Real functions follow one error rule: a NaN result from a non-NaN argument is a
 * "math domain error" (ValueError); an infinite result from a finite argument is a
 * "math range error" (OverflowError) for functions that can overflow, else a domain
 * error (log(0)). Integer functions work on GMP integers. */
#include "spry.h"
#include "modules/modules.h"
#include "objects/int_impl.h"

#include <float.h>
#include <math.h>

static Ref domain_error(Thread *t) { return err_set(t, &exc_ValueError, "math domain error"); }
static Ref range_error(Thread *t) { return err_set(t, &exc_OverflowError, "math range error"); }

static bool get_double(Thread *t, Ref v, double *out) {
    *out = float_as_double(t, v);
    return !(*out == -1.0 && err_occurred(t));
}

/* Checks r = f(x) against the error rule and boxes it. */
static Ref result1(Thread *t, double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error(t);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(t) : domain_error(t);
    return float_from_double(t, r);
}

#define MATH_FUNC1(name, cfn, can_overflow)                                                \
    static Ref math_##name(Thread *t, Ref self, const Ref *args, size_t nargs,             \
                           Object *kw) {                                                   \
        if (!args_one(t, "math." #name, nargs, kw)) return REF_NULL;                       \
        double x;                                                                          \
        if (!get_double(t, args[0], &x)) return REF_NULL;                                  \
        return result1(t, x, cfn(x), can_overflow);                                        \
    }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)
MATH_FUNC1(log1p, log1p, false)

/* ---- gamma and lgamma ----------------------------------------------------------------
 * Lanczos' approximation with g = 6.024680040776729583740234375 and 13 terms (the
 * coefficients Boost publishes), evaluated as a rational function; the same method and
 * operation order as CPython, so results agree to the last bit rather than following the
 * C library's tgamma/lgamma. Negative arguments use the reflection formula. */

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_gmh = 5.524680040776729583740234375;   /* g - 0.5 */
enum { LANCZOS_N = 13 };
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* Coefficients of x(x+1)(x+2)...(x+11), lowest power first. */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The rational sum for x > 0: Horner in x for small x, in 1/x for large x (no overflow). */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) without the error of forming pi * x for large x. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* errs: set to 1 for a domain error, 2 for a range error. */
static double lanczos_gamma(double x, int *errs) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *errs = 1;
        return NAN;
    }
    if (x == 0.0) {
        *errs = 1;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *errs = 1;
            return NAN;
        }
        if (x <= 23.0) {   /* exact factorials: (n-1)! fits a double exactly up to 22! */
            double f = 1.0;
            for (int k = 2; k < (int)x; k++) f *= k;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) *errs = 2;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) return 0.0 / sin_pi(x);
        *errs = 2;
        return HUGE_VAL;
    }
    double y = ax + lanczos_gmh;
    /* z: the rounding error made in forming y, fed back as a first-order correction. */
    double z = ax > lanczos_gmh ? (y - ax) - lanczos_gmh : (y - lanczos_gmh) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) *errs = 2;
    return r;
}

static double lanczos_lgamma(double x, int *errs) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *errs = 1;
            return HUGE_VAL;
        }
        return 0.0;   /* lgamma(1) == lgamma(2) == 0 */
    }
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        const double log_pi = 1.144729885849400174143427351353058711647;
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) *errs = 2;
    return r;
}

static Ref gamma_common(Thread *t, const char *name, const Ref *args, size_t nargs,
                        Object *kw, double (*fn)(double, int *)) {
    if (!args_one(t, name, nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    int errs = 0;
    double r = fn(x, &errs);
    if (errs == 1) return domain_error(t);
    if (errs == 2) return range_error(t);
    return float_from_double(t, r);
}

static Ref math_gamma(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return gamma_common(t, "math.gamma", args, nargs, kw, lanczos_gamma);
}

static Ref math_lgamma(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return gamma_common(t, "math.lgamma", args, nargs, kw, lanczos_lgamma);
}

/* ---- logarithms (ints of any size) --------------------------------------------------- */

/* func(x) for a number; ints too large for a double go through frexp. */
static bool log_helper(Thread *t, Ref x, double (*func)(double), double *out) {
    if (int_check(x)) {
        if (int_sign(x) <= 0) {
            domain_error(t);
            return false;
        }
        int64_t e;
        double m = int_frexp(x, &e);
        if (e <= 1024) {
            double d = ldexp(m, (int)e);
            if (isfinite(d)) {
                *out = func(d);
                return true;
            }
        }
        *out = func(m) + func(2.0) * (double)e;
        return true;
    }
    double d;
    if (!get_double(t, x, &d)) return false;
    double r = func(d);
    if (isnan(r) && !isnan(d)) {
        domain_error(t);
        return false;
    }
    if (isinf(r) && isfinite(d)) {
        domain_error(t);
        return false;
    }
    *out = r;
    return true;
}

static Ref math_log(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, "log", kw)) return REF_NULL;
    if (nargs < 1 || nargs > 2)
        return err_set(t, &exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_helper(t, args[0], log, &num)) return REF_NULL;
    if (nargs == 1) return float_from_double(t, num);
    if (!log_helper(t, args[1], log, &den)) return REF_NULL;
    if (den == 0.0) return err_set(t, &exc_ZeroDivisionError, "float division by zero");
    return float_from_double(t, num / den);
}

#define MATH_LOGN(name, cfn)                                                               \
    static Ref math_##name(Thread *t, Ref self, const Ref *args, size_t nargs,             \
                           Object *kw) {                                                   \
        if (!args_one(t, "math." #name, nargs, kw)) return REF_NULL;                       \
        double r;                                                                          \
        if (!log_helper(t, args[0], cfn, &r)) return REF_NULL;                             \
        return float_from_double(t, r);                                                    \
    }
MATH_LOGN(log2, log2)
MATH_LOGN(log10, log10)

/* ---- two-argument real functions ---------------------------------------------------- */

static bool get2(Thread *t, const char *name, const Ref *args, size_t nargs, Object *kw,
                 double *x, double *y) {
    if (!args_count(t, name, nargs, kw, 2, 2)) return false;
    return get_double(t, args[0], x) && get_double(t, args[1], y);
}

static Ref math_atan2(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double y, x;
    if (!get2(t, "atan2", args, nargs, kw, &y, &x)) return REF_NULL;
    return float_from_double(t, atan2(y, x));
}

static Ref math_copysign(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double x, y;
    if (!get2(t, "copysign", args, nargs, kw, &x, &y)) return REF_NULL;
    return float_from_double(t, copysign(x, y));
}

static Ref math_fmod(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double x, y;
    if (!get2(t, "fmod", args, nargs, kw, &x, &y)) return REF_NULL;
    if (isinf(y) && isfinite(x)) return float_from_double(t, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    return float_from_double(t, r);
}

static Ref math_remainder(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double x, y;
    if (!get2(t, "remainder", args, nargs, kw, &x, &y)) return REF_NULL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    return float_from_double(t, r);
}

static Ref math_pow(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double x, y;
    if (!get2(t, "pow", args, nargs, kw, &x, &y)) return REF_NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) return domain_error(t);
        if (isinf(r)) return x == 0.0 ? domain_error(t) : range_error(t);
    }
    return float_from_double(t, r);
}

static Ref math_nextafter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    double x, y;
    if (!get2(t, "nextafter", args, nargs, kw, &x, &y)) return REF_NULL;
    return float_from_double(t, nextafter(x, y));
}

static Ref math_ulp(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.ulp", nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    if (isnan(x)) return float_from_double(t, x);
    x = fabs(x);
    if (isinf(x)) return float_from_double(t, x);
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2)) return float_from_double(t, x - nextafter(x, 0.0));
    return float_from_double(t, x2 - x);
}

static Ref math_degrees(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.degrees", nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    return float_from_double(t, x * (180.0 / M_PI));
}

static Ref math_radians(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.radians", nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    return float_from_double(t, x * (M_PI / 180.0));
}

#define MATH_PRED(name, expr)                                                              \
    static Ref math_##name(Thread *t, Ref self, const Ref *args, size_t nargs,             \
                           Object *kw) {                                                   \
        if (!args_one(t, "math." #name, nargs, kw)) return REF_NULL;                       \
        double x;                                                                          \
        if (!get_double(t, args[0], &x)) return REF_NULL;                                  \
        return ref_from_bool(expr);                                                        \
    }
MATH_PRED(isfinite, isfinite(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isnan, isnan(x))

static const char *const isclose_names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
static const ArgSpec isclose_spec = {"isclose", isclose_names, 2, 2};

static Ref math_isclose(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref a[4];
    if (!args_parse(t, &isclose_spec, args, nargs, kw, a)) return REF_NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (!get_double(t, a[0], &x) || !get_double(t, a[1], &y)) return REF_NULL;
    if (!ref_is_null(a[2]) && !get_double(t, a[2], &rel)) return REF_NULL;
    if (!ref_is_null(a[3]) && !get_double(t, a[3], &abs_tol)) return REF_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return err_set(t, &exc_ValueError, "tolerances must be non-negative");
    if (x == y) return REF_TRUE;
    if (isinf(x) || isinf(y)) return REF_FALSE;
    double diff = fabs(y - x);
    return ref_from_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---- float decomposition ---------------------------------------------------------------- */

static Ref pair(Thread *t, Ref a, Ref b) {
    if (ref_is_null(a) || ref_is_null(b)) {
        ref_close(a);
        ref_close(b);
        return REF_NULL;
    }
    Ref items[2] = {a, b};
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

static Ref math_frexp(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.frexp", nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    int e = 0;
    double m = (isfinite(x) && x != 0.0) ? frexp(x, &e) : x;
    return pair(t, float_from_double(t, m), ref_from_int(e));
}

static Ref math_ldexp(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "ldexp", nargs, kw, 2, 2)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    if (!int_check(args[1]))
        return err_set(t, &exc_TypeError, "Expected an int as second argument to ldexp.");
    int overflow;
    int64_t e = int_as_i64_overflow(args[1], &overflow);
    if (overflow) e = overflow > 0 ? INT32_MAX : INT32_MIN;
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    if (x == 0.0 || !isfinite(x)) return float_from_double(t, x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(t);
    return float_from_double(t, r);
}

static Ref math_modf(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.modf", nargs, kw)) return REF_NULL;
    double x;
    if (!get_double(t, args[0], &x)) return REF_NULL;
    if (isinf(x)) return pair(t, float_from_double(t, copysign(0.0, x)), float_from_double(t, x));
    double ip;
    double fp = modf(x, &ip);
    return pair(t, float_from_double(t, fp), float_from_double(t, ip));
}

/* ---- floor, ceil, trunc ---------------------------------------------------------------- */

static Ref round_via(Thread *t, Ref x, Object *dunder, double (*fn)(double)) {
    if (float_check_exact(x)) return int_from_double(t, fn(float_value(x)));
    Ref m = obj_lookup_special(t, x, dunder);
    if (!ref_is_null(m)) {
        Ref r = obj_call0(t, m);
        ref_close(m);
        return r;
    }
    if (err_occurred(t)) return REF_NULL;
    double d;
    if (!get_double(t, x, &d)) return REF_NULL;
    return int_from_double(t, fn(d));
}

static Ref math_floor(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.floor", nargs, kw)) return REF_NULL;
    if (int_check_exact(args[0])) return ref_dup(args[0]);
    return round_via(t, args[0], ID(__floor__), floor);
}

static Ref math_ceil(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.ceil", nargs, kw)) return REF_NULL;
    if (int_check_exact(args[0])) return ref_dup(args[0]);
    return round_via(t, args[0], ID(__ceil__), ceil);
}

static Ref math_trunc(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.trunc", nargs, kw)) return REF_NULL;
    if (float_check_exact(args[0])) return int_from_double(t, trunc(float_value(args[0])));
    if (int_check_exact(args[0])) return ref_dup(args[0]);
    Ref m = obj_lookup_special(t, args[0], ID(__trunc__));
    if (ref_is_null(m)) {
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "type %s doesn't define __trunc__ method",
                          type_name(ref_type(args[0])));
    }
    Ref r = obj_call0(t, m);
    ref_close(m);
    return r;
}

/* ---- hypot, dist, fsum, prod ---------------------------------------------------------- */

/* sqrt(sum(v[i]**2)) with scaling (no spurious overflow/underflow) and a double-double
 * accumulation, so the result is correctly rounded in nearly all cases. */
static double vector_norm(const double *v, size_t n, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    /* Scaling by a power of two is exact, subnormals included (they scale up). */
    double acc_hi = 0.0, acc_lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -max_e);           /* exact: |x| < 1 */
        double p = x * x, pe = fma(x, x, -p);      /* x*x == p + pe exactly */
        double s = acc_hi + p, bb = s - acc_hi;    /* TwoSum */
        acc_lo += (acc_hi - (s - bb)) + (p - bb) + pe;
        acc_hi = s;
    }
    double sum = acc_hi + acc_lo, lo = acc_lo - (sum - acc_hi);
    double h = sqrt(sum);
    double r = fma(-h, h, sum) + lo;               /* residual of h*h vs. the true sum */
    h += r / (2.0 * h);
    return ldexp(h, max_e);
}

static Ref math_hypot(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, "hypot", kw)) return REF_NULL;
    double small[16];
    double *v = nargs <= 16 ? small : mem_alloc(t, nargs * sizeof(double));
    if (!v) return REF_NULL;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!get_double(t, args[i], &x)) {
            if (v != small) mem_free(v);
            return REF_NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(v, nargs, max, found_nan);
    if (v != small) mem_free(v);
    return float_from_double(t, r);
}

static Ref math_dist(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "dist", nargs, kw, 2, 2)) return REF_NULL;
    Object *p = tuple_from_iterable(t, args[0]);
    if (!p) return REF_NULL;
    Object *q = tuple_from_iterable(t, args[1]);
    if (!q) {
        obj_decref(p);
        return REF_NULL;
    }
    Ref res = REF_NULL;
    intptr_t n = tuple_size(p);
    double *v = NULL;
    if (n != tuple_size(q)) {
        err_set(t, &exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = mem_alloc(t, (size_t)(n ? n : 1) * sizeof(double));
    if (!v) goto done;
    double max = 0.0;
    bool found_nan = false;
    for (intptr_t i = 0; i < n; i++) {
        double a, b;
        if (!get_double(t, tuple_get(p, i), &a) || !get_double(t, tuple_get(q, i), &b)) goto done;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    res = float_from_double(t, vector_norm(v, (size_t)n, max, found_nan));
done:
    mem_free(v);
    obj_decref(p);
    obj_decref(q);
    return res;
}

/* Shewchuk's exact summation: the running sum is kept as non-overlapping partials; the
 * final rounding is corrected for the half-way case. */
static Ref math_fsum(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.fsum", nargs, kw)) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) return REF_NULL;
    size_t cap = 32, n = 0;
    double *partials = mem_alloc(t, cap * sizeof(double));
    Ref res = REF_NULL;
    if (!partials) goto done;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) {
            if (err_occurred(t)) goto done;
            break;
        }
        double x;
        bool ok = get_double(t, item, &x);
        ref_close(item);
        if (!ok) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = partials[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    err_set(t, &exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    cap *= 2;
                    double *np = mem_realloc(t, partials, cap * sizeof(double));
                    if (!np) goto done;
                    partials = np;
                }
                partials[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            err_set(t, &exc_ValueError, "-inf + inf in fsum");
            goto done;
        }
        res = float_from_double(t, special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = partials[--n];
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* Round half to even across the remaining partials. */
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    res = float_from_double(t, hi);
done:
    mem_free(partials);
    ref_close(it);
    return res;
}

static const char *const prod_names[] = {"", "start", NULL};
static const ArgSpec prod_spec = {"prod", prod_names, 1, 1};

static Ref math_prod(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (nargs == 0)
        return err_set(t, &exc_TypeError, "prod() takes exactly 1 positional argument (0 given)");
    Ref a[2];
    if (!args_parse(t, &prod_spec, args, nargs, kw, a)) return REF_NULL;
    Ref acc = ref_is_null(a[1]) ? ref_from_int(1) : ref_dup(a[1]);
    Ref it = obj_iter(t, a[0]);
    if (ref_is_null(it)) {
        ref_close(acc);
        return REF_NULL;
    }
    for (;;) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) {
            if (err_occurred(t)) {
                ref_close(acc);
                acc = REF_NULL;
            }
            break;
        }
        Ref r = obj_binop(t, acc, item, NB_MULTIPLY);
        ref_close(item);
        ref_close(acc);
        acc = r;
        if (ref_is_null(acc)) break;
    }
    ref_close(it);
    return acc;
}

/* ---- integer functions --------------------------------------------------------------- */

/* obj_index into an mpz the caller initialized; false on error. */
static bool get_mpz(Thread *t, Ref v, mpz_t out) {
    Ref i = obj_index(t, v);
    if (ref_is_null(i)) return false;
    int_to_mpz(i, out);
    ref_close(i);
    return true;
}

/* An Int with room for a product of `count` factors of at most `bits_each` bits:
 * MemoryError up front instead of GMP aborting half-way through. */
static Int *alloc_product(Thread *t, uint64_t count, uint64_t bits_each) {
    if (bits_each && count > INT_MAX_LIMBS * GMP_NUMB_BITS / bits_each) {
        err_no_memory(t);
        return NULL;
    }
    return int_alloc_limbs(t, count * bits_each / GMP_NUMB_BITS + 1);
}

static Ref math_factorial(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.factorial", nargs, kw)) return REF_NULL;
    Ref i = obj_index(t, args[0]);
    if (ref_is_null(i)) return REF_NULL;
    int overflow;
    int64_t n = int_as_i64_overflow(i, &overflow);
    ref_close(i);
    if (overflow > 0)
        return err_format(t, &exc_OverflowError, "factorial() argument should not exceed %lld",
                          (long long)INT64_MAX);
    if (overflow < 0 || n < 0)
        return err_set(t, &exc_ValueError, "factorial() not defined for negative values");
    Int *o = alloc_product(t, (uint64_t)n, n ? 64 - (uint64_t)__builtin_clzll((uint64_t)n) : 0);
    if (!o) return REF_NULL;
    mpz_fac_ui(o->z, (unsigned long)n);
    return int_normalize(t, o);
}

static Ref math_gcd_lcm(Thread *t, const Ref *args, size_t nargs, Object *kw, bool lcm) {
    if (!args_no_kw(t, lcm ? "lcm" : "gcd", kw)) return REF_NULL;
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_set_ui(o->z, lcm ? 1 : 0);
    mpz_t x;
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        if (!get_mpz(t, args[i], x)) {
            mpz_clear(x);
            obj_decref(&o->ob);
            return REF_NULL;
        }
        if (lcm) mpz_lcm(o->z, o->z, x);
        else mpz_gcd(o->z, o->z, x);
    }
    mpz_clear(x);
    return int_normalize(t, o);
}

static Ref math_gcd(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return math_gcd_lcm(t, args, nargs, kw, false);
}

static Ref math_lcm(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return math_gcd_lcm(t, args, nargs, kw, true);
}

static Ref math_isqrt(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "math.isqrt", nargs, kw)) return REF_NULL;
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    if (!get_mpz(t, args[0], o->z)) {
        obj_decref(&o->ob);
        return REF_NULL;
    }
    if (mpz_sgn(o->z) < 0) {
        obj_decref(&o->ob);
        return err_set(t, &exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(o->z, o->z);
    return int_normalize(t, o);
}

/* comb and perm share argument handling: n, k as mpz; errors as CPython's. */
static Ref comb_perm(Thread *t, Ref nv, Ref kv, bool perm) {
    mpz_t n, k, m;
    mpz_inits(n, k, m, NULL);
    Ref res = REF_NULL;
    if (!get_mpz(t, nv, n) || !get_mpz(t, kv, k)) goto done;
    if (mpz_sgn(n) < 0) {
        err_set(t, &exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (mpz_sgn(k) < 0) {
        err_set(t, &exc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    if (mpz_cmp(k, n) > 0) {
        res = ref_from_int(0);
        goto done;
    }
    mpz_sub(m, n, k);
    if (!perm && mpz_cmp(m, k) < 0) mpz_set(m, k); /* m = max(k, n-k); min is n - m */
    mpz_t lo;
    mpz_init(lo);
    if (perm) mpz_set(lo, k);
    else mpz_sub(lo, n, m);                       /* min(k, n-k) */
    if (!mpz_fits_slong_p(lo)) {
        mpz_clear(lo);
        err_format(t, &exc_OverflowError, "%s must not exceed %lld",
                   perm ? "k" : "min(n - k, k)", (long long)INT64_MAX);
        goto done;
    }
    unsigned long kk = mpz_get_ui(lo);
    mpz_clear(lo);
    Int *o = alloc_product(t, kk, mpz_sizeinbase(n, 2));
    if (!o) goto done;
    if (perm) {
        /* n * (n-1) * ... * (n-k+1) */
        mpz_t f;
        mpz_init(f);
        mpz_set_ui(o->z, 1);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_sub_ui(f, n, i);
            mpz_mul(o->z, o->z, f);
        }
        mpz_clear(f);
    } else if (mpz_fits_ulong_p(n)) {
        mpz_bin_uiui(o->z, mpz_get_ui(n), kk);
    } else {
        mpz_bin_ui(o->z, n, kk);
    }
    res = int_normalize(t, o);
done:
    mpz_clears(n, k, m, NULL);
    return res;
}

static Ref math_comb(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "comb", nargs, kw, 2, 2)) return REF_NULL;
    return comb_perm(t, args[0], args[1], false);
}

static Ref math_perm(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "perm", nargs, kw, 1, 2)) return REF_NULL;
    if (nargs == 1 || ref_is_none(args[1])) {
        Ref n = obj_index(t, args[0]);
        if (ref_is_null(n)) return REF_NULL;
        if (int_sign(n) < 0) {
            ref_close(n);
            return err_set(t, &exc_ValueError, "n must be a non-negative integer");
        }
        Ref r = math_factorial(t, self, &n, 1, NULL);
        ref_close(n);
        return r;
    }
    return comb_perm(t, args[0], args[1], true);
}

/* ---- the module ---------------------------------------------------------------------- */

static const MethodDef math_methods[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL},
};

static int add_float(Thread *t, Object *m, const char *name, double v) {
    Ref f = float_from_double(t, v);
    if (ref_is_null(f)) return -1;
    int r = module_add_ref(t, m, name, f);
    ref_close(f);
    return r;
}

Object *math_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "math");
    if (!m) return NULL;
    if (module_add_functions(t, m, math_methods) < 0 || add_float(t, m, "pi", M_PI) < 0 ||
        add_float(t, m, "e", M_E) < 0 || add_float(t, m, "tau", 2.0 * M_PI) < 0 ||
        add_float(t, m, "inf", HUGE_VAL) < 0 || add_float(t, m, "nan", NAN) < 0) {
        obj_decref(m);
        return NULL;
    }
    Object *doc = str_from_cstr(t, "This module provides access to the mathematical functions\n"
                                   "defined by the C standard.");
    int rc = doc ? module_add_ref(t, m, "__doc__", ref_from_obj(doc)) : -1;
    obj_xdecref(doc);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
