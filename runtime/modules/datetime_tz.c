/* _datetime.tzinfo (the abstract base) and timezone (a fixed offset), and the checked
 * calls of a tzinfo's utcoffset/dst/tzname that time and datetime make. A timezone is
 * answered in C; any other tzinfo through its methods. */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

static bool timezone_exact(Ref r) { return ref_is_obj(r) && ref_type(r) == &timezone_type; }
#define TZ(r) ((TimeZone *)ref_obj(r))

/* A strictly-less-than-a-day timedelta, or None; anything else raises. Steals r. */
static Ref check_offset(Thread *t, const char *method, Ref r) {
    if (ref_is_null(r) || ref_is_none(r)) return r;
    if (!delta_check(r)) {
        err_format(t, &exc_TypeError, "tzinfo.%s() must return None or timedelta, not '%T'", method, r);
        ref_close(r);
        return REF_NULL;
    }
    TimeDelta *d = as_delta(r);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1) {
        ref_close(r);
        return err_set(t, &exc_ValueError, "offset must be a timedelta strictly between "
                                           "-timedelta(hours=24) and timedelta(hours=24).");
    }
    return r;
}

static Ref call_tz_method(Thread *t, Ref tz, const char *method, Ref arg) {
    Object *name = str_intern_cstr(t, method);
    if (!name) return REF_NULL;
    Ref r = obj_call_method(t, tz, name, &arg, 1);
    obj_decref(name);
    return r;
}

Ref tz_call_utcoffset(Thread *t, Ref tz, Ref arg) {
    if (ref_is_none(tz)) return REF_NONE;
    if (timezone_exact(tz)) return ref_dup(TZ(tz)->offset);
    return check_offset(t, "utcoffset", call_tz_method(t, tz, "utcoffset", arg));
}

Ref tz_call_dst(Thread *t, Ref tz, Ref arg) {
    if (ref_is_none(tz) || timezone_exact(tz)) return REF_NONE;
    return check_offset(t, "dst", call_tz_method(t, tz, "dst", arg));
}

static Ref timezone_name(Thread *t, Ref self);

Ref tz_call_tzname(Thread *t, Ref tz, Ref arg) {
    if (ref_is_none(tz)) return REF_NONE;
    if (timezone_exact(tz)) return timezone_name(t, tz);
    Ref r = call_tz_method(t, tz, "tzname", arg);
    if (ref_is_null(r) || ref_is_none(r) || str_check(r)) return r;
    err_format(t, &exc_TypeError, "tzinfo.tzname() must return None or a string, not '%T'", r);
    ref_close(r);
    return REF_NULL;
}

/* ---- tzinfo ----------------------------------------------------------------------------- */

static Ref tzinfo_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    return o ? ref_from_obj(o) : REF_NULL;
}

static Ref not_implemented(Thread *t, const char *what, size_t nargs, Object *kw) {
    char fname[32];
    snprintf(fname, sizeof fname, "tzinfo.%s", what);
    if (!args_one(t, fname, nargs, kw)) return REF_NULL;
    return err_format(t, &exc_NotImplementedError, "a tzinfo subclass must implement %s()", what);
}

static Ref tzinfo_tzname(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return not_implemented(t, "tzname", nargs, kw);
}
static Ref tzinfo_utcoffset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return not_implemented(t, "utcoffset", nargs, kw);
}
static Ref tzinfo_dst(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return not_implemented(t, "dst", nargs, kw);
}

