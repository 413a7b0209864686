/* _datetime.datetime: a date and a time of day with an optional tzinfo, a subclass of
 * date. Arithmetic works on microseconds since 0001-01-01T00:00 (of the wall clock: the
 * tzinfo is carried along, and only subtraction and comparison ask it for offsets). */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

bool datetime_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &datetime_type); }

static Ref datetime_alloc(Thread *t, Type *type, int y, int m, int d, int hh, int mm, int ss,
                          int us, Ref tz, int fold) {
    DateTime *o = (DateTime *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    o->date.year = y, o->date.month = (uint8_t)m, o->date.day = (uint8_t)d;
    o->hour = (uint8_t)hh, o->minute = (uint8_t)mm, o->second = (uint8_t)ss;
    o->us = us, o->fold = (uint8_t)fold;
    o->tzinfo = ref_dup(tz);
    return ref_from_obj(&o->date.ob);
}

/* Subclasses are called with the eight fields (never fold), as CPython does. */
Ref datetime_make(Thread *t, Type *type, int y, int m, int d, int hh, int mm, int ss, int us,
                  Ref tz, int fold) {
    if (type == &datetime_type) return datetime_alloc(t, type, y, m, d, hh, mm, ss, us, tz, fold);
    Ref args[8] = {ref_from_int(y),  ref_from_int(m),  ref_from_int(d),  ref_from_int(hh),
                   ref_from_int(mm), ref_from_int(ss), ref_from_int(us), tz};
    return obj_call(t, ref_from_obj((Object *)type), args, 8, NULL);
}

static int datetime_from_state(Thread *t, Type *type, const Ref *args, size_t nargs, Ref *out) {
    if (nargs < 1 || nargs > 2 || !bytes_check(args[0]) || bytes_size(ref_obj(args[0])) != 10)
        return 0;
    const uint8_t *b = (const uint8_t *)bytes_data(ref_obj(args[0]));
    int month = b[2] & 0x7f;
    if (month < 1 || month > 12) return 0;
    Ref tz = nargs == 2 ? args[1] : REF_NONE;
    if (!ref_is_none(tz) && !tzinfo_check(tz)) {
        *out = err_set(t, &exc_TypeError, "bad tzinfo state arg");
        return 1;
    }
    *out = datetime_alloc(t, type, b[0] * 256 + b[1], month, b[3], b[4], b[5], b[6],
                          (b[7] << 16) | (b[8] << 8) | b[9], tz, b[2] >> 7);
    return 1;
}

static Ref datetime_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref r;
    if (!kwnames && datetime_from_state(t, type, args, nargs, &r)) return r;
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second",
                                        "microsecond", "tzinfo", "fold", NULL};
    Ref v[9];
    if (!dt_bind_args(t, names, 3, 8, args, nargs, kwnames, v)) return REF_NULL;
    int64_t f[8];
    for (int i = 0; i < 7; i++)
        if (dt_int_arg(t, v[i], &f[i]) < 0) return REF_NULL;
    if (dt_int_arg(t, v[8], &f[7]) < 0) return REF_NULL;
    Ref tz = ref_is_null(v[7]) ? REF_NONE : v[7];
    if (dt_check_date(t, f[0], f[1], f[2]) < 0 || dt_check_time(t, f[3], f[4], f[5], f[6], f[7]) < 0 ||
        dt_check_tzinfo(t, tz) < 0)
        return REF_NULL;
    return datetime_alloc(t, type, (int)f[0], (int)f[1], (int)f[2], (int)f[3], (int)f[4], (int)f[5],
                          (int)f[6], tz, (int)f[7]);
}

static void datetime_dealloc(Object *o) {
    ref_close(((DateTime *)o)->tzinfo);
    o->ob_type->tp_free(o);
}

/* ---- arithmetic ------------------------------------------------------------------------- */

/* Wall-clock microseconds since 0001-01-01T00:00 minus a day (ordinal 0). */
static dt_i128 datetime_us(const DateTime *o) {
    int64_t days = dt_ymd_to_ord(o->date.year, o->date.month, o->date.day);
    return ((dt_i128)days * 86400 + o->hour * 3600 + o->minute * 60 + o->second) * DT_US_PER_SECOND + o->us;
}

