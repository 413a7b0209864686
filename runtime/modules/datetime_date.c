/* _datetime.date (year, month, day) and IsoCalendarDate, the named tuple isocalendar()
 * returns. */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "objects/structseq.h"
#include "spry.h"

bool date_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &date_type); }

static Ref date_alloc(Thread *t, Type *type, int year, int month, int day) {
    Date *d = (Date *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    d->year = year, d->month = (uint8_t)month, d->day = (uint8_t)day;
    return ref_from_obj(&d->ob);
}

Ref date_make(Thread *t, Type *type, int year, int month, int day) {
    if (type == &date_type) return date_alloc(t, type, year, month, day);
    if (type == &datetime_type)
        return datetime_make(t, type, year, month, day, 0, 0, 0, 0, REF_NONE, 0);
    Ref args[3] = {ref_from_int(year), ref_from_int(month), ref_from_int(day)};
    return obj_call(t, ref_from_obj((Object *)type), args, 3, NULL);
}

/* A date from its pickle state: 4 bytes (year high, year low, month, day). 1 when `arg`
 * is such a state (*out set, or REF_NULL on error), 0 when it is not. */
static int date_from_state(Thread *t, Type *type, Ref arg, Ref *out) {
    if (!bytes_check(arg) || bytes_size(ref_obj(arg)) != 4) return 0;
    const uint8_t *b = (const uint8_t *)bytes_data(ref_obj(arg));
    if (b[2] < 1 || b[2] > 12) return 0;
    *out = date_alloc(t, type, b[0] * 256 + b[1], b[2], b[3]);
    return 1;
}

static Ref date_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref r;
    if (nargs == 1 && !kwnames && date_from_state(t, type, args[0], &r)) return r;
    static const char *const names[] = {"year", "month", "day", NULL};
    Ref v[3];
    if (!dt_bind_args(t, names, 3, 3, args, nargs, kwnames, v)) return REF_NULL;
    int64_t y, m, d;
    if (dt_int_arg(t, v[0], &y) < 0 || dt_int_arg(t, v[1], &m) < 0 || dt_int_arg(t, v[2], &d) < 0 ||
        dt_check_date(t, y, m, d) < 0)
        return REF_NULL;
    return date_alloc(t, type, (int)y, (int)m, (int)d);
}

/* ---- class methods ---------------------------------------------------------------------- */

static Type *as_type(Ref cls) { return (Type *)ref_obj(cls); }

static Ref date_fromordinal(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromordinal", nargs, kw)) return REF_NULL;
    int64_t n;
    if (dt_int_arg(t, args[0], &n) < 0) return REF_NULL;
    if (n < 1) return err_set(t, &exc_ValueError, "ordinal must be >= 1");
    int y, m, d;
    dt_ord_to_ymd(n, &y, &m, &d);
    if (dt_check_date(t, y, m, d) < 0) return REF_NULL;
    return date_make(t, as_type(cls), y, m, d);
}

static Ref date_fromisoformat(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromisoformat", nargs, kw)) return REF_NULL;
    if (!str_check(args[0])) return err_set(t, &exc_TypeError, "fromisoformat: argument must be str");
    int f[3];
    if (dt_parse_isoformat_date(t, args[0], f) < 0 || dt_check_date(t, f[0], f[1], f[2]) < 0)
        return REF_NULL;
    return date_make(t, as_type(cls), f[0], f[1], f[2]);
}

static Ref date_fromisocalendar(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"year", "week", "day", NULL};
    const ArgSpec spec = {"fromisocalendar", names, 3, 3};
    Ref v[3];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    int64_t f[3];
    for (int i = 0; i < 3; i++) {
        if (dt_int_arg(t, v[i], &f[i]) < 0) {
            if (err_matches(t, &exc_OverflowError)) {
                err_clear(t);
                err_set(t, &exc_ValueError, "ISO calendar component out of range");
            }
            return REF_NULL;
        }
    }
    if (f[0] < 1 || f[0] > 9999) return err_format(t, &exc_ValueError, "Year is out of range: %d", (int)f[0]);
    int y, m, d;
    int rc = dt_iso_to_ymd((int)f[0], (int)f[1], (int)f[2], &y, &m, &d);
    if (rc == -2) return err_format(t, &exc_ValueError, "Invalid week: %d", (int)f[1]);
    if (rc == -3) return err_format(t, &exc_ValueError, "Invalid day: %d (range is [1, 7])", (int)f[2]);
    if (dt_check_date(t, y, m, d) < 0) return REF_NULL;
    return date_make(t, as_type(cls), y, m, d);
}

