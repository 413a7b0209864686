/* The gc module: the interface of CPython's, over core/gc.c. gc.garbage and gc.callbacks
 * are lists kept in the interpreter's GCState, which the collector uses. */
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(gcmod_collect_fn) {
    static const char *const names[] = {"generation", NULL};
    static const ArgSpec spec = {"collect", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t g = 2;
    if (!ref_is_null(a[0])) {
        if (!arg_ssize(t, a[0], &g)) return REF_NULL;
        if (g < 0 || g > 2) return err_set(t, &exc_ValueError, "invalid generation");
    }
    return int_from_i64(t, gc_collect_generation(t, (int)g));
}

FN(gcmod_enable) {
    if (!args_none(t, "enable", nargs, kw)) return REF_NULL;
    t->interp->gc.enabled = true;
    return REF_NONE;
}

FN(gcmod_disable) {
    if (!args_none(t, "disable", nargs, kw)) return REF_NULL;
    t->interp->gc.enabled = false;
    return REF_NONE;
}

FN(gcmod_isenabled) {
    if (!args_none(t, "isenabled", nargs, kw)) return REF_NULL;
    return ref_from_bool(t->interp->gc.enabled);
}

FN(gcmod_get_count) {
    if (!args_none(t, "get_count", nargs, kw)) return REF_NULL;
    GCState *gc = &t->interp->gc;
    return ref_from_obj(tuple_pack(t, 3, ref_from_int(gc->gen[0].count), ref_from_int(gc->gen[1].count),
                                   ref_from_int(gc->gen[2].count)));
}

FN(gcmod_get_threshold) {
    if (!args_none(t, "get_threshold", nargs, kw)) return REF_NULL;
    GCState *gc = &t->interp->gc;
    return ref_from_obj(tuple_pack(t, 3, ref_from_int(gc->gen[0].threshold), ref_from_int(gc->gen[1].threshold),
                                   ref_from_int(gc->gen[2].threshold)));
}

FN(gcmod_set_threshold) {
    if (!args_no_kw(t, "set_threshold", kw)) return REF_NULL;
    if (nargs < 1 || nargs > 3)
        return err_format(t, &exc_TypeError, "set_threshold() takes at %s 3 arguments (%d given)",
                          nargs < 1 ? "least 1 argument" : "most", (int)nargs);
    intptr_t th[3];
    for (size_t i = 0; i < nargs; i++) {
        if (!int_check(args[i]))
            return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[i]);
        if (!arg_ssize(t, args[i], &th[i])) return REF_NULL;
    }
    for (size_t i = 0; i < nargs; i++) t->interp->gc.gen[i].threshold = (int)th[i];
    return REF_NONE;
}

FN(gcmod_is_tracked) {
    if (!args_one(t, "is_tracked", nargs, kw)) return REF_NULL;
    Ref o = args[0];
    return ref_from_bool(ref_is_obj(o) && type_has_flag(ref_type(o), TPFLAG_HAVE_GC) && gc_is_tracked(ref_obj(o)));
}

typedef struct Referrers {
    const Ref *targets;
    size_t n;
    bool found;
} Referrers;

static int find_target(Object *o, void *arg) {
    Referrers *r = arg;
    for (size_t i = 0; i < r->n; i++)
        if (ref_is_object(r->targets[i], o)) r->found = true;
    return r->found;
}

/* Appends tracked objects to `list` (for gc.get_objects, or for gc.get_referrers those
 * that refer to one of `targets`). */
typedef struct Collected {
    Thread *t;
    Object *list;
    const Ref *targets;   /* NULL: every object */
    size_t n;
} Collected;

static int collect_object(Object *o, void *arg) {
    Collected *c = arg;
    if (o == c->list) return 0;
    if (c->targets) {
        Referrers r = {c->targets, c->n, false};
        if (!o->ob_type->tp_traverse) return 0;
        o->ob_type->tp_traverse(o, find_target, &r);
        if (!r.found) return 0;
    }
    return list_append(c->t, c->list, ref_from_obj(o)) < 0;
}