/* Fields of a wall-clock microsecond count; -1 with OverflowError out of range. */
static int fields_from_us(Thread *t, dt_i128 us, int f[7]) {
    dt_i128 days = us / DT_US_PER_DAY, rest = us % DT_US_PER_DAY;
    if (rest < 0) rest += DT_US_PER_DAY, days--;
    if (days < 1 || days > DT_MAXORDINAL) {
        err_set(t, &exc_OverflowError, "date value out of range");
        return -1;
    }
    dt_ord_to_ymd((int64_t)days, &f[0], &f[1], &f[2]);
    int64_t r = (int64_t)rest;
    f[6] = (int)(r % DT_US_PER_SECOND);
    int64_t secs = r / DT_US_PER_SECOND;
    f[3] = (int)(secs / 3600), f[4] = (int)(secs / 60 % 60), f[5] = (int)(secs % 60);
    return 0;
}

/* dt moved by `us` microseconds, with tzinfo tz, as type(dt). */
Ref datetime_shift(Thread *t, Ref dt, dt_i128 us, Ref tz) {
    int f[7];
    if (fields_from_us(t, datetime_us(as_datetime(dt)) + us, f) < 0) return REF_NULL;
    return datetime_make(t, ref_type(dt), f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, 0);
}

static Ref datetime_add(Thread *t, Ref a, Ref b) {
    if (datetime_check(a) && delta_check(b))
        return datetime_shift(t, a, delta_to_us(as_delta(b)), as_datetime(a)->tzinfo);
    if (delta_check(a) && datetime_check(b))
        return datetime_shift(t, b, delta_to_us(as_delta(a)), as_datetime(b)->tzinfo);
    return REF_NOTIMPLEMENTED;
}

/* self.utcoffset() with self passed to the tzinfo. */
static Ref dt_utcoffset(Thread *t, Ref self) { return tz_call_utcoffset(t, as_datetime(self)->tzinfo, self); }

static Ref datetime_sub(Thread *t, Ref a, Ref b) {
    if (!datetime_check(a)) return REF_NOTIMPLEMENTED;
    if (delta_check(b)) return datetime_shift(t, a, -delta_to_us(as_delta(b)), as_datetime(a)->tzinfo);
    if (!datetime_check(b)) return REF_NOTIMPLEMENTED;
    DateTime *x = as_datetime(a), *y = as_datetime(b);
    dt_i128 us = datetime_us(x) - datetime_us(y);
    if (!ref_is(x->tzinfo, y->tzinfo)) {
        Ref o1 = dt_utcoffset(t, a);
        if (ref_is_null(o1)) return REF_NULL;
        Ref o2 = dt_utcoffset(t, b);
        if (ref_is_null(o2)) {
            ref_close(o1);
            return REF_NULL;
        }
        bool n1 = ref_is_none(o1), n2 = ref_is_none(o2);
        if (n1 != n2) {
            ref_close(o1), ref_close(o2);
            return err_set(t, &exc_TypeError, "can't subtract offset-naive and offset-aware datetimes");
        }
        if (!n1) us -= delta_to_us(as_delta(o1)) - delta_to_us(as_delta(o2));
        ref_close(o1), ref_close(o2);
    }
    return delta_from_us(t, us);
}

/* ---- comparison and hashing ------------------------------------------------------------- */

static int datetime_compare_fields(const DateTime *a, const DateTime *b) {
    dt_i128 x = datetime_us(a), y = datetime_us(b);
    return x < y ? -1 : x > y;
}

/* A copy of self (of its type, allocated directly as CPython does) with another fold. */
static Ref datetime_with_fold(Thread *t, Ref self, int fold) {
    DateTime *o = as_datetime(self);
    return datetime_alloc(t, ref_type(self), o->date.year, o->date.month, o->date.day, o->hour,
                          o->minute, o->second, (int)o->us, o->tzinfo, fold);
}

/* 1 when self's utcoffset() changes with its fold (it is in a gap or a fold), else 0. */
static int offset_depends_on_fold(Thread *t, Ref self, Ref offset) {
    Ref flipped = datetime_with_fold(t, self, !as_datetime(self)->fold);
    if (ref_is_null(flipped)) return -1;
    Ref other = tz_call_utcoffset(t, as_datetime(self)->tzinfo, flipped);
    ref_close(flipped);
    if (ref_is_null(other)) return -1;
    int r;
    if (ref_is_none(other) || ref_is_none(offset)) r = ref_is_none(other) != ref_is_none(offset);
    else r = delta_to_us(as_delta(other)) != delta_to_us(as_delta(offset));
    ref_close(other);
    return r;
}

