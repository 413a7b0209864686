/* _datetime: proleptic Gregorian calendar arithmetic, field checks and argument binding
 * shared by the datetime types. */
#include <stdio.h>
#include <string.h>

#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

static const int days_in_month_table[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int days_before_month_table[13] = {0,   0,   31,  59,  90,  120, 151,
                                                181, 212, 243, 273, 304, 334};

bool dt_is_leap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int dt_days_in_month(int year, int month) {
    return month == 2 && dt_is_leap(year) ? 29 : days_in_month_table[month];
}

int dt_days_before_month(int year, int month) {
    return days_before_month_table[month] + (month > 2 && dt_is_leap(year));
}

int64_t dt_ymd_to_ord(int year, int month, int day) {
    int64_t y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400 + dt_days_before_month(year, month) + day;
}

/* Whole 400-, 100-, 4- and 1-year cycles are peeled off day 0 (0001-01-01). */
void dt_ord_to_ymd(int64_t ordinal, int *year, int *month, int *day) {
    int64_t n = ordinal - 1;
    int64_t n400 = n / 146097;
    n %= 146097;
    int64_t n100 = n / 36524;
    n %= 36524;
    int64_t n4 = n / 1461;
    n %= 1461;
    int64_t n1 = n / 365;
    n %= 365;
    int y = (int)(n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1);
    if (n1 == 4 || n100 == 4) {
        /* the last day of a leap cycle */
        *year = y - 1, *month = 12, *day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    int m = (int)((n + 50) >> 5);
    int preceding = days_before_month_table[m] + (m > 2 && leap);
    if (preceding > n) {
        m--;
        preceding -= days_in_month_table[m] + (m == 2 && leap);
    }
    *year = y, *month = m, *day = (int)(n - preceding + 1);
}

int dt_weekday(int year, int month, int day) { return (int)((dt_ymd_to_ord(year, month, day) + 6) % 7); }

int64_t dt_iso_week1_monday(int year) {
    int64_t first = dt_ymd_to_ord(year, 1, 1);
    int64_t first_weekday = (first + 6) % 7;
    int64_t monday = first - first_weekday;
    return first_weekday > 3 ? monday + 7 : monday;
}

int dt_check_date(Thread *t, int64_t year, int64_t month, int64_t day) {
    if (year < 1 || year > 9999) {
        err_format(t, &exc_ValueError, "year %lld is out of range", (long long)year);
        return -1;
    }
    if (month < 1 || month > 12) {
        err_set(t, &exc_ValueError, "month must be in 1..12");
        return -1;
    }
    if (day < 1 || day > dt_days_in_month((int)year, (int)month)) {
        err_set(t, &exc_ValueError, "day is out of range for month");
        return -1;
    }
    return 0;
}

int dt_check_time(Thread *t, int64_t hour, int64_t minute, int64_t second, int64_t us,
                  int64_t fold) {
    const char *msg = NULL;
    if (hour < 0 || hour > 23) msg = "hour must be in 0..23";
    else if (minute < 0 || minute > 59) msg = "minute must be in 0..59";
    else if (second < 0 || second > 59) msg = "second must be in 0..59";
    else if (us < 0 || us > 999999) msg = "microsecond must be in 0..999999";
    else if (fold != 0 && fold != 1) msg = "fold must be either 0 or 1";
    if (!msg) return 0;
    err_set(t, &exc_ValueError, msg);
    return -1;
}

bool tzinfo_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &tzinfo_type); }

int dt_check_tzinfo(Thread *t, Ref tz) {
    if (ref_is_none(tz) || tzinfo_check(tz)) return 0;
    err_format(t, &exc_TypeError,
               "tzinfo argument must be None or of a tzinfo subclass, not type '%T'", tz);
    return -1;
}

/* As PyArg's "i": __index__, then the range of a C int. */
int dt_int_arg(Thread *t, Ref v, int64_t *out) {
    if (ref_is_null(v)) {
        *out = 0;
        return 0;
    }
    if (ref_is_int(v)) {
        *out = ref_int(v);
    } else {
        Ref i = obj_index(t, v);
        if (ref_is_null(i)) return -1;
        int overflow;
        *out = int_as_i64_overflow(i, &overflow);
        ref_close(i);
        if (overflow) {
            err_set(t, &exc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
    }
    if (*out > INT32_MAX) {
        err_set(t, &exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (*out < INT32_MIN) {
        err_set(t, &exc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    return 0;
}

/* Binding for the constructors, which CPython parses without a function name: its
 * messages say "function". The first `npositional` names may be positional; the rest are
 * keyword-only. */
bool dt_bind_args(Thread *t, const char *const *names, int nrequired, int npositional,
                  const Ref *args, size_t nargs, Object *kwnames, Ref *out) {
    int nparams = 0;
    while (names[nparams]) nparams++;
    for (int i = 0; i < nparams; i++) out[i] = REF_NULL;
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    if (nargs + nkw > (size_t)nparams) {
        err_format(t, &exc_TypeError, "function takes at most %d %sargument%s (%zu given)",
                   nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > (size_t)npositional) {
        err_format(t, &exc_TypeError, "function takes at most %d positional argument%s (%zu given)",
                   npositional, npositional == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Object *name = ref_obj(tuple_get(kwnames, (intptr_t)k));
        int found = -1;
        for (int i = 0; i < nparams && found < 0; i++)
            if (str_eq_cstr(name, names[i])) found = i;
        if (found < 0) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for this function",
                       name);
            return false;
        }
        if (!ref_is_null(out[found])) {
            err_format(t, &exc_TypeError,
                       "argument for function given by name ('%s') and position (%d)",
                       names[found], found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < nrequired; i++) {
        if (ref_is_null(out[i])) {
            err_format(t, &exc_TypeError, "function missing required argument '%s' (pos %d)",
                       names[i], i + 1);
            return false;
        }
    }
    return true;
}

/* Calls _datetime_support.<fn>(*args): the paths written in Python. */
Ref dt_support_call(Thread *t, const char *fn, const Ref *args, size_t nargs) {
    Ref mod = import_module(t, "_datetime_support");
    if (ref_is_null(mod)) return REF_NULL;
    Ref f = obj_getattr_cstr(t, mod, fn);
    ref_close(mod);
    if (ref_is_null(f)) return REF_NULL;
    Ref r = obj_call(t, f, args, nargs, NULL);
    ref_close(f);
    return r;
}