/* The generic conversion from UTC for a tzinfo with standard and DST offsets. */
static Ref tzinfo_fromutc(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromutc", nargs, kw)) return REF_NULL;
    Ref dt = args[0];
    if (!datetime_check(dt)) return err_set(t, &exc_TypeError, "fromutc: argument must be a datetime");
    if (!ref_is(as_datetime(dt)->tzinfo, self))
        return err_set(t, &exc_ValueError, "fromutc: dt.tzinfo is not self");
    Ref off = tz_call_utcoffset(t, self, dt);
    if (ref_is_null(off)) return REF_NULL;
    if (ref_is_none(off)) return err_set(t, &exc_ValueError, "fromutc: non-None utcoffset() result required");
    Ref dst = tz_call_dst(t, self, dt);
    if (ref_is_null(dst)) {
        ref_close(off);
        return REF_NULL;
    }
    if (ref_is_none(dst)) {
        ref_close(off);
        return err_set(t, &exc_ValueError, "fromutc: non-None dst() result required");
    }
    Ref delta = obj_binop(t, off, dst, NB_SUBTRACT);
    ref_close(off), ref_close(dst);
    if (ref_is_null(delta)) return REF_NULL;
    Ref shifted = obj_binop(t, dt, delta, NB_ADD);
    ref_close(delta);
    if (ref_is_null(shifted)) return REF_NULL;
    dst = tz_call_dst(t, self, shifted);
    if (ref_is_null(dst)) goto fail;
    if (ref_is_none(dst)) {
        err_set(t, &exc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
        goto fail;
    }
    Ref r = obj_binop(t, shifted, dst, NB_ADD);
    ref_close(shifted), ref_close(dst);
    return r;
fail:
    ref_close(shifted);
    return REF_NULL;
}

/* (type(self), self.__getinitargs__() or (), self.__getstate__()) */
static Ref tzinfo_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    Object *gname = str_intern_cstr(t, "__getinitargs__");
    if (!gname) return REF_NULL;
    Ref getinitargs = obj_lookup_attr(t, self, gname);
    obj_decref(gname);
    Ref initargs;
    if (ref_is_null(getinitargs)) {
        if (err_occurred(t)) return REF_NULL;
        initargs = ref_from_obj(tuple_empty());
    } else {
        initargs = obj_call0(t, getinitargs);
        ref_close(getinitargs);
        if (ref_is_null(initargs)) return REF_NULL;
    }
    Ref state = obj_call_method(t, self, ID(__getstate__), NULL, 0);
    if (ref_is_null(state)) {
        ref_close(initargs);
        return REF_NULL;
    }
    Object *r = tuple_pack(t, 3, ref_from_obj((Object *)ref_type(self)), initargs, state);
    ref_close(initargs), ref_close(state);
    return r ? ref_from_obj(r) : REF_NULL;
}

static const MethodDef tzinfo_methods[] = {
    {"tzname", tzinfo_tzname, 0, "datetime -> string name of time zone."},
    {"utcoffset", tzinfo_utcoffset, 0, "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"},
    {"dst", tzinfo_dst, 0, "datetime -> DST offset as timedelta positive east of UTC."},
    {"fromutc", tzinfo_fromutc, 0, "datetime in UTC -> datetime in local time."},
    {"__reduce__", tzinfo_reduce, 0, "-> (cls, state)"},
    {NULL, NULL, 0, NULL},
};

Type tzinfo_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.tzinfo",
    .tp_basicsize = sizeof(Object),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Abstract base class for time zone info objects.",
    .tp_free = obj_free,
    .new_ = tzinfo_tp_new,
    .methods = tzinfo_methods,
};

/* ---- timezone --------------------------------------------------------------------------- */

Ref timezone_from_offset(Thread *t, Ref offset, Ref name) {
    TimeDelta *d = as_delta(offset);
    if ((d->days == -1 && d->seconds == 0 && d->us < 1) || d->days < -1 || d->days >= 1)
        return err_format(t, &exc_ValueError,
                          "offset must be a timedelta strictly between -timedelta(hours=24) and "
                          "timedelta(hours=24), not %R.", offset);
    if (ref_is_null(name) && d->days == 0 && d->seconds == 0 && d->us == 0)
        return ref_immortal(&timezone_utc_obj);
    TimeZone *z = (TimeZone *)obj_alloc(t, &timezone_type, sizeof(TimeZone));
    if (!z) return REF_NULL;
    z->offset = ref_dup(offset);
    z->name = ref_is_null(name) ? REF_NULL : ref_dup(name);
    return ref_from_obj(&z->ob);
}

static Ref timezone_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"offset", "name", NULL};
    const ArgSpec spec = {"timezone", names, 1, 2};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, v)) return REF_NULL;
    if (!delta_check(v[0]))
        return err_format(t, &exc_TypeError, "timezone() argument 1 must be datetime.timedelta, not %T", v[0]);
    if (!ref_is_null(v[1]) && !str_check(v[1]))
        return err_format(t, &exc_TypeError, "timezone() argument 2 must be str, not %T", v[1]);
    return timezone_from_offset(t, v[0], v[1]);
}

static void timezone_dealloc(Object *o) {
    TimeZone *z = (TimeZone *)o;
    ref_close(z->offset);
    ref_close(z->name);
    o->ob_type->tp_free(o);
}

static Ref timezone_name(Thread *t, Ref self) {
    TimeZone *z = TZ(self);
    if (!ref_is_null(z->name)) return ref_dup(z->name);
    TimeDelta *d = as_delta(z->offset);
    if (d->days == 0 && d->seconds == 0 && d->us == 0) {
        Object *s = str_from_cstr(t, "UTC");
        return s ? ref_from_obj(s) : REF_NULL;
    }
    char buf[48];
    memcpy(buf, "UTC", 3);
    int n = 3 + dt_format_offset(buf + 3, sizeof buf - 3, delta_to_us(d), ":");
    Object *s = str_from_ascii(t, buf, n);
    return s ? ref_from_obj(s) : REF_NULL;
}

