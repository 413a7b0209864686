/* Descriptors for what C types define: methods (MethodDef, incl. class methods), getsets,
 * members, slot wrappers (`int.__add__`) and method-wrappers (`(1).__add__`).
 *
 * A descriptor holds its defining type (counted: heap types' member/getset descriptors
 * can outlive the class) and its name. Those of static types are made immortal and
 * untracked by type_ready. */
#include "spry.h"
#include "objects/cfunction_doc.h"
#include "legacy/legacy_call.h"

#define DESCR(r) ((Descr *)ref_obj(r))

/* ---- common ---------------------------------------------------------------------------- */

static Object *descr_alloc(Thread *t, Type *dtype, Type *type, Object *name, size_t size) {
    Object *o = obj_alloc(t, dtype, size);
    if (!o) return NULL;
    Descr *d = (Descr *)o;
    obj_incref((Object *)type);
    d->type = type;
    obj_incref(name);
    d->name = name;
    gc_track(o);
    return o;
}

static void descr_dealloc(Object *o) {
    Descr *d = (Descr *)o;
    gc_untrack(o);
    obj_xdecref((Object *)d->type);
    obj_xdecref(d->name);
    o->ob_type->tp_free(o);
}

static int descr_traverse(Object *o, VisitFn visit, void *arg) {
    Descr *d = (Descr *)o;
    if (d->type && type_has_flag(d->type, TPFLAG_HEAPTYPE)) return visit((Object *)d->type, arg);
    return 0;
}

static Ref descr_repr_fmt(Thread *t, Ref self, const char *kind) {
    Descr *d = DESCR(self);
    return ref_from_obj(
        str_from_format(t, "<%s '%U' of '%s' objects>", kind, d->name, d->type->tp_name));
}

/* obj must be an instance of the descriptor's type. */
static bool descr_check(Thread *t, Descr *d, Ref obj) {
    if (ref_type_is(obj, d->type)) return true;
    err_format(t, &exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
               d->name, d->type->tp_name, obj);
    return false;
}

static Ref descr_get_name(Thread *t, Ref self, void *c) { return ref_new(DESCR(self)->name); }

static Ref descr_get_qualname(Thread *t, Ref self, void *c) {
    Descr *d = DESCR(self);
    Object *tq = type_qualname(t, d->type);
    if (!tq) return REF_NULL;
    Object *s = str_from_format(t, "%U.%U", tq, d->name);
    obj_decref(tq);
    return ref_from_obj(s);
}

static Ref descr_get_objclass(Thread *t, Ref self, void *c) {
    return ref_new((Object *)DESCR(self)->type);
}

static Ref doc_from_cstr(Thread *t, const char *doc) {
    if (!doc) return REF_NONE;
    return ref_from_obj(str_from_cstr(t, doc));
}

static Ref descr_get_text_signature(Thread *t, Ref self, void *c) { return REF_NONE; }

/* ---- method descriptors --------------------------------------------------------------- */

Object *descr_new_method(Thread *t, Type *type, const MethodDef *def) {
    Object *name = str_intern_cstr(t, def->name);
    if (!name) return NULL;
    Type *dt = (def->flags & METH_CLASS) ? &classmethod_descr_type : &method_descr_type;
    Object *o = descr_alloc(t, dt, type, name, sizeof(MethodDescr));
    obj_decref(name);
    if (o) {
        ((MethodDescr *)o)->def = def;
        ((MethodDescr *)o)->ml = NULL;
    }
    return o;
}

Object *descr_new_legacy_method(Thread *t, Type *type, const struct PyMethodDef *ml, Object *name,
                                bool classmethod) {
    Type *dt = classmethod ? &classmethod_descr_type : &method_descr_type;
    Object *o = descr_alloc(t, dt, type, name, sizeof(MethodDescr));
    if (o) {
        ((MethodDescr *)o)->def = NULL;
        ((MethodDescr *)o)->ml = ml;
    }
    return o;
}

/* A method descriptor bound to `self` (an instance, or a type for class methods). */
static Ref method_descr_bind(Thread *t, MethodDescr *m, Ref self) {
    if (m->def) return ref_from_obj(cfunction_new(t, m->def, self, NULL));
    return ref_from_obj(cfunction_new_legacy(t, m->ml, self, NULL, m->d.type));
}