/* PEP 495: times in a fold or gap are never equal to times in another zone. */
static int pep495_unequal(Thread *t, Ref a, Ref b, Ref o1, Ref o2) {
    int r = offset_depends_on_fold(t, a, o1);
    if (r != 0) return r;
    return offset_depends_on_fold(t, b, o2);
}

static Ref datetime_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!datetime_check(b)) {
        if (!date_check(b)) return REF_NOTIMPLEMENTED;
        if (op == CMP_EQ || op == CMP_NE) return ref_from_bool(op == CMP_NE);
        return err_format(t, &exc_TypeError, "can't compare %s to %s", ref_type(a)->tp_name,
                          ref_type(b)->tp_name);
    }
    DateTime *x = as_datetime(a), *y = as_datetime(b);
    if (ref_is(x->tzinfo, y->tzinfo)) return dt_cmp_result(datetime_compare_fields(x, y), op);
    Ref o1 = dt_utcoffset(t, a);
    if (ref_is_null(o1)) return REF_NULL;
    Ref o2 = dt_utcoffset(t, b);
    if (ref_is_null(o2)) {
        ref_close(o1);
        return REF_NULL;
    }
    bool n1 = ref_is_none(o1), n2 = ref_is_none(o2);
    Ref r = REF_NULL;
    if (n1 == n2) {
        int c;
        if (n1 || delta_to_us(as_delta(o1)) == delta_to_us(as_delta(o2))) {
            c = datetime_compare_fields(x, y);
        } else {
            /* self - other, which asks the tzinfos again (as CPython's comparison does) */
            Ref diff = datetime_sub(t, a, b);
            if (ref_is_null(diff)) goto done;
            dt_i128 us = delta_to_us(as_delta(diff));
            ref_close(diff);
            c = us < 0 ? -1 : us > 0;
        }
        if ((op == CMP_EQ || op == CMP_NE) && c == 0) {
            int ex = pep495_unequal(t, a, b, o1, o2);
            if (ex < 0) goto done;
            if (ex) c = 1;
        }
        r = dt_cmp_result(c, op);
    } else if (op == CMP_EQ || op == CMP_NE) {
        r = ref_from_bool(op == CMP_NE);
    } else {
        err_set(t, &exc_TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
done:
    ref_close(o1), ref_close(o2);
    return r;
}

static void datetime_state_bytes(const DateTime *o, uint8_t b[10], bool with_fold) {
    b[0] = (uint8_t)(o->date.year >> 8), b[1] = (uint8_t)o->date.year;
    b[2] = (uint8_t)(o->date.month | (with_fold && o->fold ? 0x80 : 0)), b[3] = o->date.day;
    b[4] = o->hour, b[5] = o->minute, b[6] = o->second;
    b[7] = (uint8_t)(o->us >> 16), b[8] = (uint8_t)(o->us >> 8), b[9] = (uint8_t)o->us;
}

static int64_t datetime_hash(Thread *t, Ref self) {
    DateTime *o = as_datetime(self);
    Ref probe = o->fold ? datetime_with_fold(t, self, 0) : ref_dup(self);
    if (ref_is_null(probe)) return -1;
    Ref off = tz_call_utcoffset(t, o->tzinfo, probe);
    ref_close(probe);
    if (ref_is_null(off)) return -1;
    if (ref_is_none(off)) {
        uint8_t b[10];
        datetime_state_bytes(o, b, false);
        return str_hash_bytes(b, 10);
    }
    dt_i128 us = datetime_us(o) - delta_to_us(as_delta(off));
    ref_close(off);
    Ref d = delta_from_us(t, us);
    if (ref_is_null(d)) return -1;
    int64_t h = obj_hash(t, d);
    ref_close(d);
    return h;
}

/* ---- text ------------------------------------------------------------------------------- */

static Ref datetime_repr(Thread *t, Ref self) {
    DateTime *o = as_datetime(self);
    char buf[96];
    int n = snprintf(buf, sizeof buf, "%d, %d, %d, %d, %d", o->date.year, o->date.month,
                     o->date.day, o->hour, o->minute);
    if (o->us) snprintf(buf + n, sizeof buf - (size_t)n, ", %d, %d", o->second, (int)o->us);
    else if (o->second) snprintf(buf + n, sizeof buf - (size_t)n, ", %d", o->second);
    return dt_repr_with_tz(t, self, buf, o->tzinfo, o->fold, true);
}

static Ref datetime_isoformat_impl(Thread *t, Ref self, uint32_t sep, Ref timespec) {
    DateTime *o = as_datetime(self);
    char buf[128];
    int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", o->date.year, o->date.month, o->date.day);
    int k = dt_format_time(t, buf + n, sizeof buf - (size_t)n, o->hour, o->minute, o->second,
                           (int)o->us, timespec);
    if (k < 0) return REF_NULL;
    int z = dt_format_utcoffset(t, buf + n + k, sizeof buf - (size_t)(n + k), o->tzinfo, self, ":");
    if (z < 0) return REF_NULL;
    if (sep < 128) {
        /* one pass for the common ASCII separator */
        char out[130];
        memcpy(out, buf, (size_t)n);
        out[n] = (char)sep;
        memcpy(out + n + 1, buf + n, (size_t)(k + z));
        Object *s = str_from_ascii(t, out, n + 1 + k + z);
        return s ? ref_from_obj(s) : REF_NULL;
    }
    StrBuilder b;
    str_builder_init(&b);
    if (!str_builder_put_ascii(t, &b, buf, n) || !str_builder_putc(t, &b, sep) ||
        !str_builder_put_ascii(t, &b, buf + n, k + z))
        return REF_NULL;
    Object *s = str_builder_finish(t, &b);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref datetime_isoformat(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"sep", "timespec", NULL};
    const ArgSpec spec = {"isoformat", names, 0, 2};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    uint32_t sep = 'T';
    if (!ref_is_null(v[0])) {
        if (!str_check(v[0]) || str_len(ref_obj(v[0])) != 1)
            return err_format(t, &exc_TypeError, "isoformat() argument 1 must be a unicode character, not %T", v[0]);
        sep = str_char_at(ref_obj(v[0]), 0);
    }
    return datetime_isoformat_impl(t, self, sep, v[1]);
}

static Ref datetime_str(Thread *t, Ref self) {
    if (ref_type(self) == &datetime_type) return datetime_isoformat_impl(t, self, ' ', REF_NULL);
    Object *name = str_intern_cstr(t, "isoformat");
    Object *sep = str_from_cstr(t, " ");
    Ref r = REF_NULL;
    if (name && sep) {
        Ref arg = ref_from_obj(sep);
        r = obj_call_method(t, self, name, &arg, 1);
    }
    obj_xdecref(name), obj_xdecref(sep);
    return r;
}

static Ref datetime_ctime(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "ctime", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    return dt_format_ctime(t, o->date.year, o->date.month, o->date.day, o->hour, o->minute, o->second);
}

/* ---- tzinfo queries --------------------------------------------------------------------- */

static Ref datetime_utcoffset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "utcoffset", nargs, kw)) return REF_NULL;
    return dt_utcoffset(t, self);
}

