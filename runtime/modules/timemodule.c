/* The time module: clocks, sleep, and broken-down time (struct_time, strftime). */
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "modules/modules.h"
#include "objects/structseq.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static const MemberDef struct_time_fields[] = {
    STRUCTSEQ_FIELD(0, "tm_year", NULL), STRUCTSEQ_FIELD(1, "tm_mon", NULL),
    STRUCTSEQ_FIELD(2, "tm_mday", NULL), STRUCTSEQ_FIELD(3, "tm_hour", NULL),
    STRUCTSEQ_FIELD(4, "tm_min", NULL), STRUCTSEQ_FIELD(5, "tm_sec", NULL),
    STRUCTSEQ_FIELD(6, "tm_wday", NULL), STRUCTSEQ_FIELD(7, "tm_yday", NULL),
    STRUCTSEQ_FIELD(8, "tm_isdst", NULL), STRUCTSEQ_FIELD(9, "tm_zone", NULL),
    STRUCTSEQ_FIELD(10, "tm_gmtoff", NULL), {NULL, 0, 0, 0, NULL}};
/* 9 items; tm_zone and tm_gmtoff are attributes only, as in CPython */
#define STRUCT_TIME_ITEMS 9
static Ref struct_time_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw);
Type time_struct_time_type = {
    TYPE_HEAD_INIT,
    .tp_name = "time.struct_time",
    .tp_basicsize = sizeof(Tuple),
    .tp_itemsize = sizeof(Ref),
    .tp_base = &tuple_type,
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS,
    .tp_dealloc = structseq_dealloc,
    .repr = structseq_repr,
    .new_ = struct_time_new,
    .members = struct_time_fields,
};

