/* _datetime: POSIX timestamps and the local time zone (localtime_r/gmtime_r), as
 * CPython's: fromtimestamp/utcfromtimestamp/now/utcnow/today, date.fromtimestamp and the
 * timestamp of a naive datetime, with PEP 495's fold found by probing a day either side.
 * Times are counted in seconds since 0001-01-01T00:00 ("utc seconds"). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

#define EPOCH_SECONDS (INT64_C(719163) * 86400)
#define MAX_FOLD_SECONDS 86400

static Ref time_t_overflow(Thread *t) {
    return err_set(t, &exc_OverflowError, "timestamp out of range for platform time_t");
}

/* Seconds of a broken-down time; ValueError outside years 0..10000. */
static int utc_to_seconds(Thread *t, int y, int m, int d, int hh, int mm, int ss, int64_t *out) {
    if (y < 0 || y > 10000) {
        err_format(t, &exc_ValueError, "year %d is out of range", y);
        return -1;
    }
    *out = ((dt_ymd_to_ord(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss;
    return 0;
}

/* localtime_r or gmtime_r, with OSError on failure. */
static int broken_down(Thread *t, bool local, int64_t secs, struct tm *tm) {
    time_t tt = (time_t)secs;
    errno = 0;
    if ((local ? localtime_r(&tt, tm) : gmtime_r(&tt, tm)) == NULL) {
        if (errno == 0) errno = EINVAL;
        err_from_errno(t, &exc_OSError, NULL);
        return -1;
    }
    return 0;
}

/* The local wall clock, in utc seconds, at utc seconds u. */
static int local_at(Thread *t, int64_t u, int64_t *out) {
    struct tm tm;
    if (broken_down(t, true, u - EPOCH_SECONDS, &tm) < 0) return -1;
    return utc_to_seconds(t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                          tm.tm_sec, out);
}

/* cls(..., fold=1) for subclasses when fold is set, as CPython's fromtimestamp. */
static Ref make_with_fold(Thread *t, Type *cls, int f[7], Ref tz, int fold) {
    if (cls == &datetime_type || !fold)
        return datetime_make(t, cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, fold);
    Object *name = str_intern_cstr(t, "fold");
    if (!name) return REF_NULL;
    Object *kwnames = tuple_pack(t, 1, ref_from_obj(name));
    obj_decref(name);
    if (!kwnames) return REF_NULL;
    Ref args[9] = {ref_from_int(f[0]), ref_from_int(f[1]), ref_from_int(f[2]), ref_from_int(f[3]),
                   ref_from_int(f[4]), ref_from_int(f[5]), ref_from_int(f[6]), tz, ref_from_int(1)};
    Ref r = obj_call(t, ref_from_obj((Object *)cls), args, 8, kwnames);
    obj_decref(kwnames);
    return r;
}

/* A datetime of cls from whole seconds since 1970 and microseconds: local time (with its
 * fold) when `local`, else UTC; tz is attached as it is. */
static Ref from_timet(Thread *t, Type *cls, bool local, int64_t secs, int us, Ref tz) {
    struct tm tm;
    if (broken_down(t, local, secs, &tm) < 0) return REF_NULL;
    int f[7] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                tm.tm_sec > 59 ? 59 : tm.tm_sec, us};
    int fold = 0;
    if (local && ref_is_none(tz)) {
        /* a repeated wall time is the second one (fold=1) when a day earlier the clock
         * was further ahead and going back by the difference lands on the same time */
        int64_t result, probe;
        if (utc_to_seconds(t, f[0], f[1], f[2], f[3], f[4], f[5], &result) < 0 ||
            local_at(t, EPOCH_SECONDS + secs - MAX_FOLD_SECONDS, &probe) < 0)
            return REF_NULL;
        int64_t transition = result - probe - MAX_FOLD_SECONDS;
        if (transition < 0) {
            if (local_at(t, EPOCH_SECONDS + secs + transition, &probe) < 0) return REF_NULL;
            fold = probe == result;
        }
    }
    /* the C types are allocated unchecked; a subclass's constructor checks */
    if (!type_has_flag(cls, TPFLAG_HEAPTYPE) && dt_check_date(t, f[0], f[1], f[2]) < 0) return REF_NULL;
    return make_with_fold(t, cls, f, tz, fold);
}

/* A timestamp argument as whole seconds and microseconds (rounded half to even), or, when
 * us is NULL, as whole seconds rounded down. */
static int timestamp_arg(Thread *t, Ref v, int64_t *secs, int *us) {
    if (float_check(v)) {
        double d = float_value(v);
        if (isnan(d)) {
            err_set(t, &exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double whole;
        if (us) {
            double frac = modf(d, &whole) * 1e6;
            double r = round(frac);
            if (fabs(frac - r) == 0.5) r = 2.0 * round(frac / 2.0);
            if (r >= 1e6) r -= 1e6, whole += 1.0;
            else if (r < 0) r += 1e6, whole -= 1.0;
            *us = (int)r;
        } else {
            whole = floor(d);
        }
        if (!(whole >= -9223372036854775808.0 && whole < 9223372036854775808.0)) {
            time_t_overflow(t);
            return -1;
        }
        *secs = (int64_t)whole;
        return 0;
    }
    Ref i = obj_index(t, v);
    if (ref_is_null(i)) return -1;
    int overflow;
    *secs = int_as_i64_overflow(i, &overflow);
    ref_close(i);
    if (overflow) {
        time_t_overflow(t);
        return -1;
    }
    if (us) *us = 0;
    return 0;
}

/* tz.fromutc(dt) for an aware result; steals dt. */
static Ref attach_fromutc(Thread *t, Ref dt, Ref tz) {
    if (ref_is_null(dt) || ref_is_none(tz)) return dt;
    Object *name = str_intern_cstr(t, "fromutc");
    Ref r = name ? obj_call_method(t, tz, name, &dt, 1) : REF_NULL;
    obj_xdecref(name);
    ref_close(dt);
    return r;
}

Ref dt_datetime_fromtimestamp(Thread *t, Ref cls, Ref stamp, Ref tz) {
    if (dt_check_tzinfo(t, tz) < 0) return REF_NULL;
    int64_t secs;
    int us;
    if (timestamp_arg(t, stamp, &secs, &us) < 0) return REF_NULL;
    Ref dt = from_timet(t, (Type *)ref_obj(cls), ref_is_none(tz), secs, us, tz);
    return attach_fromutc(t, dt, tz);
}

Ref dt_datetime_utcfromtimestamp(Thread *t, Ref cls, Ref stamp) {
    int64_t secs;
    int us;
    if (timestamp_arg(t, stamp, &secs, &us) < 0) return REF_NULL;
    return from_timet(t, (Type *)ref_obj(cls), false, secs, us, REF_NONE);
}

/* now(tz) and utcnow(): the system clock, microseconds rounded down. */
Ref dt_datetime_now(Thread *t, Ref cls, Ref tz, bool utc) {
    if (dt_check_tzinfo(t, tz) < 0) return REF_NULL;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    Ref dt = from_timet(t, (Type *)ref_obj(cls), !utc && ref_is_none(tz), (int64_t)ts.tv_sec,
                        (int)(ts.tv_nsec / 1000), tz);
    return attach_fromutc(t, dt, tz);
}

Ref dt_date_fromtimestamp(Thread *t, Ref cls, Ref stamp) {
    int64_t secs;
    struct tm tm;
    if (timestamp_arg(t, stamp, &secs, NULL) < 0 || broken_down(t, true, secs, &tm) < 0)
        return REF_NULL;
    int y = tm.tm_year + 1900, m = tm.tm_mon + 1, d = tm.tm_mday;
    Type *type = (Type *)ref_obj(cls);
    if (!type_has_flag(type, TPFLAG_HEAPTYPE) && dt_check_date(t, y, m, d) < 0) return REF_NULL;
    return date_make(t, type, y, m, d);
}

/* cls.fromtimestamp(time.time()), through the (possibly overridden) class method. */
Ref dt_date_today(Thread *t, Ref cls) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    Ref now = float_from_double(t, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
    if (ref_is_null(now)) return REF_NULL;
    Object *name = str_intern_cstr(t, "fromtimestamp");
    Ref r = name ? obj_call_method(t, cls, name, &now, 1) : REF_NULL;
    obj_xdecref(name);
    ref_close(now);
    return r;
}

/* The POSIX time of a naive local datetime: solves local(u) == t for u, taking the
 * earlier (fold=0) or later (fold=1) solution in a fold and the one past the gap. */
Ref dt_naive_timestamp(Thread *t, Ref self) {
    DateTime *o = as_datetime(self);
    int64_t wall, lt, t1, t2, b;
    if (utc_to_seconds(t, o->date.year, o->date.month, o->date.day, o->hour, o->minute, o->second,
                       &wall) < 0 ||
        local_at(t, wall, &lt) < 0)
        return REF_NULL;
    int64_t a = lt - wall;
    int64_t u1 = wall - a, u2;
    if (local_at(t, u1, &t1) < 0) return REF_NULL;
    int64_t result;
    if (t1 == wall) {
        u2 = u1 + (o->fold ? MAX_FOLD_SECONDS : -MAX_FOLD_SECONDS);
        if (local_at(t, u2, &lt) < 0) return REF_NULL;
        b = lt - u2;
        if (a == b) {
            result = u1;
            goto done;
        }
    } else {
        b = t1 - u1;
    }
    u2 = wall - b;
    if (local_at(t, u2, &t2) < 0) return REF_NULL;
    if (t2 == wall) result = u2;
    else if (t1 == wall) result = u1;
    else result = o->fold ? (u1 < u2 ? u1 : u2) : (u1 > u2 ? u1 : u2);
done:
    return float_from_double(t, (double)(result - EPOCH_SECONDS) + o->us / 1e6);
}
