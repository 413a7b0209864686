/* _datetime.timedelta: a duration in days, seconds and microseconds. Arithmetic works on
 * the total of microseconds (128-bit: the range needs 67 bits); products and quotients
 * with floats and ints go through GMP, exactly, with CPython's round-half-even. */
#include <math.h>

#include <stdio.h>
#include <string.h>
#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

bool delta_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &timedelta_type); }

static Ref delta_alloc(Thread *t, Type *type, int32_t days, int32_t seconds, int32_t us) {
    TimeDelta *d = (TimeDelta *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    d->days = days, d->seconds = seconds, d->us = us;
    return ref_from_obj(&d->ob);
}

/* Normalizes a total of microseconds into days/seconds/us with CPython's range errors. */
static Ref delta_from_us_type(Thread *t, Type *type, dt_i128 total) {
    dt_i128 sec = total / DT_US_PER_SECOND, us = total % DT_US_PER_SECOND;
    if (us < 0) us += DT_US_PER_SECOND, sec--;
    dt_i128 days = sec / 86400, s = sec % 86400;
    if (s < 0) s += 86400, days--;
    if (days > INT32_MAX || days < INT32_MIN)
        return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    if (days > DT_MAX_DAYS || days < -DT_MAX_DAYS)
        return err_format(t, &exc_OverflowError, "days=%d; must have magnitude <= %d", (int)days,
                          DT_MAX_DAYS);
    return delta_alloc(t, type, (int32_t)days, (int32_t)s, (int32_t)us);
}

Ref delta_from_us(Thread *t, dt_i128 total) { return delta_from_us_type(t, &timedelta_type, total); }

/* ---- 128-bit totals <-> Python ints ---------------------------------------------------- */

static void i128_to_mpz(mpz_t z, dt_i128 v) {
    bool neg = v < 0;
    unsigned __int128 m = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    mpz_set_ui(z, (unsigned long)(m >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)m);
    if (neg) mpz_neg(z, z);
}

/* z to 128 bits; false when it needs more than 120 (no result can come of it then). */
static bool mpz_to_i128(mpz_srcptr z, dt_i128 *out) {
    if (mpz_sizeinbase(z, 2) > 120) return false;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    unsigned __int128 lo = mpz_get_ui(a);
    mpz_tdiv_q_2exp(a, a, 64);
    unsigned __int128 m = ((unsigned __int128)mpz_get_ui(a) << 64) | (uint64_t)lo;
    mpz_clear(a);
    *out = mpz_sgn(z) < 0 ? -(dt_i128)m : (dt_i128)m;
    return true;
}

static Ref int_from_i128(Thread *t, dt_i128 v) {
    if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(t, (int64_t)v);
    mpz_t z;
    mpz_init(z);
    i128_to_mpz(z, v);
    Ref r = int_from_mpz(t, z);
    mpz_clear(z);
    return r;
}

/* The value of int r as 128 bits; false when it is too large for any timedelta. */
static bool int_to_i128(Ref r, dt_i128 *out) {
    int overflow;
    int64_t v = int_as_i64_overflow(r, &overflow);
    if (!overflow) {
        *out = v;
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(r, z);
    bool ok = mpz_to_i128(z, out);
    mpz_clear(z);
    return ok;
}

static Ref too_large(Thread *t) {
    return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
}

/* q = round(num / den) with ties to even; den != 0. */
static void divide_nearest(mpz_t q, mpz_srcptr num, mpz_srcptr den) {
    mpz_t r, twice;
    mpz_inits(r, twice, NULL);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmpabs(twice, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clears(r, twice, NULL);
}

static Ref delta_from_mpz(Thread *t, mpz_srcptr z) {
    dt_i128 v;
    if (!mpz_to_i128(z, &v)) return too_large(t);
    return delta_from_us(t, v);
}

/* float x as the exact ratio num/den (den a power of two), with as_integer_ratio's errors. */
static int float_ratio(Thread *t, double x, mpz_t num, mpz_t den) {
    if (isnan(x)) {
        err_set(t, &exc_ValueError, "cannot convert NaN to integer ratio");
        return -1;
    }
    if (isinf(x)) {
        err_set(t, &exc_OverflowError, "cannot convert Infinity to integer ratio");
        return -1;
    }
    int e;
    double m = frexp(x, &e);
    m = ldexp(m, 53);
    e -= 53;
    mpz_set_d(num, m);
    mpz_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    return 0;
}

/* us * num / den rounded (den > 0 or < 0, not 0). */
static Ref delta_scaled(Thread *t, dt_i128 us, mpz_srcptr num, mpz_srcptr den) {
    mpz_t a, q;
    mpz_inits(a, q, NULL);
    i128_to_mpz(a, us);
    mpz_mul(a, a, num);
    divide_nearest(q, a, den);
    Ref r = delta_from_mpz(t, q);
    mpz_clears(a, q, NULL);
    return r;
}

/* ---- construction ----------------------------------------------------------------------- */

/* One constructor argument times its factor in microseconds, added to *sum; the fraction
 * of a microsecond a float leaves goes to *leftover (CPython's order and rounding). */
static int accumulate(Thread *t, const char *name, Ref v, int64_t factor, dt_i128 *sum,
                      double *leftover) {
    if (int_check(v)) {
        dt_i128 x;
        if (!int_to_i128(v, &x) || x > ((dt_i128)1 << 80) || x < -((dt_i128)1 << 80)) {
            too_large(t);
            return -1;
        }
        *sum += x * factor;
        return 0;
    }
    if (float_check(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            err_set(t, &exc_ValueError, "cannot convert float NaN to integer");
            return -1;
        }
        if (isinf(d)) {
            err_set(t, &exc_OverflowError, "cannot convert float infinity to integer");
            return -1;
        }
        double whole;
        double frac = modf(d, &whole);
        if (fabs(whole) > 0x1p80) {
            too_large(t);
            return -1;
        }
        *sum += (dt_i128)whole * factor;
        if (frac == 0.0) return 0;
        frac = modf((double)factor * frac, &whole);
        *sum += (dt_i128)whole;
        *leftover += frac;
        return 0;
    }
    err_format(t, &exc_TypeError, "unsupported type for timedelta %s component: %T", name, v);
    return -1;
}

static Ref delta_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"days",  "seconds", "microseconds", "milliseconds",
                                        "minutes", "hours", "weeks",        NULL};
    const ArgSpec spec = {"__new__", names, 0, -1};
    Ref v[7];
    if (!args_parse(t, &spec, args, nargs, kwnames, v)) return REF_NULL;
    /* CPython's accumulation order: microseconds first, weeks last. */
    static const int order[7] = {2, 3, 1, 4, 5, 0, 6};
    static const int64_t factors[7] = {INT64_C(86400000000), 1000000, 1, 1000, 60000000,
                                       INT64_C(3600000000), INT64_C(604800000000)};
    dt_i128 sum = 0;
    double leftover = 0.0;
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        if (!ref_is_null(v[i]) && accumulate(t, names[i], v[i], factors[i], &sum, &leftover) < 0)
            return REF_NULL;
    }
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            /* halfway: round the total to even */
            int odd = (int)(sum & 1);
            whole = 2.0 * round((leftover + odd) * 0.5) - odd;
        }
        sum += (dt_i128)whole;
    }
    return delta_from_us_type(t, type, sum);
}