/* args[0] is the (checked) self or class. */
static Ref method_descr_invoke(Thread *t, Ref callable, const Ref *args, size_t nargs,
                               Object *kwnames) {
    MethodDescr *m = (MethodDescr *)ref_obj(callable);
    if (!m->def) return legacy_method_call(t, callable, args, nargs, kwnames);
    return m->def->fn(t, args[0], args + 1, nargs - 1, kwnames);
}

static Ref method_descr_call(Thread *t, Ref callable, const Ref *args, size_t nargs,
                             Object *kwnames) {
    MethodDescr *m = (MethodDescr *)ref_obj(callable);
    if (nargs < 1) {
        Object *tq = type_qualname(t, m->d.type);
        if (!tq) return REF_NULL;
        err_format(t, &exc_TypeError, "unbound method %U.%U() needs an argument", tq, m->d.name);
        obj_decref(tq);
        return REF_NULL;
    }
    if (!descr_check(t, &m->d, args[0])) return REF_NULL;
    return method_descr_invoke(t, callable, args, nargs, kwnames);
}

static Ref method_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj)) return ref_dup(descr);
    MethodDescr *m = (MethodDescr *)ref_obj(descr);
    if (!descr_check(t, &m->d, obj)) return REF_NULL;
    return method_descr_bind(t, m, obj);
}

static Ref method_descr_repr(Thread *t, Ref self) {
    Descr *d = DESCR(self);
    return ref_from_obj(
        str_from_format(t, "<method '%U' of '%s' objects>", d->name, d->type->tp_name));
}

static const char *method_descr_name(const MethodDescr *m) {
    return m->def ? m->def->name : legacy_methoddef_name(m->ml);
}

static const char *method_descr_doc(const MethodDescr *m) {
    return m->def ? m->def->doc : legacy_methoddef_doc(m->ml);
}

static Ref method_descr_get_doc(Thread *t, Ref self, void *c) {
    MethodDescr *m = (MethodDescr *)ref_obj(self);
    return cfunction_doc_body(t, method_descr_name(m), method_descr_doc(m));
}

static Ref method_descr_get_text_signature(Thread *t, Ref self, void *c) {
    MethodDescr *m = (MethodDescr *)ref_obj(self);
    return cfunction_doc_text_signature(t, method_descr_name(m), method_descr_doc(m));
}

/* Pickled as getattr(its class, its name). */
static Ref method_descr_reduce(Thread *t, Ref self, const Ref *args, size_t nargs,
                               Object *kwnames) {
    Descr *d = DESCR(self);
    return cfunction_reduce_getattr(t, ref_from_obj((Object *)d->type), d->name);
}

static const MethodDef method_descr_methods[] = {
    {"__reduce__", method_descr_reduce, 0, NULL},
    {NULL},
};

static const GetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {"__text_signature__", method_descr_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

Type method_descr_type = {
    TYPE_HEAD_INIT,
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(MethodDescr),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_free = obj_free,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .methods = method_descr_methods,
    .getsets = method_descr_getsets,
};

/* ---- class method descriptors (METH_CLASS) ---------------------------------------------- */

static Ref classmethod_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    MethodDescr *m = (MethodDescr *)ref_obj(descr);
    if (ref_is_null(type)) {
        if (ref_is_null(obj))
            return err_format(t, &exc_TypeError,
                              "descriptor '%U' for type '%s' needs either an object or a type",
                              m->d.name, m->d.type->tp_name);
        type = ref_from_obj((Object *)ref_type(obj));
    }
    if (!type_check(type))
        return err_format(t, &exc_TypeError,
                          "descriptor '%U' for type '%s' needs a type, not a '%T' as arg 2",
                          m->d.name, m->d.type->tp_name, type);
    if (!type_is_subtype((Type *)ref_obj(type), m->d.type))
        return err_format(t, &exc_TypeError,
                          "descriptor '%U' requires a subtype of '%s' but received '%s'", m->d.name,
                          m->d.type->tp_name, ((Type *)ref_obj(type))->tp_name);
    return method_descr_bind(t, m, type);
}

