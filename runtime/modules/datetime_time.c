/* _datetime.time: a time of day with an optional tzinfo (whose methods get None). */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "objects/structseq.h"
#include "spry.h"

bool time_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &time_type); }

static Ref time_alloc(Thread *t, Type *type, int hh, int mm, int ss, int us, Ref tz, int fold) {
    Time *o = (Time *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    o->hour = (uint8_t)hh, o->minute = (uint8_t)mm, o->second = (uint8_t)ss;
    o->us = us, o->fold = (uint8_t)fold;
    o->tzinfo = ref_dup(tz);
    return ref_from_obj(&o->ob);
}

Ref time_make(Thread *t, Type *type, int hh, int mm, int ss, int us, Ref tz, int fold) {
    if (type == &time_type) return time_alloc(t, type, hh, mm, ss, us, tz, fold);
    Ref args[5] = {ref_from_int(hh), ref_from_int(mm), ref_from_int(ss), ref_from_int(us), tz};
    return obj_call(t, ref_from_obj((Object *)type), args, 5, NULL);
}

/* From the pickle state: 6 bytes (hour with fold in its top bit, minute, second, us in
 * 3 bytes) and an optional tzinfo. 1 when args are such a state, else 0. */
static int time_from_state(Thread *t, Type *type, const Ref *args, size_t nargs, Ref *out) {
    if (nargs < 1 || nargs > 2 || !bytes_check(args[0]) || bytes_size(ref_obj(args[0])) != 6)
        return 0;
    const uint8_t *b = (const uint8_t *)bytes_data(ref_obj(args[0]));
    if ((b[0] & 0x7f) >= 24) return 0;
    Ref tz = nargs == 2 ? args[1] : REF_NONE;
    if (!ref_is_none(tz) && !tzinfo_check(tz)) {
        *out = err_set(t, &exc_TypeError, "bad tzinfo state arg");
        return 1;
    }
    *out = time_alloc(t, type, b[0] & 0x7f, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tz,
                      b[0] >> 7);
    return 1;
}

static Ref time_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref r;
    if (!kwnames && time_from_state(t, type, args, nargs, &r)) return r;
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    Ref v[6];
    if (!dt_bind_args(t, names, 0, 5, args, nargs, kwnames, v)) return REF_NULL;
    int64_t f[5];
    for (int i = 0; i < 4; i++)
        if (dt_int_arg(t, v[i], &f[i]) < 0) return REF_NULL;
    if (dt_int_arg(t, v[5], &f[4]) < 0) return REF_NULL;
    Ref tz = ref_is_null(v[4]) ? REF_NONE : v[4];
    if (dt_check_time(t, f[0], f[1], f[2], f[3], f[4]) < 0 || dt_check_tzinfo(t, tz) < 0)
        return REF_NULL;
    return time_alloc(t, type, (int)f[0], (int)f[1], (int)f[2], (int)f[3], tz, (int)f[4]);
}

static void time_dealloc(Object *o) {
    ref_close(((Time *)o)->tzinfo);
    o->ob_type->tp_free(o);
}

/* ---- comparison and hashing ------------------------------------------------------------- */

static int time_compare_fields(const Time *a, const Time *b) {
    int64_t x = ((int64_t)a->hour * 3600 + a->minute * 60 + a->second) * 1000000 + a->us;
    int64_t y = ((int64_t)b->hour * 3600 + b->minute * 60 + b->second) * 1000000 + b->us;
    return x < y ? -1 : x > y;
}