/* ---- arithmetic ------------------------------------------------------------------------- */

static Ref delta_add(Thread *t, Ref a, Ref b) {
    if (!delta_check(a) || !delta_check(b)) return REF_NOTIMPLEMENTED;
    return delta_from_us(t, delta_to_us(as_delta(a)) + delta_to_us(as_delta(b)));
}

static Ref delta_sub(Thread *t, Ref a, Ref b) {
    if (!delta_check(a) || !delta_check(b)) return REF_NOTIMPLEMENTED;
    return delta_from_us(t, delta_to_us(as_delta(a)) - delta_to_us(as_delta(b)));
}

static Ref delta_neg(Thread *t, Ref a) { return delta_from_us(t, -delta_to_us(as_delta(a))); }
static Ref delta_pos(Thread *t, Ref a) { return delta_from_us(t, delta_to_us(as_delta(a))); }
static Ref delta_abs(Thread *t, Ref a) {
    dt_i128 us = delta_to_us(as_delta(a));
    return delta_from_us(t, us < 0 ? -us : us);
}

static Ref delta_mul(Thread *t, Ref a, Ref b) {
    Ref d = delta_check(a) ? a : b, other = delta_check(a) ? b : a;
    dt_i128 us = delta_to_us(as_delta(d));
    if (int_check(other)) {
        dt_i128 n;
        if (ref_is_int(other) && ref_int(other) > -(INT64_C(1) << 40) &&
            ref_int(other) < (INT64_C(1) << 40))
            return delta_from_us(t, us * ref_int(other));
        if (!int_to_i128(other, &n)) return too_large(t);
        mpz_t num, den;
        mpz_inits(num, den, NULL);
        i128_to_mpz(num, n);
        mpz_set_ui(den, 1);
        Ref r = delta_scaled(t, us, num, den);
        mpz_clears(num, den, NULL);
        return r;
    }
    if (float_check(other)) {
        mpz_t num, den;
        mpz_inits(num, den, NULL);
        Ref r = REF_NULL;
        if (float_ratio(t, float_value(other), num, den) == 0) r = delta_scaled(t, us, num, den);
        mpz_clears(num, den, NULL);
        return r;
    }
    return REF_NOTIMPLEMENTED;
}