static Ref date_fromtimestamp(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromtimestamp", nargs, kw)) return REF_NULL;
    return dt_date_fromtimestamp(t, cls, args[0]);
}

static Ref date_today(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "today", nargs, kw)) return REF_NULL;
    return dt_date_today(t, cls);
}

/* ---- arithmetic and comparison ---------------------------------------------------------- */

/* date + days (a timedelta's days), as type(d)(...). */
static Ref date_shift(Thread *t, Ref dref, int64_t days) {
    Date *d = as_date(dref);
    int64_t o = dt_ymd_to_ord(d->year, d->month, d->day) + days;
    if (o < 1 || o > DT_MAXORDINAL) return err_set(t, &exc_OverflowError, "date value out of range");
    int y, m, dd;
    dt_ord_to_ymd(o, &y, &m, &dd);
    return date_make(t, ref_type(dref), y, m, dd);
}

static Ref date_add(Thread *t, Ref a, Ref b) {
    if (datetime_check(a) || datetime_check(b)) return REF_NOTIMPLEMENTED;
    if (date_check(a) && delta_check(b)) return date_shift(t, a, as_delta(b)->days);
    if (delta_check(a) && date_check(b)) return date_shift(t, b, as_delta(a)->days);
    return REF_NOTIMPLEMENTED;
}

static Ref date_sub(Thread *t, Ref a, Ref b) {
    if (datetime_check(a) || datetime_check(b) || !date_check(a)) return REF_NOTIMPLEMENTED;
    if (delta_check(b)) return date_shift(t, a, -(int64_t)as_delta(b)->days);
    if (!date_check(b)) return REF_NOTIMPLEMENTED;
    Date *x = as_date(a), *y = as_date(b);
    int64_t days = dt_ymd_to_ord(x->year, x->month, x->day) - dt_ymd_to_ord(y->year, y->month, y->day);
    return delta_from_us(t, (dt_i128)days * DT_US_PER_DAY);
}

static int date_compare_fields(const Date *a, const Date *b) {
    if (a->year != b->year) return a->year < b->year ? -1 : 1;
    if (a->month != b->month) return a->month < b->month ? -1 : 1;
    if (a->day != b->day) return a->day < b->day ? -1 : 1;
    return 0;
}

Ref dt_cmp_result(int c, int op) {
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return ref_from_bool(r);
}

static Ref date_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!date_check(b)) return REF_NOTIMPLEMENTED;
    return dt_cmp_result(date_compare_fields(as_date(a), as_date(b)), op);
}

static void date_state_bytes(const Date *d, uint8_t out[4]) {
    out[0] = (uint8_t)(d->year >> 8), out[1] = (uint8_t)d->year;
    out[2] = d->month, out[3] = d->day;
}

static int64_t date_hash(Thread *t, Ref self) {
    uint8_t b[4];
    date_state_bytes(as_date(self), b);
    return str_hash_bytes(b, 4);
}

/* ---- text ------------------------------------------------------------------------------- */

static Ref date_repr(Thread *t, Ref self) {
    Date *d = as_date(self);
    Object *s = str_from_format(t, "%s(%d, %d, %d)", ref_type(self)->tp_name, d->year, d->month, d->day);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref date_isoformat_str(Thread *t, const Date *d) {
    char buf[16];
    int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    Object *s = str_from_ascii(t, buf, n);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref date_isoformat(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "isoformat", nargs, kw)) return REF_NULL;
    return date_isoformat_str(t, as_date(self));
}

static Ref date_str(Thread *t, Ref self) {
    if (ref_type(self) == &date_type) return date_isoformat_str(t, as_date(self));
    Object *name = str_intern_cstr(t, "isoformat");
    if (!name) return REF_NULL;
    Ref r = obj_call_method(t, self, name, NULL, 0);
    obj_decref(name);
    return r;
}

static Ref date_ctime(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "ctime", nargs, kw)) return REF_NULL;
    Date *d = as_date(self);
    return dt_format_ctime(t, d->year, d->month, d->day, 0, 0, 0);
}