static Ref time_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!time_check(b)) return REF_NOTIMPLEMENTED;
    Time *x = as_time(a), *y = as_time(b);
    if (ref_is(x->tzinfo, y->tzinfo)) return dt_cmp_result(time_compare_fields(x, y), op);
    Ref o1 = tz_call_utcoffset(t, x->tzinfo, REF_NONE);
    if (ref_is_null(o1)) return REF_NULL;
    Ref o2 = tz_call_utcoffset(t, y->tzinfo, REF_NONE);
    if (ref_is_null(o2)) {
        ref_close(o1);
        return REF_NULL;
    }
    Ref r;
    bool n1 = ref_is_none(o1), n2 = ref_is_none(o2);
    if ((n1 && n2) || (!n1 && !n2 && delta_to_us(as_delta(o1)) == delta_to_us(as_delta(o2)))) {
        r = dt_cmp_result(time_compare_fields(x, y), op);
    } else if (!n1 && !n2) {
        /* both aware, different offsets: compare in UTC (whole seconds of the offsets) */
        TimeDelta *d1 = as_delta(o1), *d2 = as_delta(o2);
        int64_t s1 = x->hour * 3600 + x->minute * 60 + x->second - (int64_t)d1->days * 86400 - d1->seconds;
        int64_t s2 = y->hour * 3600 + y->minute * 60 + y->second - (int64_t)d2->days * 86400 - d2->seconds;
        int64_t diff = s1 != s2 ? s1 - s2 : (int64_t)x->us - y->us;
        r = dt_cmp_result(diff < 0 ? -1 : diff > 0, op);
    } else if (op == CMP_EQ || op == CMP_NE) {
        r = ref_from_bool(op == CMP_NE);
    } else {
        r = err_set(t, &exc_TypeError, "can't compare offset-naive and offset-aware times");
    }
    ref_close(o1), ref_close(o2);
    return r;
}

static void time_state_bytes(const Time *o, uint8_t b[6], bool with_fold) {
    b[0] = (uint8_t)(o->hour | (with_fold && o->fold ? 0x80 : 0));
    b[1] = o->minute, b[2] = o->second;
    b[3] = (uint8_t)(o->us >> 16), b[4] = (uint8_t)(o->us >> 8), b[5] = (uint8_t)o->us;
}

static int64_t time_hash(Thread *t, Ref self) {
    Time *o = as_time(self);
    Ref off = tz_call_utcoffset(t, o->tzinfo, REF_NONE);
    if (ref_is_null(off)) return -1;
    if (ref_is_none(off)) {
        uint8_t b[6];
        time_state_bytes(o, b, false);
        return str_hash_bytes(b, 6);
    }
    dt_i128 us = ((dt_i128)o->hour * 3600 + o->minute * 60 + o->second) * DT_US_PER_SECOND + o->us -
                 delta_to_us(as_delta(off));
    ref_close(off);
    Ref d = delta_from_us(t, us);
    if (ref_is_null(d)) return -1;
    int64_t h = obj_hash(t, d);
    ref_close(d);
    return h;
}

/* ---- text ------------------------------------------------------------------------------- */