FN(gcmod_get_objects) {
    static const char *const names[] = {"generation", NULL};
    static const ArgSpec spec = {"get_objects", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t lo = 0, hi = 2;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        if (!arg_ssize(t, a[0], &lo)) return REF_NULL;
        if (lo >= 3) return err_format(t, &exc_ValueError, "generation parameter must be less than the number of available generations (%i)", 3);
        if (lo < 0) return err_set(t, &exc_ValueError, "generation parameter cannot be negative");
        hi = lo;
    }
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    Collected c = {t, lst, NULL, 0};
    for (intptr_t g = lo; g <= hi; g++) {
        if (gc_visit_generation(t->interp, (int)g, collect_object, &c)) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    return ref_from_obj(lst);
}

typedef struct Referents {
    Thread *t;
    Object *list;
    int failed;
} Referents;

static int add_referent(Object *o, void *arg) {
    Referents *r = arg;
    if (list_append(r->t, r->list, ref_from_obj(o)) < 0) r->failed = 1;
    return r->failed;
}

FN(gcmod_get_referents) {
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    Referents r = {t, lst, 0};
    for (size_t i = 0; i < nargs && !r.failed; i++) {
        Ref o = args[i];
        if (!ref_is_obj(o)) continue;
        Type *tp = ref_type(o);
        if (type_has_flag(tp, TPFLAG_HAVE_GC) && tp->tp_traverse) tp->tp_traverse(ref_obj(o), add_referent, &r);
    }
    if (r.failed) {
        obj_decref(lst);
        return REF_NULL;
    }
    return ref_from_obj(lst);
}

FN(gcmod_get_referrers) {
    if (!args_no_kw(t, "get_referrers", kw)) return REF_NULL;
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    Collected c = {t, lst, args, nargs};
    for (int g = 0; g < 3; g++) {
        if (gc_visit_generation(t->interp, g, collect_object, &c)) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    return ref_from_obj(lst);
}

/* gc.freeze(): everything tracked now moves to the permanent generation. */
FN(gcmod_freeze) {
    if (!args_none(t, "freeze", nargs, kw)) return REF_NULL;
    gc_freeze(t->interp);
    return REF_NONE;
}

/* gc.unfreeze(): the permanent generation goes back to the oldest one. */
FN(gcmod_unfreeze) {
    if (!args_none(t, "unfreeze", nargs, kw)) return REF_NULL;
    gc_unfreeze(t->interp);
    return REF_NONE;
}

FN(gcmod_get_freeze_count) {
    if (!args_none(t, "get_freeze_count", nargs, kw)) return REF_NULL;
    return int_from_i64(t, gc_freeze_count(t->interp));
}

FN(gcmod_set_debug) {
    if (!args_one(t, "set_debug", nargs, kw)) return REF_NULL;
    if (!int_check(args[0]))
        return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    intptr_t flags;
    if (!arg_ssize(t, args[0], &flags)) return REF_NULL;
    t->interp->gc.debug = (int)flags;
    return REF_NONE;
}

FN(gcmod_get_debug) {
    if (!args_none(t, "get_debug", nargs, kw)) return REF_NULL;
    return ref_from_int(t->interp->gc.debug);
}

FN(gcmod_get_stats) {
    if (!args_none(t, "get_stats", nargs, kw)) return REF_NULL;
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    static const char *const keys[3] = {"collections", "collected", "uncollectable"};
    for (int g = 0; g < 3; g++) {
        Object *d = dict_new(t);
        int rc = d ? 0 : -1;
        for (int k = 0; rc == 0 && k < 3; k++)
            rc = dict_set_cstr(t, d, keys[k], int_from_i64(t, t->interp->gc.stats[g][k]));
        if (rc == 0) rc = list_append_steal(t, lst, ref_from_obj(d));
        else obj_xdecref(d);
        if (rc < 0) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    return ref_from_obj(lst);
}

FN(gcmod_is_finalized) {
    if (!args_one(t, "is_finalized", nargs, kw)) return REF_NULL;
    Ref o = args[0];
    return ref_from_bool(ref_is_obj(o) && !obj_is_immortal(ref_obj(o)) && gc_is_finalized(ref_obj(o)));
}

static const MethodDef gc_methods[] = {
    {"collect", gcmod_collect_fn, 0, NULL},
    {"enable", gcmod_enable, 0, NULL},
    {"disable", gcmod_disable, 0, NULL},
    {"isenabled", gcmod_isenabled, 0, NULL},
    {"get_count", gcmod_get_count, 0, NULL},
    {"get_threshold", gcmod_get_threshold, 0, NULL},
    {"set_threshold", gcmod_set_threshold, 0, NULL},
    {"is_tracked", gcmod_is_tracked, 0, NULL},
    {"get_objects", gcmod_get_objects, 0, NULL},
    {"get_referents", gcmod_get_referents, 0, NULL},
    {"get_referrers", gcmod_get_referrers, 0, NULL},
    {"freeze", gcmod_freeze, 0, NULL},
    {"unfreeze", gcmod_unfreeze, 0, NULL},
    {"get_freeze_count", gcmod_get_freeze_count, 0, NULL},
    {"set_debug", gcmod_set_debug, 0, NULL},
    {"get_debug", gcmod_get_debug, 0, NULL},
    {"get_stats", gcmod_get_stats, 0, NULL},
    {"is_finalized", gcmod_is_finalized, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *gc_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "gc");
    if (!m) return NULL;
    GCState *gc = &t->interp->gc;
    if (!gc->garbage) gc->garbage = list_new(t, 0);
    if (!gc->callbacks) gc->callbacks = list_new(t, 0);
    int rc = gc->garbage && gc->callbacks ? module_add_functions(t, m, gc_methods) : -1;
    if (rc == 0) rc = module_add_ref(t, m, "garbage", ref_from_obj(gc->garbage));
    if (rc == 0) rc = module_add_ref(t, m, "callbacks", ref_from_obj(gc->callbacks));
    const struct { const char *name; int value; } flags[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
    for (size_t i = 0; rc == 0 && i < sizeof flags / sizeof flags[0]; i++)
        rc = module_add_ref(t, m, flags[i].name, ref_from_int(flags[i].value));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