/* time.struct_time(seq): 9 items, optionally followed by tm_zone and tm_gmtoff. */
static Ref struct_time_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "struct_time", nargs, kw, 1, 2)) return REF_NULL;
    Object *seq = tuple_from_iterable(t, args[0]);
    if (!seq) return REF_NULL;
    intptr_t n = tuple_size(seq);
    if (n < STRUCT_TIME_ITEMS || n > 11) {
        err_format(t, &exc_TypeError, "time.struct_time() takes an %s (%zd-sequence given)",
                   n < STRUCT_TIME_ITEMS ? "at least 9-sequence" : "at most 11-sequence", n);
        obj_decref(seq);
        return REF_NULL;
    }
    Ref v[11];
    for (intptr_t i = 0; i < 11; i++) v[i] = i < n ? tuple_get(seq, i) : REF_NONE;
    Object *st = structseq_new_visible(t, type, v, STRUCT_TIME_ITEMS);
    obj_decref(seq);
    return ref_from_obj(st);
}

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Ref clock_ns(Thread *t, clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64(t, (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

FN(time_time) {
    if (!args_none(t, "time", nargs, kw)) return REF_NULL;
    return float_from_double(t, clock_seconds(CLOCK_REALTIME));
}
FN(time_time_ns) {
    if (!args_none(t, "time_ns", nargs, kw)) return REF_NULL;
    return clock_ns(t, CLOCK_REALTIME);
}
FN(time_monotonic) {
    if (!args_none(t, "monotonic", nargs, kw)) return REF_NULL;
    return float_from_double(t, clock_seconds(CLOCK_MONOTONIC));
}
FN(time_monotonic_ns) {
    if (!args_none(t, "monotonic_ns", nargs, kw)) return REF_NULL;
    return clock_ns(t, CLOCK_MONOTONIC);
}
FN(time_process_time) {
    if (!args_none(t, "process_time", nargs, kw)) return REF_NULL;
    return float_from_double(t, clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}
FN(time_process_time_ns) {
    if (!args_none(t, "process_time_ns", nargs, kw)) return REF_NULL;
    return clock_ns(t, CLOCK_PROCESS_CPUTIME_ID);
}
FN(time_thread_time) {
    if (!args_none(t, "thread_time", nargs, kw)) return REF_NULL;
    return float_from_double(t, clock_seconds(CLOCK_THREAD_CPUTIME_ID));
}

FN(time_sleep) {
    if (!args_one(t, "sleep", nargs, kw)) return REF_NULL;
    if (!int_check(args[0]) && !ref_type_is(args[0], &float_type))
        return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    double secs = float_as_double(t, args[0]);
    if (secs == -1.0 && err_occurred(t)) return REF_NULL;
    if (isnan(secs)) return err_set(t, &exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return err_set(t, &exc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)}, rem;
    for (;;) {
        thread_release(t);
        int rc = nanosleep(&req, &rem);
        int e = errno;
        thread_reacquire(t);
        if (rc == 0 || e != EINTR) break;
        /* A signal: its Python handler runs now, and an exception it raises ends the sleep. */
        if (t->async_exc_pending && eval_handle_pending(t) < 0) return REF_NULL;
        req = rem;
    }
    return REF_NONE;
}

static Ref make_struct_time(Thread *t, const struct tm *tm) {
    Object *zone = str_from_cstr(t, tm->tm_zone ? tm->tm_zone : "UTC");
    if (!zone) return REF_NULL;
    Ref v[11] = {ref_from_int(tm->tm_year + 1900), ref_from_int(tm->tm_mon + 1), ref_from_int(tm->tm_mday),
                 ref_from_int(tm->tm_hour), ref_from_int(tm->tm_min), ref_from_int(tm->tm_sec),
                 ref_from_int((tm->tm_wday + 6) % 7), ref_from_int(tm->tm_yday + 1), ref_from_int(tm->tm_isdst),
                 ref_from_obj(zone), ref_from_int(tm->tm_gmtoff)};
    Object *st = structseq_new_visible(t, &time_struct_time_type, v, STRUCT_TIME_ITEMS);
    obj_decref(zone);
    return ref_from_obj(st);
}

/* The seconds argument of gmtime/localtime/ctime: None or absent means now. */
static bool seconds_arg(Thread *t, const Ref *args, size_t nargs, time_t *out) {
    if (nargs == 0 || ref_is_none(args[0])) {
        *out = time(NULL);
        return true;
    }
    double d = float_as_double(t, args[0]);
    if (d == -1.0 && err_occurred(t)) return false;
    if (isnan(d)) {
        err_set(t, &exc_ValueError, "Invalid value NaN (not a number)");
        return false;
    }
    *out = (time_t)floor(d);
    return true;
}

FN(time_gmtime) {
    if (!args_count(t, "gmtime", nargs, kw, 0, 1)) return REF_NULL;
    time_t when;
    struct tm tm;
    if (!seconds_arg(t, args, nargs, &when)) return REF_NULL;
    if (!gmtime_r(&when, &tm)) return err_from_errno(t, &exc_OSError, NULL);
    return make_struct_time(t, &tm);
}

FN(time_localtime) {
    if (!args_count(t, "localtime", nargs, kw, 0, 1)) return REF_NULL;
    time_t when;
    struct tm tm;
    if (!seconds_arg(t, args, nargs, &when)) return REF_NULL;
    if (!localtime_r(&when, &tm)) return err_from_errno(t, &exc_OSError, NULL);
    return make_struct_time(t, &tm);
}

/* A struct_time or 9-tuple back to struct tm. */
static bool tuple_to_tm(Thread *t, Ref v, struct tm *tm) {
    Object *tup = tuple_from_iterable(t, v);
    if (!tup) return false;
    if (tuple_size(tup) != 9) {
        obj_decref(tup);
        err_set(t, &exc_TypeError, "function takes exactly 9 arguments");
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        f[i] = int_as_i64(t, tuple_get(tup, i));
        if (f[i] == -1 && err_occurred(t)) {
            obj_decref(tup);
            return false;
        }
    }
    obj_decref(tup);
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return true;
}

FN(time_mktime) {
    if (!args_one(t, "mktime", nargs, kw)) return REF_NULL;
    struct tm tm;
    if (!tuple_to_tm(t, args[0], &tm)) return REF_NULL;
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1) return err_set(t, &exc_OverflowError, "mktime argument out of range");
    return float_from_double(t, (double)r);
}

FN(time_strftime) {
    if (!args_count(t, "strftime", nargs, kw, 1, 2)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs == 2) {
        if (!tuple_to_tm(t, args[1], &tm)) return REF_NULL;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    const char *fmt = str_utf8(t, ref_obj(args[0]), NULL);
    if (!fmt) return REF_NULL;
    if (!*fmt) return ref_new(str_empty());
    for (size_t cap = 256; cap < (1u << 20); cap *= 4) {
        char *buf = mem_alloc(t, cap);
        if (!buf) return REF_NULL;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0) {
            Object *s = str_from_utf8(t, buf, (intptr_t)n);
            mem_free(buf);
            return ref_from_obj(s);
        }
        mem_free(buf);
    }
    return ref_new(str_empty());
}

/* time.strptime lives in Python (_strptime), as in CPython: the arguments go
 * through unchecked, so its messages are CPython's. */
FN(time_strptime) {
    if (!args_no_kw(t, "strptime", kw)) return REF_NULL;
    Ref mod = import_module(t, "_strptime");
    if (ref_is_null(mod)) return REF_NULL;
    Ref fn = obj_getattr_cstr(t, mod, "_strptime_time");
    ref_close(mod);
    if (ref_is_null(fn)) return REF_NULL;
    Ref r = obj_call(t, fn, args, nargs, NULL);
    ref_close(fn);
    return r;
}

static Ref asctime_of(Thread *t, const struct tm *tm) {
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[(tm->tm_wday % 7 + 7) % 7],
             months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             tm->tm_year + 1900);
    return ref_from_obj(str_from_cstr(t, buf));
}

FN(time_asctime) {
    if (!args_count(t, "asctime", nargs, kw, 0, 1)) return REF_NULL;
    struct tm tm;
    if (nargs == 1) {
        if (!tuple_to_tm(t, args[0], &tm)) return REF_NULL;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    return asctime_of(t, &tm);
}

FN(time_ctime) {
    if (!args_count(t, "ctime", nargs, kw, 0, 1)) return REF_NULL;
    time_t when;
    struct tm tm;
    if (!seconds_arg(t, args, nargs, &when)) return REF_NULL;
    if (!localtime_r(&when, &tm)) return err_from_errno(t, &exc_OSError, NULL);
    return asctime_of(t, &tm);
}

/* Rereads TZ (tzset()) and sets the module's tzname, timezone, altzone and daylight. */
static int set_timezone_attrs(Thread *t, Object *m) {
    tzset();
    Object *n0 = str_from_cstr(t, tzname[0]), *n1 = str_from_cstr(t, tzname[1]);
    Object *names = n0 && n1 ? tuple_pack(t, 2, ref_from_obj(n0), ref_from_obj(n1)) : NULL;
    obj_xdecref(n0);
    obj_xdecref(n1);
    Object *d = module_dict(m);
    int rc = names ? dict_set_cstr(t, d, "tzname", ref_from_obj(names)) : -1;
    if (rc == 0) rc = dict_set_cstr(t, d, "timezone", ref_from_int(timezone));
    if (rc == 0) rc = dict_set_cstr(t, d, "altzone", ref_from_int(timezone - 3600 * (daylight != 0)));
    if (rc == 0) rc = dict_set_cstr(t, d, "daylight", ref_from_int(daylight));
    obj_xdecref(names);
    return rc;
}

static Ref time_tzset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "tzset", nargs, kw)) return REF_NULL;
    return set_timezone_attrs(t, ref_obj(self)) < 0 ? REF_NULL : REF_NONE;
}