/* "Type(fields[, k=v...])": time writes tzinfo before fold, datetime fold before tzinfo. */
Ref dt_repr_with_tz(Thread *t, Ref self, const char *fields, Ref tz, int fold, bool fold_first) {
    const char *f = fold ? ", fold=1" : "";
    Object *s;
    if (ref_is_none(tz)) s = str_from_format(t, "%s(%s%s)", ref_type(self)->tp_name, fields, f);
    else if (fold_first) s = str_from_format(t, "%s(%s%s, tzinfo=%R)", ref_type(self)->tp_name, fields, f, tz);
    else s = str_from_format(t, "%s(%s, tzinfo=%R%s)", ref_type(self)->tp_name, fields, tz, f);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref time_repr(Thread *t, Ref self) {
    Time *o = as_time(self);
    char buf[64];
    if (o->us) snprintf(buf, sizeof buf, "%d, %d, %d, %d", o->hour, o->minute, o->second, (int)o->us);
    else if (o->second) snprintf(buf, sizeof buf, "%d, %d, %d", o->hour, o->minute, o->second);
    else snprintf(buf, sizeof buf, "%d, %d", o->hour, o->minute);
    return dt_repr_with_tz(t, self, buf, o->tzinfo, o->fold, false);
}

static Ref time_isoformat_impl(Thread *t, Ref self, Ref timespec) {
    Time *o = as_time(self);
    char buf[96];
    int n = dt_format_time(t, buf, sizeof buf, o->hour, o->minute, o->second, (int)o->us, timespec);
    if (n < 0) return REF_NULL;
    int k = dt_format_utcoffset(t, buf + n, sizeof buf - (size_t)n, o->tzinfo, REF_NONE, ":");
    if (k < 0) return REF_NULL;
    Object *s = str_from_ascii(t, buf, n + k);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref time_isoformat(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"timespec", NULL};
    const ArgSpec spec = {"isoformat", names, 0, 1};
    Ref v[1];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    return time_isoformat_impl(t, self, v[0]);
}

static Ref time_str(Thread *t, Ref self) {
    if (ref_type(self) == &time_type) return time_isoformat_impl(t, self, REF_NULL);
    Object *name = str_intern_cstr(t, "isoformat");
    if (!name) return REF_NULL;
    Ref r = obj_call_method(t, self, name, NULL, 0);
    obj_decref(name);
    return r;
}

static Ref time_strftime(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"format", NULL};
    const ArgSpec spec = {"strftime", names, 1, 1};
    Ref fmt;
    if (!args_parse(t, &spec, args, nargs, kw, &fmt)) return REF_NULL;
    if (!str_check(fmt))
        return err_format(t, &exc_TypeError, "strftime() argument 1 must be str, not %T", fmt);
    Time *o = as_time(self);
    Ref v[11] = {ref_from_int(1900), ref_from_int(1), ref_from_int(1), ref_from_int(o->hour),
                 ref_from_int(o->minute), ref_from_int(o->second), ref_from_int(0), ref_from_int(1),
                 ref_from_int(-1), REF_NONE, REF_NONE};
    Object *tt = structseq_new_visible(t, &time_struct_time_type, v, 9);
    if (!tt) return REF_NULL;
    Ref r = dt_wrap_strftime(t, self, fmt, ref_from_obj(tt));
    obj_decref(tt);
    return r;
}

static Ref time_utcoffset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "utcoffset", nargs, kw)) return REF_NULL;
    return tz_call_utcoffset(t, as_time(self)->tzinfo, REF_NONE);
}

static Ref time_dst(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "dst", nargs, kw)) return REF_NULL;
    return tz_call_dst(t, as_time(self)->tzinfo, REF_NONE);
}

static Ref time_tzname(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "tzname", nargs, kw)) return REF_NULL;
    return tz_call_tzname(t, as_time(self)->tzinfo, REF_NONE);
}

static Ref time_replace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL};
    const ArgSpec spec = {"replace", names, 0, 5};
    Ref v[6];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    Time *o = as_time(self);
    int64_t f[5] = {o->hour, o->minute, o->second, o->us, o->fold};
    for (int i = 0; i < 4; i++)
        if (!ref_is_null(v[i]) && dt_int_arg(t, v[i], &f[i]) < 0) return REF_NULL;
    if (!ref_is_null(v[5]) && dt_int_arg(t, v[5], &f[4]) < 0) return REF_NULL;
    Ref tz = ref_is_null(v[4]) ? o->tzinfo : v[4];
    if (dt_check_time(t, f[0], f[1], f[2], f[3], f[4]) < 0 || dt_check_tzinfo(t, tz) < 0)
        return REF_NULL;
    return time_alloc(t, ref_type(self), (int)f[0], (int)f[1], (int)f[2], (int)f[3], tz, (int)f[4]);
}

