/* _datetime: text in and out. ISO 8601 formatting, ctime(), strftime() (the %z, %Z and %f
 * directives here, the rest by time.strftime) and the fast path of fromisoformat() for
 * the forms isoformat() writes; any other string goes to _datetime_support. */
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

/* ---- ISO 8601 parsing (fast path) ------------------------------------------------------- */

static bool digits(Object *s, intptr_t pos, int count, int *out) {
    if (pos + count > str_len(s)) return false;
    int v = 0;
    for (int i = 0; i < count; i++) {
        uint32_t c = str_char_at(s, pos + i);
        if (c < '0' || c > '9') return false;
        v = v * 10 + (int)(c - '0');
    }
    *out = v;
    return true;
}

static bool char_at_is(Object *s, intptr_t pos, uint32_t c) {
    return pos < str_len(s) && str_char_at(s, pos) == c;
}

intptr_t dt_parse_iso_date(Object *s, intptr_t pos, int *y, int *m, int *d) {
    if (!digits(s, pos, 4, y) || !char_at_is(s, pos + 4, '-') || !digits(s, pos + 5, 2, m) ||
        !char_at_is(s, pos + 7, '-') || !digits(s, pos + 8, 2, d))
        return -1;
    return pos + 10;
}

/* HH:MM[:SS[(.|,)f+]] from pos; the end, or -1. */
static intptr_t parse_hms(Object *s, intptr_t pos, int f[4]) {
    f[2] = f[3] = 0;
    if (!digits(s, pos, 2, &f[0]) || !char_at_is(s, pos + 2, ':') || !digits(s, pos + 3, 2, &f[1]))
        return -1;
    pos += 5;
    if (!char_at_is(s, pos, ':')) return pos;
    if (!digits(s, pos + 1, 2, &f[2])) return -1;
    pos += 3;
    if (!char_at_is(s, pos, '.') && !char_at_is(s, pos, ',')) return pos;
    pos++;
    int n = 0, us = 0;
    while (pos < str_len(s) && str_char_at(s, pos) >= '0' && str_char_at(s, pos) <= '9') {
        if (n < 6) us = us * 10 + (int)(str_char_at(s, pos) - '0');
        n++, pos++;
    }
    if (n == 0) return -1;
    for (; n < 6; n++) us *= 10;
    f[3] = us;
    return pos;
}

/* The time part and offset of an isoformat() string from pos to the end: 1 with the fields
 * (not range-checked: the constructors report those errors, as CPython's) and *tz (new
 * reference: None, or a timezone), 0 when this is not such a string, -1 on error. */
int dt_parse_iso_time(Thread *t, Object *s, intptr_t pos, int f[4], Ref *tz) {
    intptr_t len = str_len(s);
    pos = parse_hms(s, pos, f);
    if (pos < 0) return 0;
    *tz = REF_NONE;
    if (pos == len) return 1;
    uint32_t c = str_char_at(s, pos);
    if (c == 'Z') {
        if (pos + 1 != len) return 0;
        *tz = ref_immortal(&timezone_utc_obj);
        return 1;
    }
    if (c != '+' && c != '-') return 0;
    int o[4];
    intptr_t end = parse_hms(s, pos + 1, o);
    if (end != len) return 0;
    dt_i128 us = ((dt_i128)o[0] * 3600 + o[1] * 60 + o[2]) * DT_US_PER_SECOND + o[3];
    if (us == 0) {
        *tz = ref_immortal(&timezone_utc_obj);
        return 1;
    }
    Ref offset = delta_from_us(t, c == '-' ? -us : us);
    if (ref_is_null(offset)) return -1;
    *tz = timezone_from_offset(t, offset, REF_NULL);
    ref_close(offset);
    return ref_is_null(*tz) ? -1 : 1;
}