static Ref classmethod_descr_call(Thread *t, Ref callable, const Ref *args, size_t nargs,
                                  Object *kwnames) {
    MethodDescr *m = (MethodDescr *)ref_obj(callable);
    if (nargs < 1)
        return err_format(t, &exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          m->d.name, m->d.type->tp_name);
    if (!type_check(args[0]))
        return err_format(t, &exc_TypeError,
                          "descriptor '%U' for type '%s' needs a type, not a '%T' as arg 2",
                          m->d.name, m->d.type->tp_name, args[0]);
    if (!type_is_subtype((Type *)ref_obj(args[0]), m->d.type))
        return err_format(t, &exc_TypeError,
                          "descriptor '%U' requires a subtype of '%s' but received '%s'", m->d.name,
                          m->d.type->tp_name, ((Type *)ref_obj(args[0]))->tp_name);
    return method_descr_invoke(t, callable, args, nargs, kwnames);
}

Type classmethod_descr_type = {
    TYPE_HEAD_INIT,
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(MethodDescr),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_free = obj_free,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

/* ---- getset descriptors ---------------------------------------------------------------- */

Object *descr_new_getset(Thread *t, Type *type, const GetSetDef *def) {
    Object *name = str_intern_cstr(t, def->name);
    if (!name) return NULL;
    Object *o = descr_alloc(t, &getset_descr_type, type, name, sizeof(GetSetDescr));
    obj_decref(name);
    if (o) ((GetSetDescr *)o)->def = def;
    return o;
}

static Ref getset_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj)) return ref_dup(descr);
    GetSetDescr *g = (GetSetDescr *)ref_obj(descr);
    if (!descr_check(t, &g->d, obj)) return REF_NULL;
    if (!g->def->get)
        return err_format(t, &exc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                          g->d.name, g->d.type->tp_name);
    return g->def->get(t, obj, g->def->closure);
}

static int getset_set(Thread *t, Ref descr, Ref obj, Ref value) {
    GetSetDescr *g = (GetSetDescr *)ref_obj(descr);
    if (!descr_check(t, &g->d, obj)) return -1;
    if (!g->def->set) {
        err_format(t, &exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                   g->d.name, g->d.type->tp_name);
        return -1;
    }
    return g->def->set(t, obj, value, g->def->closure);
}

static Ref getset_repr(Thread *t, Ref self) { return descr_repr_fmt(t, self, "attribute"); }

static Ref getset_get_doc(Thread *t, Ref self, void *c) {
    return doc_from_cstr(t, ((GetSetDescr *)ref_obj(self))->def->doc);
}

static const GetSetDef getset_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {NULL},
};

Type getset_descr_type = {
    TYPE_HEAD_INIT,
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(GetSetDescr),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_free = obj_free,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
};

/* ---- member descriptors ---------------------------------------------------------------- */

Object *descr_new_member(Thread *t, Type *type, const MemberDef *def) {
    Object *name = str_intern_cstr(t, def->name);
    if (!name) return NULL;
    Object *o = descr_alloc(t, &member_descr_type, type, name, sizeof(MemberDescr));
    obj_decref(name);
    if (o) ((MemberDescr *)o)->def = def;
    return o;
}

static Ref member_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj)) return ref_dup(descr);
    MemberDescr *m = (MemberDescr *)ref_obj(descr);
    if (!descr_check(t, &m->d, obj)) return REF_NULL;
    char *p = (char *)ref_obj(obj) + m->def->offset;
    switch (m->def->kind) {
    case MEMBER_T_INT: return ref_from_int(*(int *)p);
    case MEMBER_T_DOUBLE: return float_from_double(t, *(double *)p);
    case MEMBER_T_BOOL: return ref_from_bool(*(char *)p != 0);
    case MEMBER_T_SSIZE: return int_from_i64(t, *(intptr_t *)p);
    case MEMBER_T_OBJECT: {
        Object *v = *(Object **)p;
        return v ? ref_new(v) : REF_NONE;
    }
    case MEMBER_T_OBJECT_EX: {
        Object *v = *(Object **)p;
        if (!v) return object_attribute_error(t, obj, m->d.name);
        return ref_new(v);
    }
    case MEMBER_T_REF: {
        Ref v = *(Ref *)p;
        if (ref_is_null(v)) return object_attribute_error(t, obj, m->d.name);
        return ref_dup(v);
    }
    default:
        return err_set(t, &exc_SystemError, "bad memberdescr type");
    }
}

