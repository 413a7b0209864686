/* _datetime: text out. ISO 8601 formatting, ctime() and strftime() (the %z, %Z and %f
 * directives here, the rest by time.strftime). Parsing is in datetime_isoparse.c. */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

int dt_format_offset(char *buf, size_t size, dt_i128 us, const char *sep) {
    char sign = '+';
    if (us < 0) sign = '-', us = -us;
    int micro = (int)(us % DT_US_PER_SECOND);
    int seconds = (int)(us / DT_US_PER_SECOND);
    int hh = seconds / 3600, mm = seconds / 60 % 60, ss = seconds % 60;
    if (micro)
        return snprintf(buf, size, "%c%02d%s%02d%s%02d.%06d", sign, hh, sep, mm, sep, ss, micro);
    if (ss) return snprintf(buf, size, "%c%02d%s%02d%s%02d", sign, hh, sep, mm, sep, ss);
    return snprintf(buf, size, "%c%02d%s%02d", sign, hh, sep, mm);
}

int dt_format_utcoffset(Thread *t, char *buf, size_t size, Ref tz, Ref arg, const char *sep) {
    buf[0] = 0;
    Ref off = tz_call_utcoffset(t, tz, arg);
    if (ref_is_null(off)) return -1;
    int n = 0;
    if (!ref_is_none(off)) n = dt_format_offset(buf, size, delta_to_us(as_delta(off)), sep);
    ref_close(off);
    return n;
}

int dt_format_time(Thread *t, char *buf, size_t size, int hh, int mm, int ss, int us, Ref timespec) {
    const char *spec = "auto";
    if (!ref_is_null(timespec)) {
        if (!str_check(timespec)) {
            err_format(t, &exc_TypeError, "isoformat() argument 2 must be str, not %T", timespec);
            return -1;
        }
        spec = str_utf8_lossy(ref_obj(timespec));
    }
    if (strcmp(spec, "auto") == 0) spec = us ? "microseconds" : "seconds";
    if (strcmp(spec, "hours") == 0) return snprintf(buf, size, "%02d", hh);
    if (strcmp(spec, "minutes") == 0) return snprintf(buf, size, "%02d:%02d", hh, mm);
    if (strcmp(spec, "seconds") == 0) return snprintf(buf, size, "%02d:%02d:%02d", hh, mm, ss);
    if (strcmp(spec, "milliseconds") == 0)
        return snprintf(buf, size, "%02d:%02d:%02d.%03d", hh, mm, ss, us / 1000);
    if (strcmp(spec, "microseconds") == 0)
        return snprintf(buf, size, "%02d:%02d:%02d.%06d", hh, mm, ss, us);
    err_set(t, &exc_ValueError, "Unknown timespec value");
    return -1;
}

Ref dt_format_ctime(Thread *t, int y, int m, int d, int hh, int mm, int ss) {
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    Object *s = str_from_format(t, "%s %s %2d %02d:%02d:%02d %04d", days[dt_weekday(y, m, d)],
                                months[m - 1], d, hh, mm, ss, y);
    return s ? ref_from_obj(s) : REF_NULL;
}

/* ---- strftime --------------------------------------------------------------------------- */

/* The object's tzinfo and the argument its methods get: a datetime passes itself, a time
 * None; a date has no tzinfo. */
static void strftime_tz(Ref obj, Ref *tz, Ref *arg) {
    *tz = REF_NONE, *arg = REF_NONE;
    if (datetime_check(obj)) *tz = as_datetime(obj)->tzinfo, *arg = obj;
    else if (time_check(obj)) *tz = as_time(obj)->tzinfo;
}

Ref dt_wrap_strftime(Thread *t, Ref obj, Ref fmt, Ref timetuple) {
    Object *f = ref_obj(fmt);
    intptr_t n = str_len(f);
    StrBuilder b;
    str_builder_init(&b);
    Ref tz, arg;
    strftime_tz(obj, &tz, &arg);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(f, i);
        if (c != '%' || i + 1 == n) {
            if (!str_builder_putc(t, &b, c)) return REF_NULL;
            continue;
        }
        uint32_t d = str_char_at(f, ++i);
        bool ok;
        if (d == 'z') {
            char buf[48];
            int len = dt_format_utcoffset(t, buf, sizeof buf, tz, arg, "");
            ok = len >= 0 && str_builder_put_ascii(t, &b, buf, len);
        } else if (d == 'Z') {
            Ref name = tz_call_tzname(t, tz, arg);
            ok = !ref_is_null(name);
            if (ok && !ref_is_none(name)) {
                Object *s = ref_obj(name);
                for (intptr_t k = 0; ok && k < str_len(s); k++) {
                    uint32_t ch = str_char_at(s, k);
                    ok = str_builder_putc(t, &b, ch) && (ch != '%' || str_builder_putc(t, &b, '%'));
                }
            }
            ref_close(name);
        } else if (d == 'f') {
            int us = datetime_check(obj) ? as_datetime(obj)->us : time_check(obj) ? as_time(obj)->us : 0;
            char buf[8];
            snprintf(buf, sizeof buf, "%06d", us);
            ok = str_builder_put_ascii(t, &b, buf, 6);
        } else {
            ok = str_builder_putc(t, &b, '%') && str_builder_putc(t, &b, d);
        }
        if (!ok) {
            str_builder_discard(&b);
            return REF_NULL;
        }
    }
    Object *newfmt = str_builder_finish(t, &b);
    if (!newfmt) return REF_NULL;
    Ref mod = import_module(t, "time");
    Ref r = REF_NULL;
    if (!ref_is_null(mod)) {
        Ref args[2] = {ref_from_obj(newfmt), timetuple};
        Object *name = str_intern_cstr(t, "strftime");
        if (name) r = obj_call_method(t, mod, name, args, 2);
        obj_xdecref(name);
        ref_close(mod);
    }
    obj_decref(newfmt);
    return r;
}
