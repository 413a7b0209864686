/* Bound methods (types.MethodType): a callable and the self it is called with. Attribute
 * reads the method type does not define go to the function (m.__name__, m.__doc__). */
#include "spry.h"
#include "objects/weakref.h"

#include <stddef.h>

#define M(r) ((MethodObj *)ref_obj(r))

Object *method_new(Thread *t, Ref func, Ref self) {
    MethodObj *m = (MethodObj *)obj_alloc(t, &method_type, sizeof(MethodObj));
    if (!m) return NULL;
    m->func = ref_dup(func);
    m->self = ref_dup(self);
    gc_track(&m->ob);
    return &m->ob;
}

static void method_dealloc(Object *o) {
    MethodObj *m = (MethodObj *)o;
    gc_untrack(o);
    if (m->weakreflist) weakref_clear_refs(o);
    ref_close(m->func);
    ref_close(m->self);
    o->ob_type->tp_free(o);
}

static int method_traverse(Object *o, VisitFn visit, void *arg) {
    MethodObj *m = (MethodObj *)o;
    int r;
    if (ref_is_obj(m->func) && (r = visit(ref_obj(m->func), arg))) return r;
    if (ref_is_obj(m->self) && (r = visit(ref_obj(m->self), arg))) return r;
    return 0;
}

static int method_clear(Object *o) {
    MethodObj *m = (MethodObj *)o;
    REF_SETREF(m->func, REF_NONE);
    REF_SETREF(m->self, REF_NONE);
    return 0;
}

static Ref method_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    MethodObj *m = M(callable);
    return obj_call_prepend(t, m->func, m->self, args, nargs, kwnames);
}

static Ref method_repr(Thread *t, Ref self) {
    MethodObj *m = M(self);
    Ref name = obj_lookup_attr(t, m->func, ID(__qualname__));
    if (ref_is_null(name) && !err_occurred(t)) name = obj_lookup_attr(t, m->func, ID(__name__));
    if (err_occurred(t)) {
        ref_close(name);
        return REF_NULL;
    }
    Object *s;
    if (!ref_is_null(name) && str_check(name))
        s = str_from_format(t, "<bound method %U of %R>", ref_obj(name), m->self);
    else
        s = str_from_format(t, "<bound method ? of %R>", m->self);
    ref_close(name);
    return ref_from_obj(s);
}

static Ref method_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(a) != &method_type ||
        ref_type(b) != &method_type)
        return REF_NOTIMPLEMENTED;
    bool eq = ref_is(M(a)->self, M(b)->self);
    if (eq) {
        int r = obj_richcompare_bool(t, M(a)->func, M(b)->func, CMP_EQ);
        if (r < 0) return REF_NULL;
        eq = r;
    }
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Thread *t, Ref self) {
    int64_t x = object_hash_identity(t, M(self)->self);
    int64_t y = obj_hash(t, M(self)->func);
    if (y == -1 && err_occurred(t)) return -1;
    int64_t h = x ^ y;
    return h == -1 ? -2 : h;
}

static Ref method_getattro(Thread *t, Ref self, Object *name) {
    Type *tp = ref_type(self);
    Ref descr = type_lookup(tp, name);
    if (!ref_is_null(descr)) {
        DescrGetFn f = ref_type(descr)->descr_get;
        if (f) {
            descr = ref_dup(descr);
            Ref r = f(t, descr, self, ref_from_obj((Object *)tp));
            ref_close(descr);
            return r;
        }
        return ref_dup(descr);
    }
    return obj_getattr(t, M(self)->func, name);
}

static Ref method_get_func(Thread *t, Ref self, void *c) { return ref_dup(M(self)->func); }
static Ref method_get_self(Thread *t, Ref self, void *c) { return ref_dup(M(self)->self); }
static Ref method_get_doc(Thread *t, Ref self, void *c) {
    return obj_getattr(t, M(self)->func, ID(__doc__));
}

static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, "the function (or other callable) implementing a method", NULL},
    {"__self__", method_get_self, NULL, "the instance to which a method is bound", NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL},
};

static Ref method_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "method", kwnames)) return REF_NULL;
    if (nargs != 2)
        return err_format(t, &exc_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!obj_callable(args[0])) return err_set(t, &exc_TypeError, "first argument must be callable");
    if (ref_is_none(args[1])) return err_set(t, &exc_TypeError, "instance must not be None");
    return ref_from_obj(method_new(t, args[0], args[1]));
}

static Ref method_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref name = obj_getattr(t, M(self)->func, ID(__name__));
    if (ref_is_null(name)) return REF_NULL;
    Ref getattr_fn = t->interp->builtins ? dict_get_cstr(t, t->interp->builtins, "getattr") : REF_NULL;
    if (ref_is_null(getattr_fn)) {
        ref_close(name);
        return err_occurred(t) ? REF_NULL : err_set(t, &exc_TypeError, "cannot reduce method");
    }
    Object *inner = tuple_pack(t, 2, M(self)->self, name);
    ref_close(name);
    Object *r = inner ? tuple_pack(t, 2, getattr_fn, ref_from_obj(inner)) : NULL;
    obj_xdecref(inner);
    ref_close(getattr_fn);
    return ref_from_obj(r);
}

static const MethodDef method_methods[] = {
    {"__reduce__", method_reduce, 0, NULL},
    {NULL},
};

Type method_type = {
    TYPE_HEAD_INIT,
    .tp_name = "method",
    .tp_basicsize = sizeof(MethodObj),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_doc = "method(function, instance)\n\nCreate a bound instance method object.",
    .tp_dealloc = method_dealloc,
    .tp_weaklistoffset = offsetof(MethodObj, weakreflist),
    .tp_traverse = method_traverse,
    .tp_clear = method_clear,
    .tp_free = obj_free,
    .repr = method_repr,
    .call = method_call,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattro = method_getattro,
    .new_ = method_new_slot,
    .methods = method_methods,
    .getsets = method_getsets,
};