static int member_set(Thread *t, Ref descr, Ref obj, Ref value) {
    MemberDescr *m = (MemberDescr *)ref_obj(descr);
    if (!descr_check(t, &m->d, obj)) return -1;
    if (m->def->flags & MEMBER_READONLY) {
        err_set(t, &exc_AttributeError, "readonly attribute");
        return -1;
    }
    char *p = (char *)ref_obj(obj) + m->def->offset;
    int kind = m->def->kind;
    if (ref_is_null(value) && kind != MEMBER_T_OBJECT && kind != MEMBER_T_OBJECT_EX &&
        kind != MEMBER_T_REF) {
        err_set(t, &exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (kind) {
    case MEMBER_T_INT:
    case MEMBER_T_SSIZE: {
        if (!int_check(value)) {
            err_set(t, &exc_TypeError, "attribute value type must be int");
            return -1;
        }
        int64_t v = int_as_i64(t, value);
        if (v == -1 && err_occurred(t)) return -1;
        if (kind == MEMBER_T_INT) *(int *)p = (int)v;
        else *(intptr_t *)p = (intptr_t)v;
        return 0;
    }
    case MEMBER_T_DOUBLE: {
        double d = float_as_double(t, value);
        if (d == -1.0 && err_occurred(t)) return -1;
        *(double *)p = d;
        return 0;
    }
    case MEMBER_T_BOOL:
        if (!ref_type_is(value, &bool_type)) {
            err_set(t, &exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)p = ref_is_object(value, &bool_true_obj);
        return 0;
    case MEMBER_T_OBJECT:
    case MEMBER_T_OBJECT_EX: {
        Object **slot = (Object **)p;
        if (ref_is_null(value) && kind == MEMBER_T_OBJECT_EX && !*slot) {
            object_attribute_error(t, obj, m->d.name);
            return -1;
        }
        Object *nv = NULL;
        if (!ref_is_null(value)) {
            if (ref_is_int(value)) {
                /* an Object* field needs a heap object: box the small int */
                err_set(t, &exc_TypeError, "cannot store a small int in this attribute");
                return -1;
            }
            nv = ref_obj(value);
            obj_incref(nv);
        }
        OBJ_SETREF(*slot, nv);
        return 0;
    }
    case MEMBER_T_REF: {
        Ref *slot = (Ref *)p;
        if (ref_is_null(value) && ref_is_null(*slot)) {
            object_attribute_error(t, obj, m->d.name);
            return -1;
        }
        REF_SETREF(*slot, ref_dup(value));
        return 0;
    }
    default:
        err_set(t, &exc_SystemError, "bad memberdescr type");
        return -1;
    }
}

static Ref member_repr(Thread *t, Ref self) { return descr_repr_fmt(t, self, "member"); }

static Ref member_get_doc(Thread *t, Ref self, void *c) {
    return doc_from_cstr(t, ((MemberDescr *)ref_obj(self))->def->doc);
}

static const GetSetDef member_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {NULL},
};

Type member_descr_type = {
    TYPE_HEAD_INIT,
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(MemberDescr),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_free = obj_free,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_descr_getsets,
};

/* ---- slot wrappers --------------------------------------------------------------------- */

Object *descr_new_wrapper(Thread *t, Type *type, const SlotDef *slot, void *wrapped) {
    Object *o = descr_alloc(t, &wrapper_descr_type, type, slotdef_name(slot), sizeof(WrapperDescr));
    if (o) {
        ((WrapperDescr *)o)->slot = slot;
        ((WrapperDescr *)o)->wrapped = wrapped;
    }
    return o;
}

static Ref wrapper_descr_call(Thread *t, Ref callable, const Ref *args, size_t nargs,
                              Object *kwnames) {
    WrapperDescr *w = (WrapperDescr *)ref_obj(callable);
    if (nargs < 1)
        return err_format(t, &exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          w->d.name, type_name(w->d.type));
    if (!ref_type_is(args[0], w->d.type))
        return err_format(t, &exc_TypeError, "descriptor '%U' requires a '%s' object but received a '%T'",
                          w->d.name, type_name(w->d.type), args[0]);
    return w->slot->wrapper(t, args[0], args + 1, nargs - 1, kwnames, w->slot, w->wrapped);
}

static Ref wrapper_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj)) return ref_dup(descr);
    WrapperDescr *w = (WrapperDescr *)ref_obj(descr);
    if (!descr_check(t, &w->d, obj)) return REF_NULL;
    MethodWrapper *mw = (MethodWrapper *)obj_alloc(t, &method_wrapper_type, sizeof(MethodWrapper));
    if (!mw) return REF_NULL;
    obj_incref(&w->d.ob);
    mw->descr = w;
    mw->self = ref_dup(obj);
    gc_track(&mw->ob);
    return ref_from_obj(&mw->ob);
}