static Ref time_fromisoformat(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromisoformat", nargs, kw)) return REF_NULL;
    if (!str_check(args[0])) return err_set(t, &exc_TypeError, "fromisoformat: argument must be str");
    int f[4];
    Ref tz;
    if (dt_parse_isoformat_time(t, args[0], f, &tz) < 0) return REF_NULL;
    Ref r = dt_check_time(t, f[0], f[1], f[2], f[3], 0) < 0
                ? REF_NULL
                : time_make(t, (Type *)ref_obj(cls), f[0], f[1], f[2], f[3], tz, 0);
    ref_close(tz);
    return r;
}

static Ref time_reduce_proto(Thread *t, Ref self, int proto) {
    Time *o = as_time(self);
    uint8_t b[6];
    time_state_bytes(o, b, proto > 3);
    return dt_reduce_state(t, self, b, 6, o->tzinfo);
}

static Ref time_reduce_ex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__reduce_ex__", nargs, kw)) return REF_NULL;
    int64_t proto;
    if (dt_int_arg(t, args[0], &proto) < 0) return REF_NULL;
    return time_reduce_proto(t, self, (int)proto);
}

static Ref time_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    return time_reduce_proto(t, self, 2);
}

static Ref time_get_hour(Thread *t, Ref self, void *c) { return ref_from_int(as_time(self)->hour); }
static Ref time_get_minute(Thread *t, Ref self, void *c) { return ref_from_int(as_time(self)->minute); }
static Ref time_get_second(Thread *t, Ref self, void *c) { return ref_from_int(as_time(self)->second); }
static Ref time_get_us(Thread *t, Ref self, void *c) { return ref_from_int(as_time(self)->us); }
static Ref time_get_tzinfo(Thread *t, Ref self, void *c) { return ref_dup(as_time(self)->tzinfo); }
static Ref time_get_fold(Thread *t, Ref self, void *c) { return ref_from_int(as_time(self)->fold); }

static const MethodDef time_methods[] = {
    {"isoformat", time_isoformat, 0, "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n"},
    {"strftime", time_strftime, 0, "format -> strftime() style string."},
    {"__format__", dt_format_method, 0, "Formats self with strftime."},
    {"utcoffset", time_utcoffset, 0, "Return self.tzinfo.utcoffset(self)."},
    {"tzname", time_tzname, 0, "Return self.tzinfo.tzname(self)."},
    {"dst", time_dst, 0, "Return self.tzinfo.dst(self)."},
    {"replace", time_replace, 0, "Return time with new specified fields."},
    {"fromisoformat", time_fromisoformat, METH_CLASS, "string -> time from a string in ISO 8601 format"},
    {"__reduce_ex__", time_reduce_ex, 0, "__reduce_ex__(proto) -> (cls, state)"},
    {"__reduce__", time_reduce, 0, "__reduce__() -> (cls, state)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef time_getsets[] = {
    {"hour", time_get_hour, NULL, NULL, NULL},
    {"minute", time_get_minute, NULL, NULL, NULL},
    {"second", time_get_second, NULL, NULL, NULL},
    {"microsecond", time_get_us, NULL, NULL, NULL},
    {"tzinfo", time_get_tzinfo, NULL, NULL, NULL},
    {"fold", time_get_fold, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type time_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.time",
    .tp_basicsize = sizeof(Time),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
              "All arguments are optional. tzinfo may be None, or an instance of\n"
              "a tzinfo subclass. The remaining arguments may be ints.\n",
    .tp_dealloc = time_dealloc,
    .tp_free = obj_free,
    .new_ = time_tp_new,
    .repr = time_repr,
    .str = time_str,
    .hash = time_hash,
    .richcompare = time_richcompare,
    .methods = time_methods,
    .getsets = time_getsets,
};

#define TIME_CONST(h, m, s, u) {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &time_type}, .hour = h, .minute = m, .second = s, .fold = 0, .us = u, .tzinfo = {(uintptr_t)&none_obj}}
Time time_min_obj = TIME_CONST(0, 0, 0, 0);
Time time_max_obj = TIME_CONST(23, 59, 59, 999999);
#undef TIME_CONST
