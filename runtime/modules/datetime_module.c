/* The _datetime module object. Its types are static and process-wide but readied on the
 * first import (once per process, as the io types), because their class attributes
 * (timedelta.max, date.min, timezone.utc, ...) are put in their dicts before type_ready
 * makes the dicts immortal. The constants themselves are statically allocated immortal
 * objects. */
#include <pthread.h>

#include <stdio.h>
#include <string.h>
#include "modules/datetime_module.h"
#include "modules/modules.h"
#include "spry.h"

typedef struct ClassConst {
    Type *type;
    const char *name;
    Object *value;
} ClassConst;

static const ClassConst class_consts[] = {
    {&timedelta_type, "min", &delta_min_obj.ob},
    {&timedelta_type, "max", &delta_max_obj.ob},
    {&timedelta_type, "resolution", &delta_resolution_obj.ob},
    {&date_type, "min", &date_min_obj.ob},
    {&date_type, "max", &date_max_obj.ob},
    {&date_type, "resolution", &delta_one_day_obj.ob},
    {&datetime_type, "min", &datetime_min_obj.date.ob},
    {&datetime_type, "max", &datetime_max_obj.date.ob},
    {&datetime_type, "resolution", &delta_resolution_obj.ob},
    {&time_type, "min", &time_min_obj.ob},
    {&time_type, "max", &time_max_obj.ob},
    {&time_type, "resolution", &delta_resolution_obj.ob},
    {&timezone_type, "utc", &timezone_utc_obj.ob},
    {&timezone_type, "min", &timezone_min_obj.ob},
    {&timezone_type, "max", &timezone_max_obj.ob},
};

/* In base-first order. */
static Type *const datetime_types[] = {&timedelta_type, &date_type,     &datetime_type,
                                       &time_type,      &tzinfo_type,   &timezone_type,
                                       &isocalendar_date_type};
#define N_DATETIME_TYPES (sizeof datetime_types / sizeof datetime_types[0])

static void datetime_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    for (size_t i = 0; i < sizeof class_consts / sizeof class_consts[0]; i++) {
        const ClassConst *c = &class_consts[i];
        if (!c->type->tp_dict && !(c->type->tp_dict = dict_new(t))) goto done;
        if (dict_set_cstr(t, c->type->tp_dict, c->name, ref_immortal(c->value)) < 0) goto done;
    }
    for (size_t i = 0; i < N_DATETIME_TYPES; i++)
        if (type_ready(t, datetime_types[i]) < 0) break;
done:
    err_clear(t);
    err_restore(t, saved);
}

Object *datetime_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, datetime_ready_types);
    for (size_t i = 0; i < N_DATETIME_TYPES; i++)
        if (!type_has_flag(datetime_types[i], TPFLAG_READY)) {
            err_set(t, &exc_SystemError, "cannot initialize the datetime types");
            return NULL;
        }
    Object *m = module_new_cstr(t, "_datetime");
    if (!m) return NULL;
    const struct {
        const char *name;
        Ref value;
    } names[] = {
        {"timedelta", ref_immortal(&timedelta_type)},
        {"date", ref_immortal(&date_type)},
        {"datetime", ref_immortal(&datetime_type)},
        {"time", ref_immortal(&time_type)},
        {"tzinfo", ref_immortal(&tzinfo_type)},
        {"timezone", ref_immortal(&timezone_type)},
        {"UTC", ref_immortal(&timezone_utc_obj)},
        {"MINYEAR", ref_from_int(1)},
        {"MAXYEAR", ref_from_int(9999)},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (module_add_ref(t, m, names[i].name, names[i].value) < 0) {
            obj_decref(m);
            return NULL;
        }
    }
    return m;
}