Ref date_build_timetuple(Thread *t, int y, int m, int d, int hh, int mm, int ss, int dst) {
    Ref v[11] = {ref_from_int(y), ref_from_int(m), ref_from_int(d), ref_from_int(hh),
                 ref_from_int(mm), ref_from_int(ss), ref_from_int(dt_weekday(y, m, d)),
                 ref_from_int(dt_days_before_month(y, m) + d), ref_from_int(dst), REF_NONE, REF_NONE};
    Object *st = structseq_new_visible(t, &time_struct_time_type, v, 9);
    return st ? ref_from_obj(st) : REF_NULL;
}

static Ref date_timetuple(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "timetuple", nargs, kw)) return REF_NULL;
    Date *d = as_date(self);
    return date_build_timetuple(t, d->year, d->month, d->day, 0, 0, 0, -1);
}

static Ref date_strftime(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"format", NULL};
    const ArgSpec spec = {"strftime", names, 1, 1};
    Ref fmt;
    if (!args_parse(t, &spec, args, nargs, kw, &fmt)) return REF_NULL;
    if (!str_check(fmt))
        return err_format(t, &exc_TypeError, "strftime() argument 1 must be str, not %T", fmt);
    Object *name = str_intern_cstr(t, "timetuple");
    if (!name) return REF_NULL;
    Ref tt = obj_call_method(t, self, name, NULL, 0);
    obj_decref(name);
    if (ref_is_null(tt)) return REF_NULL;
    Ref r = dt_wrap_strftime(t, self, fmt, tt);
    ref_close(tt);
    return r;
}

Ref dt_format_method(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__format__", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument 1 must be str, not %T", args[0]);
    if (str_len(ref_obj(args[0])) == 0) return obj_str(t, self);
    Object *name = str_intern_cstr(t, "strftime");
    if (!name) return REF_NULL;
    Ref r = obj_call_method(t, self, name, args, 1);
    obj_decref(name);
    return r;
}

/* ---- calendar queries ------------------------------------------------------------------- */

static int64_t date_ordinal(Ref self) {
    Date *d = as_date(self);
    return dt_ymd_to_ord(d->year, d->month, d->day);
}

static Ref date_toordinal(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "toordinal", nargs, kw)) return REF_NULL;
    return ref_from_int(date_ordinal(self));
}

static Ref date_weekday(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "weekday", nargs, kw)) return REF_NULL;
    return ref_from_int((date_ordinal(self) + 6) % 7);
}

static Ref date_isoweekday(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "isoweekday", nargs, kw)) return REF_NULL;
    return ref_from_int((date_ordinal(self) + 6) % 7 + 1);
}

static Ref date_isocalendar(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "isocalendar", nargs, kw)) return REF_NULL;
    int year = as_date(self)->year;
    int64_t today = date_ordinal(self);
    int64_t monday = dt_iso_week1_monday(year);
    int64_t diff = today - monday;
    if (diff < 0) {
        year--;
        diff = today - dt_iso_week1_monday(year);
    } else if (diff >= 52 * 7 && today >= dt_iso_week1_monday(year + 1)) {
        year++;
        diff = today - dt_iso_week1_monday(year);
    }
    Ref v[3] = {ref_from_int(year), ref_from_int(diff / 7 + 1), ref_from_int(diff % 7 + 1)};
    Object *r = structseq_new(t, &isocalendar_date_type, v);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref date_replace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"year", "month", "day", NULL};
    const ArgSpec spec = {"replace", names, 0, 3};
    Ref v[3];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    Date *d = as_date(self);
    int64_t f[3] = {d->year, d->month, d->day};
    for (int i = 0; i < 3; i++)
        if (!ref_is_null(v[i]) && dt_int_arg(t, v[i], &f[i]) < 0) return REF_NULL;
    if (dt_check_date(t, f[0], f[1], f[2]) < 0) return REF_NULL;
    return date_alloc(t, ref_type(self), (int)f[0], (int)f[1], (int)f[2]);
}

static Ref date_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    uint8_t b[4];
    date_state_bytes(as_date(self), b);
    return dt_reduce_state(t, self, b, 4, REF_NONE);
}

/* (type(self), (state,)) or, with a tzinfo other than None, (type(self), (state, tz)),
 * state being the n bytes as a bytes object. */
Ref dt_reduce_state(Thread *t, Ref self, const uint8_t *state, size_t n, Ref tz) {
    Object *b = bytes_from(t, state, n);
    if (!b) return REF_NULL;
    Ref s = ref_from_obj(b);
    Object *args = ref_is_none(tz) ? tuple_pack(t, 1, s) : tuple_pack(t, 2, s, tz);
    obj_decref(b);
    if (!args) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_from_obj((Object *)ref_type(self)), ref_from_obj(args));
    obj_decref(args);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref date_get_year(Thread *t, Ref self, void *c) { return ref_from_int(as_date(self)->year); }
