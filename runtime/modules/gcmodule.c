/* The gc module: the interface of CPython's, over core/gc.c. The collector itself is
 * issue #4; until then collect() finds nothing and the lists stay empty. */
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(gcmod_collect_fn) {
    static const char *const names[] = {"generation", NULL};
    static const ArgSpec spec = {"collect", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!ref_is_null(a[0])) {
        intptr_t g;
        if (!arg_ssize(t, a[0], &g)) return REF_NULL;
        if (g < 0 || g > 2) return err_set(t, &exc_ValueError, "invalid generation");
    }
    return int_from_i64(t, gc_collect(t));
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
    return ref_from_obj(tuple_pack(t, 3, ref_from_int(t->interp->gc.count), ref_from_int(0), ref_from_int(0)));
}

FN(gcmod_get_threshold) {
    if (!args_none(t, "get_threshold", nargs, kw)) return REF_NULL;
    return ref_from_obj(tuple_pack(t, 3, ref_from_int(t->interp->gc.threshold), ref_from_int(10), ref_from_int(10)));
}

FN(gcmod_set_threshold) {
    if (!args_count(t, "set_threshold", nargs, kw, 1, 3)) return REF_NULL;
    intptr_t th;
    if (!arg_ssize(t, args[0], &th)) return REF_NULL;
    t->interp->gc.threshold = (int)th;
    return REF_NONE;
}

FN(gcmod_is_tracked) {
    if (!args_one(t, "is_tracked", nargs, kw)) return REF_NULL;
    Ref o = args[0];
    return ref_from_bool(ref_is_obj(o) && type_has_flag(ref_type(o), TPFLAG_HAVE_GC) && gc_is_tracked(ref_obj(o)));
}

FN(gcmod_get_objects) {
    if (!args_count(t, "get_objects", nargs, kw, 0, 1)) return REF_NULL;
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    GCHeader *head = &t->interp->gc.tracked;
    for (GCHeader *h = (GCHeader *)head->gc_next; h != head; h = (GCHeader *)h->gc_next) {
        Object *o = (Object *)(h + 1);
        if (o == lst) continue;
        if (list_append(t, lst, ref_from_obj(o)) < 0) {
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

FN(gcmod_get_referrers) {
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    GCHeader *head = &t->interp->gc.tracked;
    for (GCHeader *h = (GCHeader *)head->gc_next; h != head; h = (GCHeader *)h->gc_next) {
        Object *o = (Object *)(h + 1);
        if (o == lst || !o->ob_type->tp_traverse) continue;
        Referrers r = {args, nargs, false};
        o->ob_type->tp_traverse(o, find_target, &r);
        if (r.found && list_append(t, lst, ref_from_obj(o)) < 0) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    return ref_from_obj(lst);
}

FN(gcmod_noop) { return REF_NONE; }

FN(gcmod_zero) { return ref_from_int(0); }

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
    {"freeze", gcmod_noop, 0, NULL},
    {"unfreeze", gcmod_noop, 0, NULL},
    {"get_freeze_count", gcmod_zero, 0, NULL},
    {"set_debug", gcmod_noop, 0, NULL},
    {"get_debug", gcmod_zero, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *gc_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "gc");
    if (!m) return NULL;
    Object *garbage = list_new(t, 0), *callbacks = list_new(t, 0);
    int rc = garbage && callbacks ? module_add_functions(t, m, gc_methods) : -1;
    if (rc == 0) rc = module_add_ref(t, m, "garbage", ref_from_obj(garbage));
    if (rc == 0) rc = module_add_ref(t, m, "callbacks", ref_from_obj(callbacks));
    const struct { const char *name; int value; } flags[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
    for (size_t i = 0; rc == 0 && i < sizeof flags / sizeof flags[0]; i++)
        rc = module_add_ref(t, m, flags[i].name, ref_from_int(flags[i].value));
    obj_xdecref(garbage);
    obj_xdecref(callbacks);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