static Ref datetime_dst(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "dst", nargs, kw)) return REF_NULL;
    return tz_call_dst(t, as_datetime(self)->tzinfo, self);
}

static Ref datetime_tzname(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "tzname", nargs, kw)) return REF_NULL;
    return tz_call_tzname(t, as_datetime(self)->tzinfo, self);
}

static Ref datetime_timetuple(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "timetuple", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    Ref dst = tz_call_dst(t, o->tzinfo, self);
    if (ref_is_null(dst)) return REF_NULL;
    int flag = ref_is_none(dst) ? -1 : delta_to_us(as_delta(dst)) != 0;
    ref_close(dst);
    return date_build_timetuple(t, o->date.year, o->date.month, o->date.day, o->hour, o->minute,
                                o->second, flag);
}

static Ref datetime_utctimetuple(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "utctimetuple", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    Ref off = dt_utcoffset(t, self);
    if (ref_is_null(off)) return REF_NULL;
    dt_i128 us = datetime_us(o);
    if (!ref_is_none(off)) us -= delta_to_us(as_delta(off));
    ref_close(off);
    int f[7];
    if (fields_from_us(t, us, f) < 0) return REF_NULL;
    return date_build_timetuple(t, f[0], f[1], f[2], f[3], f[4], f[5], 0);
}