static Ref zero_division(Thread *t, const char *msg) { return err_set(t, &exc_ZeroDivisionError, msg); }

static Ref delta_truediv(Thread *t, Ref a, Ref b) {
    if (!delta_check(a)) return REF_NOTIMPLEMENTED;
    dt_i128 us = delta_to_us(as_delta(a));
    if (delta_check(b)) {
        dt_i128 div = delta_to_us(as_delta(b));
        if (div == 0) return zero_division(t, "division by zero");
        Ref x = int_from_i128(t, us), y = int_from_i128(t, div);
        Ref r = ref_is_null(x) || ref_is_null(y) ? REF_NULL : int_true_divide(t, x, y);
        ref_close(x), ref_close(y);
        return r;
    }
    if (!int_check(b) && !float_check(b)) return REF_NOTIMPLEMENTED;
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    Ref r = REF_NULL;
    int rc = 0;
    if (int_check(b)) {
        mpz_set_ui(num, 1);
        int_to_mpz(b, den);
    } else {
        /* us / (n/d) = us * d / n */
        rc = float_ratio(t, float_value(b), den, num);
    }
    if (rc == 0) {
        if (mpz_sgn(den) == 0) zero_division(t, "integer division or modulo by zero");
        else r = delta_scaled(t, us, num, den);
    }
    mpz_clears(num, den, NULL);
    return r;
}

/* Floor division and remainder of 128-bit values (b != 0). */
static dt_i128 floor_div(dt_i128 a, dt_i128 b) {
    dt_i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static Ref delta_floordiv(Thread *t, Ref a, Ref b) {
    if (!delta_check(a)) return REF_NOTIMPLEMENTED;
    dt_i128 us = delta_to_us(as_delta(a));
    if (delta_check(b)) {
        dt_i128 div = delta_to_us(as_delta(b));
        if (div == 0) return zero_division(t, "integer division or modulo by zero");
        return int_from_i128(t, floor_div(us, div));
    }
    if (!int_check(b)) return REF_NOTIMPLEMENTED;
    dt_i128 n;
    if (!int_to_i128(b, &n)) {
        /* |b| beyond any total: the quotient is 0, or -1 when the signs differ */
        bool differ = us != 0 && (us < 0) != (int_sign(b) < 0);
        return delta_from_us(t, differ ? -1 : 0);
    }
    if (n == 0) return zero_division(t, "integer division or modulo by zero");
    return delta_from_us(t, floor_div(us, n));
}

static Ref delta_mod(Thread *t, Ref a, Ref b) {
    if (!delta_check(a) || !delta_check(b)) return REF_NOTIMPLEMENTED;
    dt_i128 us = delta_to_us(as_delta(a)), div = delta_to_us(as_delta(b));
    if (div == 0) return zero_division(t, "integer modulo by zero");
    return delta_from_us(t, us - floor_div(us, div) * div);
}

static Ref delta_divmod_values(Thread *t, Ref a, Ref b) {
    if (!delta_check(a) || !delta_check(b)) return REF_NOTIMPLEMENTED;
    dt_i128 us = delta_to_us(as_delta(a)), div = delta_to_us(as_delta(b));
    if (div == 0) return zero_division(t, "integer division or modulo by zero");
    dt_i128 q = floor_div(us, div);
    Ref qr = int_from_i128(t, q);
    if (ref_is_null(qr)) return REF_NULL;
    Ref rr = delta_from_us(t, us - q * div);
    if (ref_is_null(rr)) {
        ref_close(qr);
        return REF_NULL;
    }
    Ref items[2] = {qr, rr};
    Object *tup = tuple_from_array_steal(t, items, 2);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

static Ref td_divmod(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__divmod__", nargs, kw)) return REF_NULL;
    return delta_divmod_values(t, self, args[0]);
}

static Ref td_rdivmod(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__rdivmod__", nargs, kw)) return REF_NULL;
    return delta_divmod_values(t, args[0], self);
}

/* ---- comparison, hashing, text ---------------------------------------------------------- */

static Ref delta_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!delta_check(b)) return REF_NOTIMPLEMENTED;
    dt_i128 x = delta_to_us(as_delta(a)), y = delta_to_us(as_delta(b));
    int c = x < y ? -1 : x > y;
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return ref_from_bool(r);
}

/* hash((days, seconds, us)), as CPython's. */
static int64_t delta_hash(Thread *t, Ref self) {
    TimeDelta *d = as_delta(self);
    Ref items[3] = {ref_from_int(d->days), ref_from_int(d->seconds), ref_from_int(d->us)};
    Object *tup = tuple_from_array(t, items, 3);
    if (!tup) return -1;
    int64_t h = obj_hash(t, ref_from_obj(tup));
    obj_decref(tup);
    return h;
}

