/* The _datetime module: the datetime types in C (timedelta, date, time, datetime, tzinfo,
 * timezone, IsoCalendarDate), as CPython's _datetime. runtime/lib/datetime.py re-exports
 * them; runtime/lib/_datetime_support.py holds the rare paths that are simpler in Python
 * (local time through time.localtime, the ISO 8601 forms isoformat() never writes).
 * Owner: runtime/modules/datetime_*.c.
 *
 * Representation: plain C fields, always in range (constructors check them):
 *   timedelta: -999999999 <= days <= 999999999, 0 <= seconds < 86400, 0 <= us < 10**6;
 *   date: 1 <= year <= 9999, 1 <= month <= 12, 1 <= day <= days in that month;
 *   time/datetime: hour 0..23, minute/second 0..59, us 0..999999, fold 0/1, and tzinfo
 *   an owned Ref that is None for a naive value.
 * datetime's struct starts with date's: datetime is a subclass of date. No hash is
 * cached: the class constants (timedelta.max, date.min, timezone.utc, ...) are immortal
 * and shared by every interpreter, so instances are never written after creation. */
#ifndef SPRY_MODULES_DATETIME_MODULE_H
#define SPRY_MODULES_DATETIME_MODULE_H
#include "core/object.h"

typedef __int128 dt_i128;

typedef struct TimeDelta {
    Object ob;
    int32_t days, seconds, us;
} TimeDelta;

typedef struct Date {
    Object ob;
    int32_t year;
    uint8_t month, day;
} Date;

typedef struct DateTime {
    Date date;
    uint8_t hour, minute, second, fold;
    int32_t us;
    Ref tzinfo;
} DateTime;

typedef struct Time {
    Object ob;
    uint8_t hour, minute, second, fold;
    int32_t us;
    Ref tzinfo;
} Time;

typedef struct TimeZone {
    Object ob;
    Ref offset;     /* a timedelta */
    Ref name;       /* a str, or REF_NULL when the name is derived from the offset */
} TimeZone;

extern Type timedelta_type, date_type, datetime_type, time_type, tzinfo_type,
    timezone_type, isocalendar_date_type;

#define DT_MAXORDINAL 3652059
#define DT_US_PER_SECOND INT64_C(1000000)
#define DT_US_PER_DAY (INT64_C(86400) * DT_US_PER_SECOND)
#define DT_MAX_DAYS 999999999

static inline TimeDelta *as_delta(Ref r) { return (TimeDelta *)ref_obj(r); }
static inline Date *as_date(Ref r) { return (Date *)ref_obj(r); }
static inline DateTime *as_datetime(Ref r) { return (DateTime *)ref_obj(r); }
static inline Time *as_time(Ref r) { return (Time *)ref_obj(r); }

bool delta_check(Ref r);
bool date_check(Ref r);       /* date, datetime or a subclass */
bool datetime_check(Ref r);
bool time_check(Ref r);
bool tzinfo_check(Ref r);

extern Type time_struct_time_type;  /* time.struct_time (timemodule.c) */

/* ---- calendar arithmetic and arguments (datetime_calendar.c) --------------------------- */
bool dt_is_leap(int year);
int dt_days_in_month(int year, int month);
int dt_days_before_month(int year, int month);
/* Day 1 is 0001-01-01. */
int64_t dt_ymd_to_ord(int year, int month, int day);
void dt_ord_to_ymd(int64_t ordinal, int *year, int *month, int *day);
int dt_weekday(int year, int month, int day);              /* Monday 0 */
int64_t dt_iso_week1_monday(int year);
/* Checks with CPython's messages; 0 or -1 with ValueError. */
int dt_check_date(Thread *t, int64_t year, int64_t month, int64_t day);
int dt_check_time(Thread *t, int64_t hour, int64_t minute, int64_t second, int64_t us,
                  int64_t fold);
int dt_check_tzinfo(Thread *t, Ref tz);                     /* None or a tzinfo: 0, else -1 */
/* An int argument (through __index__) in a C int's range; REF_NULL gives 0. */
int dt_int_arg(Thread *t, Ref v, int64_t *out);
/* args_parse for the constructors, with the messages of CPython's unnamed parsing
 * ("function missing required argument 'day' (pos 3)"). */
bool dt_bind_args(Thread *t, const char *const *names, int nrequired, int npositional,
                  const Ref *args, size_t nargs, Object *kwnames, Ref *out);
/* _datetime_support.<fn>(*args). */
Ref dt_support_call(Thread *t, const char *fn, const Ref *args, size_t nargs);

/* ---- timedelta (datetime_timedelta.c) --------------------------------------------------- */
static inline dt_i128 delta_to_us(const TimeDelta *d) {
    return ((dt_i128)d->days * 86400 + d->seconds) * DT_US_PER_SECOND + d->us;
}
/* An exact timedelta from a total of microseconds; OverflowError when out of range. */
Ref delta_from_us(Thread *t, dt_i128 us);

/* ---- date, time and datetime (datetime_date.c, datetime_time.c, datetime_datetime.c) --- */
/* Instances of `type` from checked fields: the exact types are allocated, subclasses are
 * called (date subclasses with y, m, d; datetime ones with the eight fields; time ones
 * with five), as CPython's arithmetic and alternate constructors do. tz is borrowed. */