static Ref datetime_timestamp(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "timestamp", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    if (ref_is_none(o->tzinfo)) return dt_naive_timestamp(t, self);
    Ref off = dt_utcoffset(t, self);
    if (ref_is_null(off)) return REF_NULL;
    if (ref_is_none(off)) return dt_naive_timestamp(t, self);
    /* (self - 1970-01-01T00:00Z).total_seconds() */
    dt_i128 us = datetime_us(o) - delta_to_us(as_delta(off)) - (dt_i128)719163 * DT_US_PER_DAY;
    ref_close(off);
    Ref delta = delta_from_us(t, us);
    if (ref_is_null(delta)) return REF_NULL;
    Object *name = str_intern_cstr(t, "total_seconds");
    Ref r = name ? obj_call_method(t, delta, name, NULL, 0) : REF_NULL;
    obj_xdecref(name);
    ref_close(delta);
    return r;
}

/* ---- parts and replacements ------------------------------------------------------------- */

static Ref datetime_date(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "date", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    return date_make(t, &date_type, o->date.year, o->date.month, o->date.day);
}

static Ref datetime_time(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "time", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    return time_make(t, &time_type, o->hour, o->minute, o->second, (int)o->us, REF_NONE, o->fold);
}

static Ref datetime_timetz(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "timetz", nargs, kw)) return REF_NULL;
    DateTime *o = as_datetime(self);
    return time_make(t, &time_type, o->hour, o->minute, o->second, (int)o->us, o->tzinfo, o->fold);
}

static Ref datetime_replace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second",
                                        "microsecond", "tzinfo", "fold", NULL};
    const ArgSpec spec = {"replace", names, 0, 8};
    Ref v[9];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    DateTime *o = as_datetime(self);
    int64_t f[8] = {o->date.year, o->date.month, o->date.day, o->hour, o->minute, o->second, o->us, o->fold};
    for (int i = 0; i < 7; i++)
        if (!ref_is_null(v[i]) && dt_int_arg(t, v[i], &f[i]) < 0) return REF_NULL;
    if (!ref_is_null(v[8]) && dt_int_arg(t, v[8], &f[7]) < 0) return REF_NULL;
    Ref tz = ref_is_null(v[7]) ? o->tzinfo : v[7];
    if (dt_check_date(t, f[0], f[1], f[2]) < 0 || dt_check_time(t, f[3], f[4], f[5], f[6], f[7]) < 0 ||
        dt_check_tzinfo(t, tz) < 0)
        return REF_NULL;
    return datetime_alloc(t, ref_type(self), (int)f[0], (int)f[1], (int)f[2], (int)f[3], (int)f[4],
                          (int)f[5], (int)f[6], tz, (int)f[7]);
}

/* Aware self into tz (both given, self's offset known) in C; the local-time cases go to
 * _datetime_support. */
static Ref datetime_astimezone(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"tz", NULL};
    const ArgSpec spec = {"astimezone", names, 0, 1};
    Ref v[1];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    Ref tz = ref_is_null(v[0]) ? REF_NONE : v[0];
    if (dt_check_tzinfo(t, tz) < 0) return REF_NULL;
    DateTime *o = as_datetime(self);
    if (ref_is_none(tz) || ref_is_none(o->tzinfo)) {
        Ref call[2] = {self, tz};
        return dt_support_call(t, "datetime_astimezone", call, 2);
    }
    if (ref_is(o->tzinfo, tz)) return ref_dup(self);
    Ref off = dt_utcoffset(t, self);
    if (ref_is_null(off)) return REF_NULL;
    if (ref_is_none(off)) {
        Ref call[2] = {self, tz};
        return dt_support_call(t, "datetime_astimezone", call, 2);
    }
    Ref utc = datetime_shift(t, self, -delta_to_us(as_delta(off)), o->tzinfo);
    ref_close(off);
    if (ref_is_null(utc)) return REF_NULL;
    REF_SETREF(as_datetime(utc)->tzinfo, ref_dup(tz));
    Ref r;
    if (ref_type(tz) == &timezone_type) {
        r = datetime_shift(t, utc, delta_to_us(as_delta(((TimeZone *)ref_obj(tz))->offset)), tz);
    } else {
        Object *name = str_intern_cstr(t, "fromutc");
        r = name ? obj_call_method(t, tz, name, &utc, 1) : REF_NULL;
        obj_xdecref(name);
    }
    ref_close(utc);
    return r;
}