static Ref date_get_month(Thread *t, Ref self, void *c) { return ref_from_int(as_date(self)->month); }
static Ref date_get_day(Thread *t, Ref self, void *c) { return ref_from_int(as_date(self)->day); }

static const MethodDef date_methods[] = {
    {"fromtimestamp", date_fromtimestamp, METH_CLASS, "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time."},
    {"fromordinal", date_fromordinal, METH_CLASS, "int -> date corresponding to a proleptic Gregorian ordinal."},
    {"fromisoformat", date_fromisoformat, METH_CLASS, "str -> Construct a date from a string in ISO 8601 format."},
    {"fromisocalendar", date_fromisocalendar, METH_CLASS, "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function"},
    {"today", date_today, METH_CLASS, "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."},
    {"ctime", date_ctime, 0, "Return ctime() style string."},
    {"strftime", date_strftime, 0, "format -> strftime() style string."},
    {"__format__", dt_format_method, 0, "Formats self with strftime."},
    {"timetuple", date_timetuple, 0, "Return time tuple, compatible with time.localtime()."},
    {"isocalendar", date_isocalendar, 0, "Return a named tuple containing ISO year, week number, and weekday."},
    {"isoformat", date_isoformat, 0, "Return string in ISO 8601 format, YYYY-MM-DD."},
    {"isoweekday", date_isoweekday, 0, "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"},
    {"toordinal", date_toordinal, 0, "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."},
    {"weekday", date_weekday, 0, "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"},
    {"replace", date_replace, 0, "Return date with new specified fields."},
    {"__reduce__", date_reduce, 0, "__reduce__() -> (cls, state)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef date_getsets[] = {
    {"year", date_get_year, NULL, NULL, NULL},
    {"month", date_get_month, NULL, NULL, NULL},
    {"day", date_get_day, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type date_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.date",
    .tp_basicsize = sizeof(Date),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "date(year, month, day) --> date object",
    .tp_free = obj_free,
    .new_ = date_tp_new,
    .repr = date_repr,
    .str = date_str,
    .hash = date_hash,
    .richcompare = date_richcompare,
    .nb = {[NB_ADD] = date_add, [NB_SUBTRACT] = date_sub},
    .methods = date_methods,
    .getsets = date_getsets,
};

#define DATE_CONST(y, m, d) {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &date_type}, .year = y, .month = m, .day = d}
Date date_min_obj = DATE_CONST(1, 1, 1);
Date date_max_obj = DATE_CONST(9999, 12, 31);
#undef DATE_CONST

/* ---- IsoCalendarDate -------------------------------------------------------------------- */

static const MemberDef isocalendar_fields[] = {
    STRUCTSEQ_FIELD(0, "year", NULL), STRUCTSEQ_FIELD(1, "week", NULL),
    STRUCTSEQ_FIELD(2, "weekday", NULL), {NULL, 0, 0, 0, NULL}};

static Ref isocal_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"year", "week", "weekday", NULL};
    const ArgSpec spec = {"IsoCalendarDate", names, 3, 3};
    Ref v[3];
    if (!args_parse(t, &spec, args, nargs, kwnames, v)) return REF_NULL;
    Object *r = structseq_new(t, type, v);
    return r ? ref_from_obj(r) : REF_NULL;
}

/* Pickled as a plain tuple, as CPython's. */
static Ref isocal_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    Object *plain = tuple_from_array(t, tuple_items(ref_obj(self)), 3);
    if (!plain) return REF_NULL;
    Object *inner = tuple_pack(t, 1, ref_from_obj(plain));
    obj_decref(plain);
    if (!inner) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_immortal(&tuple_type), ref_from_obj(inner));
    obj_decref(inner);
    return r ? ref_from_obj(r) : REF_NULL;
}

static const MethodDef isocal_methods[] = {
    {"__reduce__", isocal_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type isocalendar_date_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.IsoCalendarDate",
    .tp_basicsize = sizeof(Tuple),
    .tp_itemsize = sizeof(Ref),
    .tp_base = &tuple_type,
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS,
    .repr = structseq_repr,
    .new_ = isocal_new,
    .members = isocalendar_fields,
    .methods = isocal_methods,
};