Ref date_make(Thread *t, Type *type, int year, int month, int day);
Ref datetime_make(Thread *t, Type *type, int year, int month, int day, int hour, int minute,
                  int second, int us, Ref tz, int fold);
Ref time_make(Thread *t, Type *type, int hour, int minute, int second, int us, Ref tz,
              int fold);
/* dt moved by `us` microseconds, with tzinfo tz, as type(dt); OverflowError out of range. */
Ref datetime_shift(Thread *t, Ref dt, dt_i128 us, Ref tz);
/* time.struct_time of the fields (weekday and yday computed). */
Ref date_build_timetuple(Thread *t, int y, int m, int d, int hh, int mm, int ss, int dst);
/* The truth of a three-way comparison c under op (CMP_*). */
Ref dt_cmp_result(int c, int op);
/* "Type(fields[, tzinfo=...][, fold=1])" with type(self)'s name (fold first if asked). */
Ref dt_repr_with_tz(Thread *t, Ref self, const char *fields, Ref tz, int fold, bool fold_first);
/* (type(self), (state,)) or (type(self), (state, tz)) when tz is not REF_NULL. */
Ref dt_reduce_state(Thread *t, Ref self, const uint8_t *state, size_t n, Ref tz);
/* __format__ of date, time and datetime: str(self) for "", else self.strftime(fmt). */
Ref dt_format_method(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw);

/* ---- tzinfo and timezone (datetime_tz.c) ----------------------------------------------- */
/* tz.utcoffset(arg) / tz.dst(arg) checked (None or a timedelta strictly inside a day),
 * tz.tzname(arg) checked (None or a str); None when tz is None. New references. */
Ref tz_call_utcoffset(Thread *t, Ref tz, Ref arg);
Ref tz_call_dst(Thread *t, Ref tz, Ref arg);
Ref tz_call_tzname(Thread *t, Ref tz, Ref arg);
/* A timezone with this offset (a timedelta) and name (REF_NULL: none), range-checked;
 * timezone.utc for a zero offset without a name. */
Ref timezone_from_offset(Thread *t, Ref offset, Ref name);

/* ---- class constants: statically allocated, immortal ------------------------------------ */
extern TimeDelta delta_zero_obj, delta_min_obj, delta_max_obj, delta_resolution_obj,
    delta_one_day_obj;
extern Date date_min_obj, date_max_obj;
extern DateTime datetime_min_obj, datetime_max_obj;
extern Time time_min_obj, time_max_obj;
extern TimeZone timezone_utc_obj, timezone_min_obj, timezone_max_obj;

/* ---- text (datetime_format.c) ---------------------------------------------------------- */
/* "+HH<sep>MM[<sep>SS[.ffffff]]" of an offset in microseconds; snprintf's result. */
int dt_format_offset(char *buf, size_t size, dt_i128 us, const char *sep);
/* The same for tz.utcoffset(arg), "" for None; -1 on error. */
int dt_format_utcoffset(Thread *t, char *buf, size_t size, Ref tz, Ref arg, const char *sep);
/* HH[:MM[:SS[.fff[fff]]]] as isoformat's timespec (a str or REF_NULL) says; -1 on error. */
int dt_format_time(Thread *t, char *buf, size_t size, int hh, int mm, int ss, int us,
                   Ref timespec);
Ref dt_format_ctime(Thread *t, int y, int m, int d, int hh, int mm, int ss);
/* strftime: %z, %Z and %f of obj (a date, time or datetime) here, the rest by
 * time.strftime(new_format, timetuple). fmt is a str. */
Ref dt_wrap_strftime(Thread *t, Ref obj, Ref fmt, Ref timetuple);

/* ---- POSIX timestamps and local time (datetime_local.c) -------------------------------- */
/* The class methods of the same names (cls is the class; tz None or a tzinfo). */
Ref dt_datetime_fromtimestamp(Thread *t, Ref cls, Ref stamp, Ref tz);
Ref dt_datetime_utcfromtimestamp(Thread *t, Ref cls, Ref stamp);
Ref dt_datetime_now(Thread *t, Ref cls, Ref tz, bool utc);
Ref dt_date_fromtimestamp(Thread *t, Ref cls, Ref stamp);
Ref dt_date_today(Thread *t, Ref cls);
/* timestamp() of a naive datetime (local time, PEP 495 fold). */
Ref dt_naive_timestamp(Thread *t, Ref self);

/* ---- fromisoformat (datetime_isoparse.c) ----------------------------------------------- */
/* The fields of a date / time / datetime string in CPython 3.11's grammar (not
 * range-checked) and, for times, *tz (new reference: None or a timezone). 0, or -1 with
 * ValueError ("Invalid isoformat string: ...", or the timezone's range error). */
int dt_parse_isoformat_date(Thread *t, Ref text, int ymd[3]);
int dt_parse_isoformat_time(Thread *t, Ref text, int f[4], Ref *tz);
int dt_parse_isoformat_datetime(Thread *t, Ref text, int f[7], Ref *tz);
/* ISO year, week and weekday to a date (not range-checked): 0, -2 for a week the year
 * does not have, -3 for a weekday outside 1..7. */
int dt_iso_to_ymd(int iso_year, int week, int day, int *y, int *m, int *d);
#endif