static Ref datetime_reduce_proto(Thread *t, Ref self, int proto) {
    DateTime *o = as_datetime(self);
    uint8_t b[10];
    datetime_state_bytes(o, b, proto > 3);
    return dt_reduce_state(t, self, b, 10, o->tzinfo);
}

static Ref datetime_reduce_ex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__reduce_ex__", nargs, kw)) return REF_NULL;
    int64_t proto;
    if (dt_int_arg(t, args[0], &proto) < 0) return REF_NULL;
    return datetime_reduce_proto(t, self, (int)proto);
}

static Ref datetime_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    return datetime_reduce_proto(t, self, 2);
}

/* ---- class methods ---------------------------------------------------------------------- */

static Ref datetime_combine(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"date", "time", "tzinfo", NULL};
    const ArgSpec spec = {"combine", names, 2, 3};
    Ref v[3];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    if (!date_check(v[0]))
        return err_format(t, &exc_TypeError, "combine() argument 1 must be datetime.date, not %T", v[0]);
    if (!time_check(v[1]))
        return err_format(t, &exc_TypeError, "combine() argument 2 must be datetime.time, not %T", v[1]);
    Date *d = as_date(v[0]);
    Time *tm = as_time(v[1]);
    Ref tz = ref_is_null(v[2]) ? tm->tzinfo : v[2];
    if (dt_check_tzinfo(t, tz) < 0) return REF_NULL;
    return datetime_make(t, (Type *)ref_obj(cls), d->year, d->month, d->day, tm->hour, tm->minute,
                         tm->second, (int)tm->us, tz, tm->fold);
}

static Ref datetime_fromisoformat(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromisoformat", nargs, kw)) return REF_NULL;
    if (!str_check(args[0])) return err_set(t, &exc_TypeError, "fromisoformat: argument must be str");
    int f[7];
    Ref tz;
    if (dt_parse_isoformat_datetime(t, args[0], f, &tz) < 0) return REF_NULL;
    Ref r = REF_NULL;
    if (dt_check_date(t, f[0], f[1], f[2]) == 0 && dt_check_time(t, f[3], f[4], f[5], f[6], 0) == 0)
        r = datetime_make(t, (Type *)ref_obj(cls), f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, 0);
    ref_close(tz);
    return r;
}

static Ref datetime_strptime(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "strptime", nargs, kw, 2, 2)) return REF_NULL;
    for (int i = 0; i < 2; i++)
        if (!str_check(args[i]))
            return err_format(t, &exc_TypeError, "strptime() argument %d must be str, not %T", i + 1, args[i]);
    Ref mod = import_module(t, "_strptime");
    if (ref_is_null(mod)) return REF_NULL;
    Ref f = obj_getattr_cstr(t, mod, "_strptime_datetime");
    ref_close(mod);
    if (ref_is_null(f)) return REF_NULL;
    Ref call[3] = {cls, args[0], args[1]};
    Ref r = obj_call(t, f, call, 3, NULL);
    ref_close(f);
    return r;
}

static Ref datetime_fromtimestamp(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"timestamp", "tz", NULL};
    const ArgSpec spec = {"fromtimestamp", names, 1, 2};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    return dt_datetime_fromtimestamp(t, cls, v[0], ref_is_null(v[1]) ? REF_NONE : v[1]);
}

static Ref datetime_utcfromtimestamp(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "utcfromtimestamp", nargs, kw)) return REF_NULL;
    return dt_datetime_utcfromtimestamp(t, cls, args[0]);
}

static Ref datetime_now(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"tz", NULL};
    const ArgSpec spec = {"now", names, 0, 1};
    Ref v[1];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    return dt_datetime_now(t, cls, ref_is_null(v[0]) ? REF_NONE : v[0], false);
}

static Ref datetime_utcnow(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "utcnow", nargs, kw)) return REF_NULL;
    return dt_datetime_now(t, cls, REF_NONE, true);
}

/* ---- attributes ------------------------------------------------------------------------- */

