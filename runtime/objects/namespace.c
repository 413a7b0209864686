/* types.SimpleNamespace. */
#include "objects/namespace.h"
#include "spry.h"

#define NS(r) ((Namespace *)ref_obj(r))

static Ref ns_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Namespace *ns = (Namespace *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!ns) return REF_NULL;
    ns->dict = dict_new(t);
    if (!ns->dict) {
        obj_decref((Object *)ns);
        return REF_NULL;
    }
    gc_track((Object *)ns);
    return ref_from_obj((Object *)ns);
}

Object *namespace_new(Thread *t) {
    return ref_obj_or_null(ns_new_slot(t, &namespace_type, NULL, 0, NULL));
}

static int ns_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (nargs > 0) {
        err_format(t, &exc_TypeError, "no positional arguments expected");
        return -1;
    }
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (dict_set(t, NS(self)->dict, tuple_get(kw, i), args[i]) < 0) return -1;
    return 0;
}

static void ns_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((Namespace *)o)->dict);
    o->ob_type->tp_free(o);
}

static int ns_traverse(Object *o, VisitFn visit, void *arg) {
    Object *d = ((Namespace *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int ns_clear(Object *o) {
    OBJ_SETREF(((Namespace *)o)->dict, NULL);
    return 0;
}

static Ref ns_repr(Thread *t, Ref self) {
    Type *tp = ref_type(self);
    const char *name = tp == &namespace_type ? "namespace" : type_name(tp);
    int busy = repr_enter(t, self);
    if (busy < 0) return REF_NULL;
    if (busy > 0) return ref_from_obj(str_from_format(t, "%s(...)", name));
    Object *parts = list_new(t, 0);
    intptr_t pos = 0;
    Ref k, v;
    bool ok = parts != NULL;
    while (ok && dict_next(NS(self)->dict, &pos, &k, &v)) {
        if (!str_check(k)) continue;
        Object *item = str_from_format(t, "%U=%R", ref_obj(k), v);
        ok = item && list_append_steal(t, parts, ref_from_obj(item)) == 0;
    }
    Object *res = NULL;
    if (ok) {
        Object *sep = str_from_cstr(t, ", ");
        Object *body = sep ? str_join(t, sep, ref_from_obj(parts)) : NULL;
        if (body) res = str_from_format(t, "%s(%U)", name, body);
        obj_xdecref(sep);
        obj_xdecref(body);
    }
    obj_xdecref(parts);
    repr_leave(t, self);
    return ref_from_obj(res);
}

static Ref ns_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !ref_type_is(a, &namespace_type) || !ref_type_is(b, &namespace_type))
        return REF_NOTIMPLEMENTED;
    return obj_richcompare(t, ref_from_obj(NS(a)->dict), ref_from_obj(NS(b)->dict), op);
}

static Ref ns_get_dict(Thread *t, Ref self, void *c) { return ref_new(NS(self)->dict); }

static Ref ns_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__reduce__", nargs, kw)) return REF_NULL;
    Object *empty = tuple_empty();
    return ref_from_obj(tuple_pack(t, 3, ref_from_obj((Object *)ref_type(self)), ref_from_obj(empty),
                                   ref_from_obj(NS(self)->dict)));
}

static const GetSetDef ns_getsets[] = {
    {"__dict__", ns_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef ns_methods[] = {
    {"__reduce__", ns_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type namespace_type = {
    TYPE_HEAD_INIT,
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(Namespace),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_dealloc = ns_dealloc,
    .tp_traverse = ns_traverse,
    .tp_clear = ns_clear,
    .tp_free = obj_free,
    .tp_dictoffset = offsetof(Namespace, dict),
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .getattro = object_generic_getattr,
    .setattro = object_generic_setattr,
    .new_ = ns_new_slot,
    .init = ns_init,
    .getsets = ns_getsets,
    .methods = ns_methods,
};
