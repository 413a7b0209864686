/* _datetime: the fromisoformat() parsers. They follow CPython 3.11's grammar and its
 * quirks exactly (it reads the UTF-8 text byte by byte: any character separates the date
 * from the time, "HHMMSS" runs straight into a fraction, a fraction may follow the hour,
 * date.fromisoformat only looks at the first 7, 8 or 10 bytes it needs). Positions past
 * the end read as NUL, as CPython's terminator. Fields are not range-checked here: the
 * constructors report those errors. */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

typedef struct IsoText {
    const unsigned char *s;
    intptr_t n;
} IsoText;

static int at(const IsoText *x, intptr_t i) { return i >= 0 && i < x->n ? x->s[i] : 0; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* count digits at i into *out: the index after them, or -1. */
static intptr_t digits(const IsoText *x, intptr_t i, int count, int *out) {
    int v = 0;
    for (int k = 0; k < count; k++) {
        int c = at(x, i + k);
        if (!is_digit(c)) return -1;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return i + count;
}

/* Days before Jan 1 of `year` (CPython's: -366 for year 0). */
static int64_t ord_of_jan1(int year) {
    return year >= 1 ? dt_ymd_to_ord(year, 1, 1) : -365;
}

int dt_iso_to_ymd(int iso_year, int week, int day, int *y, int *m, int *d) {
    if (week <= 0 || week >= 53) {
        int first_weekday = (int)((ord_of_jan1(iso_year) + 6) % 7);
        if (!(week == 53 && (first_weekday == 3 || (first_weekday == 2 && dt_is_leap(iso_year)))))
            return -2;
    }
    if (day <= 0 || day >= 8) return -3;
    int64_t first = ord_of_jan1(iso_year);
    int64_t first_weekday = (first + 6) % 7;
    int64_t monday = first - first_weekday + (first_weekday > 3 ? 7 : 0);
    int64_t ordinal = monday + (week - 1) * 7 + day - 1;
    if (ordinal < 1) {
        /* (ISO year 0) CPython's conversion gives year 1 with a month out of range */
        *y = 1, *m = 0, *d = 1;
        return 0;
    }
    dt_ord_to_ymd(ordinal, y, m, d);
    return 0;
}

/* YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; `len` bounds only the weekday. */
static int parse_date(const IsoText *x, intptr_t len, int *y, int *m, int *d) {
    intptr_t p = digits(x, 0, 4, y);
    if (p < 0) return -1;
    bool sep = at(x, p) == '-';
    if (sep) p++;
    if (at(x, p) == 'W') {
        int week = 0, wday = 1;
        p = digits(x, p + 1, 2, &week);
        if (p < 0) return -3;
        if (p < len) {
            if (sep && at(x, p++) != '-') return -2;
            if (digits(x, p, 1, &wday) < 0) return -4;
        }
        return dt_iso_to_ymd(*y, week, wday, y, m, d) ? -3 : 0;
    }
    p = digits(x, p, 2, m);
    if (p < 0) return -1;
    if (sep && at(x, p++) != '-') return -2;
    return digits(x, p, 2, d) < 0 ? -1 : 0;
}

/* HH[:MM[:SS]][(.|,)f+] (or without the colons) in [p, end): <0 malformed, 0 at the end
 * of the text, 1 when something follows. */
static int parse_hms(const IsoText *x, intptr_t p, intptr_t end, int f[4]) {
    f[0] = f[1] = f[2] = f[3] = 0;
    bool colons = true;
    for (int i = 0; i < 3; i++) {
        p = digits(x, p, 2, &f[i]);
        if (p < 0) return -3;
        int c = at(x, p++);
        if (i == 0) colons = c == ':';
        if (p >= end) return c != 0;
        if (colons && c == ':') continue;
        if (c == '.' || c == ',') break;
        if (colons) return -4;
        p--;
    }
    intptr_t remain = end - p;
    int take = remain >= 6 ? 6 : (int)remain;
    if (take < 1) return -3;
    p = digits(x, p, take, &f[3]);
    if (p < 0) return -3;
    for (int k = take; k < 6; k++) f[3] *= 10;
    while (is_digit(at(x, p))) p++; /* digits beyond microseconds are dropped */
    return at(x, p) != 0;
}

/* The time and offset from `start`: <0 malformed, 0 naive, 1 with the offset in
 * *tzsec and *tzus. */
static int parse_time(const IsoText *x, intptr_t start, int f[4], int *tzsec, int *tzus) {
    intptr_t tz = start;
    do {
        int c = at(x, tz);
        if (c == 'Z' || c == '+' || c == '-') break;
    } while (++tz < x->n);
    int rv = parse_hms(x, start, tz, f);
    if (rv < 0) return rv;
    if (tz == x->n) return rv == 1 ? -5 : 0;
    *tzsec = *tzus = 0;
    if (at(x, tz) == 'Z') return at(x, tz + 1) != 0 ? -5 : 1;
    int sign = at(x, tz) == '-' ? -1 : 1;
    int o[4];
    rv = parse_hms(x, tz + 1, x->n, o);
    *tzsec = sign * (o[0] * 3600 + o[1] * 60 + o[2]);
    *tzus = sign * o[3];
    return rv ? -5 : 1;
}

/* Where the date part ends (CPython's _find_isoformat_datetime_separator); -1: nowhere. */
static intptr_t find_separator(const IsoText *x) {
    intptr_t len = x->n;
    if (len == 7) return 7;
    if (at(x, 4) == '-') {
        if (at(x, 5) != 'W') return 10;
        if (len < 8) return -1;
        if (len > 8 && at(x, 8) == '-') {
            if (len == 9) return -1;
            return len > 10 && is_digit(at(x, 10)) ? 8 : 10;
        }
        return 8;
    }
    if (at(x, 4) != 'W') return 8;
    intptr_t i = 7;
    while (i < len && is_digit(at(x, i))) i++;
    if (i < 9) return i;
    return i % 2 == 0 ? 7 : 8;
}

static int invalid(Thread *t, Ref text) {
    err_format(t, &exc_ValueError, "Invalid isoformat string: %R", text);
    return -1;
}

/* The UTF-8 bytes of text; false (no exception) when it has lone surrogates. */
static bool iso_text(Thread *t, Ref text, IsoText *x) {
    intptr_t n;
    const char *s = str_utf8(t, ref_obj(text), &n);
    if (!s) {
        err_clear(t);
        return false;
    }
    x->s = (const unsigned char *)s, x->n = n;
    return true;
}

/* None, timezone.utc (whole seconds of 0, as CPython: the microseconds are then
 * ignored) or timezone(timedelta(seconds=sec, microseconds=us)). */
static int make_tz(Thread *t, int rv, int sec, int us, Ref *tz) {
    if (rv != 1) {
        *tz = REF_NONE;
        return 0;
    }
    if (sec == 0) {
        *tz = ref_immortal(&timezone_utc_obj);
        return 0;
    }
    Ref offset = delta_from_us(t, (dt_i128)sec * DT_US_PER_SECOND + us);
    if (ref_is_null(offset)) return -1;
    *tz = timezone_from_offset(t, offset, REF_NULL);
    ref_close(offset);
    return ref_is_null(*tz) ? -1 : 0;
}

int dt_parse_isoformat_date(Thread *t, Ref text, int ymd[3]) {
    IsoText x;
    if (!iso_text(t, text, &x) || (x.n != 7 && x.n != 8 && x.n != 10) ||
        parse_date(&x, x.n, &ymd[0], &ymd[1], &ymd[2]) < 0)
        return invalid(t, text);
    return 0;
}

int dt_parse_isoformat_time(Thread *t, Ref text, int f[4], Ref *tz) {
    IsoText x;
    if (!iso_text(t, text, &x)) return invalid(t, text);
    if (at(&x, 0) == 'T') x.s++, x.n--;
    int sec, us;
    int rv = parse_time(&x, 0, f, &sec, &us);
    if (rv < 0) return invalid(t, text);
    return make_tz(t, rv, sec, us, tz);
}

/* datetime.fromisoformat's text (x): the date up to the separator, then the time. */
static int parse_datetime(Thread *t, Ref text, const IsoText *xp, int f[7], Ref *tz) {
    IsoText x = *xp;
    intptr_t sep = find_separator(&x);
    if (sep < 0 || parse_date(&x, sep, &f[0], &f[1], &f[2]) < 0) return invalid(t, text);
    int sec = 0, us = 0, rv = 0;
    f[3] = f[4] = f[5] = f[6] = 0;
    if (x.n > sep) {
        /* skip the separator, one UTF-8 character */
        int lead = at(&x, sep);
        intptr_t start = sep + ((lead & 0x80) == 0 ? 1 : (lead & 0xf0) == 0xe0 ? 3 : (lead & 0xf0) == 0xf0 ? 4 : 2);
        IsoText rest = {x.s + start, x.n - start};
        if (rest.n < 0) rest.n = 0;
        rv = parse_time(&rest, 0, &f[3], &sec, &us);
        if (rv < 0) return invalid(t, text);
    }
    return make_tz(t, rv, sec, us, tz);
}

/* text with a lone surrogate at 7, 8 or 10 (the first found: where a separator can be)
 * replaced by 'T', as CPython does before encoding; NULL (no exception) when none. */
static Object *surrogate_separator_as_t(Thread *t, Object *s) {
    static const intptr_t places[3] = {7, 8, 10};
    for (int i = 0; i < 3 && places[i] < str_len(s); i++) {
        uint32_t c = str_char_at(s, places[i]);
        if (c < 0xd800 || c > 0xdfff) continue;
        intptr_t n = str_len(s);
        uint32_t *cps = mem_alloc(t, (size_t)n * sizeof(uint32_t));
        if (!cps) {
            err_clear(t);
            return NULL;
        }
        for (intptr_t k = 0; k < n; k++) cps[k] = k == places[i] ? 'T' : str_char_at(s, k);
        Object *r = str_from_ucs4(t, cps, n);
        mem_free(cps);
        if (!r) err_clear(t);
        return r;
    }
    return NULL;
}

int dt_parse_isoformat_datetime(Thread *t, Ref text, int f[7], Ref *tz) {
    IsoText x;
    Object *clean = surrogate_separator_as_t(t, ref_obj(text));
    bool ok = iso_text(t, clean ? ref_from_obj(clean) : text, &x);
    int rc = ok ? parse_datetime(t, text, &x, f, tz) : invalid(t, text);
    obj_xdecref(clean);
    return rc;
}