static int delta_bool(Thread *t, Ref self) {
    TimeDelta *d = as_delta(self);
    return d->days != 0 || d->seconds != 0 || d->us != 0;
}

static Ref delta_repr(Thread *t, Ref self) {
    TimeDelta *d = as_delta(self);
    char buf[96];
    int n = 0;
    if (d->days) n += snprintf(buf + n, sizeof buf - (size_t)n, "days=%d", (int)d->days);
    if (d->seconds)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%sseconds=%d", n ? ", " : "", (int)d->seconds);
    if (d->us)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%smicroseconds=%d", n ? ", " : "", (int)d->us);
    if (!n) snprintf(buf, sizeof buf, "0");
    Object *s = str_from_format(t, "%s(%s)", ref_type(self)->tp_name, buf);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref delta_str(Thread *t, Ref self) {
    TimeDelta *d = as_delta(self);
    char buf[80];
    int n = 0;
    if (d->days)
        n = snprintf(buf, sizeof buf, "%d day%s, ", (int)d->days,
                     d->days == 1 || d->days == -1 ? "" : "s");
    n += snprintf(buf + n, sizeof buf - (size_t)n, "%d:%02d:%02d", (int)d->seconds / 3600,
                  (int)d->seconds / 60 % 60, (int)d->seconds % 60);
    if (d->us) n += snprintf(buf + n, sizeof buf - (size_t)n, ".%06d", (int)d->us);
    Object *s = str_from_ascii(t, buf, n);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref td_total_seconds(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "total_seconds", nargs, kw)) return REF_NULL;
    dt_i128 us = delta_to_us(as_delta(self));
    if (us < ((dt_i128)1 << 53) && us > -((dt_i128)1 << 53))
        return float_from_double(t, (double)us / 1e6);
    Ref x = int_from_i128(t, us);
    if (ref_is_null(x)) return REF_NULL;
    Ref r = int_true_divide(t, x, ref_from_int(1000000));
    ref_close(x);
    return r;
}

static Ref td_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    TimeDelta *d = as_delta(self);
    Object *state = tuple_pack(t, 3, ref_from_int(d->days), ref_from_int(d->seconds),
                               ref_from_int(d->us));
    if (!state) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_from_obj((Object *)ref_type(self)), ref_from_obj(state));
    obj_decref(state);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref td_get_days(Thread *t, Ref self, void *c) { return ref_from_int(as_delta(self)->days); }
static Ref td_get_seconds(Thread *t, Ref self, void *c) { return ref_from_int(as_delta(self)->seconds); }
static Ref td_get_us(Thread *t, Ref self, void *c) { return ref_from_int(as_delta(self)->us); }

static const MethodDef delta_methods[] = {
    {"total_seconds", td_total_seconds, 0, "Total seconds in the duration."},
    {"__reduce__", td_reduce, 0, "__reduce__() -> (cls, state)"},
    {"__divmod__", td_divmod, 0, NULL},
    {"__rdivmod__", td_rdivmod, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef delta_getsets[] = {
    {"days", td_get_days, NULL, "Number of days.", NULL},
    {"seconds", td_get_seconds, NULL, "Number of seconds (>= 0 and less than 1 day).", NULL},
    {"microseconds", td_get_us, NULL, "Number of microseconds (>= 0 and less than 1 second).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type timedelta_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.timedelta",
    .tp_basicsize = sizeof(TimeDelta),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Difference between two datetime values.\n\n"
              "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
              "All arguments are optional and default to 0.\n"
              "Arguments may be integers or floats, and may be positive or negative.",
    .tp_free = obj_free,
    .new_ = delta_tp_new,
    .repr = delta_repr,
    .str = delta_str,
    .hash = delta_hash,
    .richcompare = delta_richcompare,
    .bool_ = delta_bool,
    .neg = delta_neg,
    .pos = delta_pos,
    .abs = delta_abs,
    .nb = {[NB_ADD] = delta_add, [NB_SUBTRACT] = delta_sub, [NB_MULTIPLY] = delta_mul,
           [NB_TRUE_DIVIDE] = delta_truediv, [NB_FLOOR_DIVIDE] = delta_floordiv,
           [NB_REMAINDER] = delta_mod},
    .methods = delta_methods,
    .getsets = delta_getsets,
};

#define DELTA_CONST(d, s, u) {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &timedelta_type}, .days = d, .seconds = s, .us = u}
TimeDelta delta_zero_obj = DELTA_CONST(0, 0, 0);
TimeDelta delta_min_obj = DELTA_CONST(-DT_MAX_DAYS, 0, 0);
TimeDelta delta_max_obj = DELTA_CONST(DT_MAX_DAYS, 86399, 999999);
TimeDelta delta_resolution_obj = DELTA_CONST(0, 0, 1);
TimeDelta delta_one_day_obj = DELTA_CONST(1, 0, 0);
#undef DELTA_CONST