static Ref wrapper_descr_repr(Thread *t, Ref self) { return descr_repr_fmt(t, self, "slot wrapper"); }

static Ref wrapper_get_doc(Thread *t, Ref self, void *c) {
    return doc_from_cstr(t, ((WrapperDescr *)ref_obj(self))->slot->doc);
}

static const GetSetDef wrapper_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

Type wrapper_descr_type = {
    TYPE_HEAD_INIT,
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(WrapperDescr),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_free = obj_free,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

/* ---- method-wrapper -------------------------------------------------------------------- */

#define MW(r) ((MethodWrapper *)ref_obj(r))

static void mw_dealloc(Object *o) {
    MethodWrapper *mw = (MethodWrapper *)o;
    gc_untrack(o);
    obj_decref(&mw->descr->d.ob);
    ref_close(mw->self);
    o->ob_type->tp_free(o);
}

static int mw_traverse(Object *o, VisitFn visit, void *arg) {
    MethodWrapper *mw = (MethodWrapper *)o;
    int r = visit(&mw->descr->d.ob, arg);
    if (r) return r;
    return ref_is_obj(mw->self) ? visit(ref_obj(mw->self), arg) : 0;
}

static Ref mw_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    MethodWrapper *mw = MW(callable);
    const SlotDef *s = mw->descr->slot;
    return s->wrapper(t, mw->self, args, nargs, kwnames, s, mw->descr->wrapped);
}

static Ref mw_repr(Thread *t, Ref self) {
    MethodWrapper *mw = MW(self);
    const void *addr = ref_is_int(mw->self) ? (const void *)mw->self.bits : (const void *)ref_obj(mw->self);
    return ref_from_obj(str_from_format(t, "<method-wrapper '%U' of %s object at %p>",
                                        mw->descr->d.name, ref_type(mw->self)->tp_name, addr));
}

static Ref mw_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(b) != &method_wrapper_type)
        return REF_NOTIMPLEMENTED;
    bool eq = MW(a)->descr == MW(b)->descr && ref_is(MW(a)->self, MW(b)->self);
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t mw_hash(Thread *t, Ref self) {
    int64_t x = object_hash_identity(t, MW(self)->self);
    int64_t y = object_hash_identity(t, ref_from_obj(&MW(self)->descr->d.ob));
    int64_t h = x ^ y;
    return h == -1 ? -2 : h;
}

static Ref mw_get_self(Thread *t, Ref self, void *c) { return ref_dup(MW(self)->self); }
static Ref mw_get_name(Thread *t, Ref self, void *c) { return ref_new(MW(self)->descr->d.name); }
static Ref mw_get_objclass(Thread *t, Ref self, void *c) {
    return ref_new((Object *)MW(self)->descr->d.type);
}
static Ref mw_get_qualname(Thread *t, Ref self, void *c) {
    return descr_get_qualname(t, ref_from_obj(&MW(self)->descr->d.ob), c);
}
static Ref mw_get_doc(Thread *t, Ref self, void *c) {
    return doc_from_cstr(t, MW(self)->descr->slot->doc);
}

static const GetSetDef mw_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

Type method_wrapper_type = {
    TYPE_HEAD_INIT,
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MethodWrapper),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = mw_dealloc,
    .tp_traverse = mw_traverse,
    .tp_free = obj_free,
    .repr = mw_repr,
    .call = mw_call,
    .richcompare = mw_richcompare,
    .hash = mw_hash,
    .getsets = mw_getsets,
};