static bool check_dt_arg(Thread *t, const char *method, size_t nargs, Object *kw, const Ref *args) {
    if (!args_one(t, method, nargs, kw)) return false;
    if (ref_is_none(args[0]) || datetime_check(args[0])) return true;
    err_format(t, &exc_TypeError, "%s(dt) argument must be a datetime instance or None, not %T",
               method, args[0]);
    return false;
}

static Ref tz_utcoffset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!check_dt_arg(t, "utcoffset", nargs, kw, args)) return REF_NULL;
    return ref_dup(TZ(self)->offset);
}

static Ref tz_dst(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!check_dt_arg(t, "dst", nargs, kw, args)) return REF_NULL;
    return REF_NONE;
}

static Ref tz_tzname(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!check_dt_arg(t, "tzname", nargs, kw, args)) return REF_NULL;
    return timezone_name(t, self);
}

static Ref tz_fromutc(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "fromutc", nargs, kw)) return REF_NULL;
    if (!datetime_check(args[0])) return err_set(t, &exc_TypeError, "fromutc: argument must be a datetime");
    if (!ref_is(as_datetime(args[0])->tzinfo, self))
        return err_set(t, &exc_ValueError, "fromutc: dt.tzinfo is not self");
    return datetime_shift(t, args[0], delta_to_us(as_delta(TZ(self)->offset)), self);
}

static Ref tz_getinitargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__getinitargs__", nargs, kw)) return REF_NULL;
    TimeZone *z = TZ(self);
    Object *r = ref_is_null(z->name) ? tuple_pack(t, 1, z->offset) : tuple_pack(t, 2, z->offset, z->name);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref timezone_repr(Thread *t, Ref self) {
    if (ref_is_object(self, &timezone_utc_obj)) {
        Object *s = str_from_cstr(t, "datetime.timezone.utc");
        return s ? ref_from_obj(s) : REF_NULL;
    }
    TimeZone *z = TZ(self);
    Object *s = ref_is_null(z->name)
                    ? str_from_format(t, "%s(%R)", ref_type(self)->tp_name, z->offset)
                    : str_from_format(t, "%s(%R, %R)", ref_type(self)->tp_name, z->offset, z->name);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref timezone_str(Thread *t, Ref self) { return timezone_name(t, self); }

static Ref timezone_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !ref_is_obj(b) || ref_type(b) != &timezone_type)
        return REF_NOTIMPLEMENTED;
    return obj_richcompare(t, TZ(a)->offset, TZ(b)->offset, op);
}

static int64_t timezone_hash(Thread *t, Ref self) { return obj_hash(t, TZ(self)->offset); }

static const MethodDef timezone_methods[] = {
    {"tzname", tz_tzname, 0, "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."},
    {"utcoffset", tz_utcoffset, 0, "Return fixed offset."},
    {"dst", tz_dst, 0, "Return None."},
    {"fromutc", tz_fromutc, 0, "datetime in UTC -> datetime in local time."},
    {"__getinitargs__", tz_getinitargs, 0, "pickle support"},
    {NULL, NULL, 0, NULL},
};

Type timezone_type = {
    TYPE_HEAD_INIT,
    .tp_name = "datetime.timezone",
    .tp_basicsize = sizeof(TimeZone),
    .tp_base = &tzinfo_type,
    .tp_doc = "Fixed offset from UTC implementation of tzinfo.",
    .tp_dealloc = timezone_dealloc,
    .tp_free = obj_free,
    .new_ = timezone_tp_new,
    .repr = timezone_repr,
    .str = timezone_str,
    .hash = timezone_hash,
    .richcompare = timezone_richcompare,
    .methods = timezone_methods,
};

static TimeDelta delta_minus_2359_obj = {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &timedelta_type},
                                         .days = -1, .seconds = 60, .us = 0};
static TimeDelta delta_plus_2359_obj = {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &timedelta_type},
                                        .days = 0, .seconds = 86340, .us = 0};
#define TZ_CONST(delta) {.ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &timezone_type}, .offset = {(uintptr_t)&delta}, .name = {0}}
TimeZone timezone_utc_obj = TZ_CONST(delta_zero_obj);
TimeZone timezone_min_obj = TZ_CONST(delta_minus_2359_obj);
TimeZone timezone_max_obj = TZ_CONST(delta_plus_2359_obj);
#undef TZ_CONST