static const MethodDef time_methods[] = {
    {"time", time_time, 0, NULL},
    {"time_ns", time_time_ns, 0, NULL},
    {"monotonic", time_monotonic, 0, NULL},
    {"monotonic_ns", time_monotonic_ns, 0, NULL},
    {"perf_counter", time_monotonic, 0, NULL},
    {"perf_counter_ns", time_monotonic_ns, 0, NULL},
    {"process_time", time_process_time, 0, NULL},
    {"process_time_ns", time_process_time_ns, 0, NULL},
    {"thread_time", time_thread_time, 0, NULL},
    {"sleep", time_sleep, 0, NULL},
    {"gmtime", time_gmtime, 0, NULL},
    {"localtime", time_localtime, 0, NULL},
    {"mktime", time_mktime, 0, NULL},
    {"strftime", time_strftime, 0, NULL},
    {"strptime", time_strptime, 0, NULL},
    {"asctime", time_asctime, 0, NULL},
    {"ctime", time_ctime, 0, NULL},
    {"tzset", time_tzset, 0, "Initialize, or reinitialize, the local timezone to the value of TZ."},
    {NULL, NULL, 0, NULL},
};

Object *time_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "time");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, time_methods);
    if (rc == 0) rc = module_add_ref(t, m, "struct_time", ref_immortal(&time_struct_time_type));
    if (rc == 0) rc = set_timezone_attrs(t, m);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