static Ref dt_get_hour(Thread *t, Ref self, void *c) { return ref_from_int(as_datetime(self)->hour); }
static Ref dt_get_minute(Thread *t, Ref self, void *c) { return ref_from_int(as_datetime(self)->minute); }
static Ref dt_get_second(Thread *t, Ref self, void *c) { return ref_from_int(as_datetime(self)->second); }
static Ref dt_get_us(Thread *t, Ref self, void *c) { return ref_from_int(as_datetime(self)->us); }
static Ref dt_get_tzinfo(Thread *t, Ref self, void *c) { return ref_dup(as_datetime(self)->tzinfo); }
static Ref dt_get_fold(Thread *t, Ref self, void *c) { return ref_from_int(as_datetime(self)->fold); }

static const MethodDef datetime_methods[] = {
    {"now", datetime_now, METH_CLASS, "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone."},
    {"utcnow", datetime_utcnow, METH_CLASS, "Return a new datetime representing UTC day and time."},
    {"fromtimestamp", datetime_fromtimestamp, METH_CLASS, "timestamp[, tz] -> tz's local time from POSIX timestamp."},
    {"utcfromtimestamp", datetime_utcfromtimestamp, METH_CLASS, "Construct a naive UTC datetime from a POSIX timestamp."},
    {"strptime", datetime_strptime, METH_CLASS, "string, format -> new datetime parsed from a string (like time.strptime())."},
    {"combine", datetime_combine, METH_CLASS, "date, time -> datetime with same date and time fields"},
    {"fromisoformat", datetime_fromisoformat, METH_CLASS, "string -> datetime from a string in most ISO 8601 formats"},
    {"date", datetime_date, 0, "Return date object with same year, month and day."},
    {"time", datetime_time, 0, "Return time object with same time but with tzinfo=None."},
    {"timetz", datetime_timetz, 0, "Return time object with same time and tzinfo."},
    {"ctime", datetime_ctime, 0, "Return ctime() style string."},
    {"timetuple", datetime_timetuple, 0, "Return time tuple, compatible with time.localtime()."},
    {"timestamp", datetime_timestamp, 0, "Return POSIX timestamp as float."},
    {"utctimetuple", datetime_utctimetuple, 0, "Return UTC time tuple, compatible with time.localtime()."},
    {"isoformat", datetime_isoformat, 0, "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"utcoffset", datetime_utcoffset, 0, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", datetime_tzname, 0, "Return self.tzinfo.tzname(self)."},
    {"dst", datetime_dst, 0, "Return self.tzinfo.dst(self)."},
    {"replace", datetime_replace, 0, "Return datetime with new specified fields."},
    {"astimezone", datetime_astimezone, 0, "tz -> convert to local time in new timezone tz\n"},
    {"__reduce_ex__", datetime_reduce_ex, 0, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", datetime_reduce, 0, "__reduce__() -> (cls, state)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef datetime_getsets[] = {
    {"hour", dt_get_hour, NULL, NULL, NULL},
    {"minute", dt_get_minute, NULL, NULL, NULL},
    {"second", dt_get_second, NULL, NULL, NULL},
    {"microsecond", dt_get_us, NULL, NULL, NULL},
    {"tzinfo", dt_get_tzinfo, NULL, NULL, NULL},
    {"fold", dt_get_fold, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type datetime_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.datetime",
    .tp_basicsize = sizeof(DateTime),
    .tp_base = &date_type,
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
              "The year, month and day arguments are required. tzinfo may be None, or an\n"
              "instance of a tzinfo subclass. The remaining arguments may be ints.\n",
    .tp_dealloc = datetime_dealloc,
    .tp_free = obj_free,
    .new_ = datetime_tp_new,
    .repr = datetime_repr,
    .str = datetime_str,
    .hash = datetime_hash,
    .richcompare = datetime_richcompare,
    .nb = {[NB_ADD] = datetime_add, [NB_SUBTRACT] = datetime_sub},
    .methods = datetime_methods,
    .getsets = datetime_getsets,
};

#define DATETIME_CONST(y, mo, d, h, mi, s, u)                                                     \
    {.date = {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &datetime_type}, .year = y, .month = mo, .day = d}, \
     .hour = h, .minute = mi, .second = s, .fold = 0, .us = u,                                    \
     .tzinfo = {(uintptr_t)&none_obj}}
DateTime datetime_min_obj = DATETIME_CONST(1, 1, 1, 0, 0, 0, 0);
DateTime datetime_max_obj = DATETIME_CONST(9999, 12, 31, 23, 59, 59, 999999);
#undef DATETIME_CONST
