/* property, staticmethod and classmethod. */
#include "spry.h"

/* ---- property ----------------------------------------------------------------------------- */

typedef struct Property {
    Object ob;
    Ref fget, fset, fdel, doc;   /* REF_NULL when not given */
    Object *name;                /* from __set_name__, or NULL */
    bool getter_doc;             /* doc was taken from fget.__doc__ */
} Property;

#define PROP(r) ((Property *)ref_obj(r))

Ref property_fget(Object *prop) { return ((Property *)prop)->fget; }

static Ref null_to_none(Ref r) { return ref_is_null(r) ? REF_NONE : ref_dup(r); }
static Ref none_to_null(Ref r) { return ref_is_none(r) ? REF_NULL : r; }

static void property_dealloc(Object *o) {
    Property *p = (Property *)o;
    gc_untrack(o);
    ref_close(p->fget);
    ref_close(p->fset);
    ref_close(p->fdel);
    ref_close(p->doc);
    obj_xdecref(p->name);
    o->ob_type->tp_free(o);
}

static int property_traverse(Object *o, VisitFn visit, void *arg) {
    Property *p = (Property *)o;
    Ref fs[4] = {p->fget, p->fset, p->fdel, p->doc};
    for (int i = 0; i < 4; i++) {
        int r;
        if (ref_is_obj(fs[i]) && (r = visit(ref_obj(fs[i]), arg))) return r;
    }
    return 0;
}

static int property_clear(Object *o) {
    Property *p = (Property *)o;
    REF_SETREF(p->fget, REF_NULL);
    REF_SETREF(p->fset, REF_NULL);
    REF_SETREF(p->fdel, REF_NULL);
    REF_SETREF(p->doc, REF_NULL);
    return 0;
}

/* "property 'x' of 'C' object has no getter" and its variants. */
static void property_error(Thread *t, Property *p, Ref obj, const char *what) {
    Object *qn = ref_is_null(obj) ? NULL : type_qualname(t, ref_type(obj));
    if (err_occurred(t)) return;
    if (p->name && qn)
        err_format(t, &exc_AttributeError, "property %R of %R object has no %s",
                   ref_from_obj(p->name), ref_from_obj(qn), what);
    else if (qn)
        err_format(t, &exc_AttributeError, "property of %R object has no %s", ref_from_obj(qn), what);
    else
        err_format(t, &exc_AttributeError, "property has no %s", what);
    obj_xdecref(qn);
}

static Ref property_get(Thread *t, Ref self, Ref obj, Ref type) {
    if (ref_is_null(obj) || ref_is_none(obj)) return ref_dup(self);
    Property *p = PROP(self);
    if (ref_is_null(p->fget)) {
        property_error(t, p, obj, "getter");
        return REF_NULL;
    }
    return obj_call1(t, p->fget, obj);
}

static int property_set(Thread *t, Ref self, Ref obj, Ref value) {
    Property *p = PROP(self);
    Ref f = ref_is_null(value) ? p->fdel : p->fset;
    if (ref_is_null(f)) {
        property_error(t, p, obj, ref_is_null(value) ? "deleter" : "setter");
        return -1;
    }
    Ref r = ref_is_null(value) ? obj_call1(t, f, obj) : obj_call2(t, f, obj, value);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static Ref property_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    gc_track(o);
    return ref_from_obj(o);
}

static int property_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    static const ArgSpec spec = {"property", names, 0, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return -1;
    Property *p = PROP(self);
    REF_SETREF(p->fget, ref_dup(none_to_null(a[0])));
    REF_SETREF(p->fset, ref_dup(none_to_null(a[1])));
    REF_SETREF(p->fdel, ref_dup(none_to_null(a[2])));
    REF_SETREF(p->doc, ref_dup(none_to_null(a[3])));
    p->getter_doc = false;
    if (ref_is_null(p->doc) && !ref_is_null(p->fget)) {
        Ref d = obj_lookup_attr(t, p->fget, ID(__doc__));
        if (ref_is_null(d) && err_occurred(t)) return -1;
        if (!ref_is_null(d) && !ref_is_none(d)) {
            p->doc = d;
            p->getter_doc = true;
        } else {
            ref_close(d);
        }
    }
    /* a subclass keeps the doc in its instance dict so that it shadows the class's */
    if (ref_type(self) != &property_type && !ref_is_null(p->doc)) {
        Object *d = object_get_dict(t, self);
        if (d && dict_set_str(t, d, ID(__doc__), p->doc) < 0) return -1;
        if (!d && err_occurred(t)) return -1;
    }
    return 0;
}

/* property.getter/setter/deleter: a copy with one function replaced. */
static Ref property_copy(Thread *t, Ref self, Ref fget, Ref fset, Ref fdel) {
    Property *p = PROP(self);
    Ref doc = (p->getter_doc && !ref_is_null(fget)) ? REF_NONE : null_to_none(p->doc);
    Ref args[4] = {null_to_none(fget), null_to_none(fset), null_to_none(fdel), doc};
    Ref r = obj_call(t, ref_from_obj((Object *)ref_type(self)), args, 4, NULL);
    for (int i = 0; i < 4; i++) ref_close(args[i]);
    if (!ref_is_null(r) && ref_type_is(r, &property_type) && p->name) {
        obj_incref(p->name);
        OBJ_SETREF(PROP(r)->name, p->name);
    }
    return r;
}

static Ref property_getter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "getter", nargs, kwnames)) return REF_NULL;
    Property *p = PROP(self);
    return property_copy(t, self, none_to_null(args[0]), p->fset, p->fdel);
}

static Ref property_setter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "setter", nargs, kwnames)) return REF_NULL;
    Property *p = PROP(self);
    return property_copy(t, self, p->fget, none_to_null(args[0]), p->fdel);
}

static Ref property_deleter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "deleter", nargs, kwnames)) return REF_NULL;
    Property *p = PROP(self);
    return property_copy(t, self, p->fget, p->fset, none_to_null(args[0]));
}

static Ref property_set_name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "__set_name__", kwnames)) return REF_NULL;
    if (nargs != 2)
        return err_format(t, &exc_TypeError, "__set_name__() takes 2 positional arguments but %zu were given",
                          nargs);
    if (ref_is_obj(args[1])) {
        obj_incref(ref_obj(args[1]));
        OBJ_SETREF(PROP(self)->name, ref_obj(args[1]));
    }
    return REF_NONE;
}

static Ref property_get_fget(Thread *t, Ref self, void *c) { return null_to_none(PROP(self)->fget); }
static Ref property_get_fset(Thread *t, Ref self, void *c) { return null_to_none(PROP(self)->fset); }
static Ref property_get_fdel(Thread *t, Ref self, void *c) { return null_to_none(PROP(self)->fdel); }
static Ref property_get_doc(Thread *t, Ref self, void *c) { return null_to_none(PROP(self)->doc); }

static int property_set_doc(Thread *t, Ref self, Ref value, void *c) {
    REF_SETREF(PROP(self)->doc, ref_is_null(value) ? REF_NULL : ref_dup(none_to_null(value)));
    return 0;
}

/* True if any of the functions says it is abstract. */
static Ref abstract_of(Thread *t, const Ref *fs, int n) {
    for (int i = 0; i < n; i++) {
        if (ref_is_null(fs[i])) continue;
        Ref v = obj_lookup_attr(t, fs[i], ID(__isabstractmethod__));
        if (ref_is_null(v)) {
            if (err_occurred(t)) return REF_NULL;
            continue;
        }
        int b = obj_truthy(t, v);
        ref_close(v);
        if (b < 0) return REF_NULL;
        if (b) return REF_TRUE;
    }
    return REF_FALSE;
}

static Ref property_get_isabstract(Thread *t, Ref self, void *c) {
    Property *p = PROP(self);
    Ref fs[3] = {p->fget, p->fset, p->fdel};
    return abstract_of(t, fs, 3);
}

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL},
};

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {NULL},
};

Type property_type = {
    TYPE_HEAD_INIT,
    .tp_name = "property",
    .tp_basicsize = sizeof(Property),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
              "  fset\n    function to be used for setting an attribute value\n"
              "  fdel\n    function to be used for del'ing an attribute\n"
              "  doc\n    docstring",
    .tp_dealloc = property_dealloc,
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_free = obj_free,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- staticmethod / classmethod ----------------------------------------------------------- */

/* Both wrap one callable and carry a __dict__ (functools.wraps-style copies of the
 * callable's __module__, __name__, __qualname__, __doc__ and __wrapped__). */
typedef struct FuncWrapper {
    Object ob;
    Ref func;
    Object *dict;
} FuncWrapper;

#define FW(r) ((FuncWrapper *)ref_obj(r))

static void fw_dealloc(Object *o) {
    FuncWrapper *f = (FuncWrapper *)o;
    gc_untrack(o);
    ref_close(f->func);
    obj_xdecref(f->dict);
    o->ob_type->tp_free(o);
}

static int fw_traverse(Object *o, VisitFn visit, void *arg) {
    FuncWrapper *f = (FuncWrapper *)o;
    int r;
    if (ref_is_obj(f->func) && (r = visit(ref_obj(f->func), arg))) return r;
    if (f->dict && (r = visit(f->dict, arg))) return r;
    return 0;
}

static int fw_clear(Object *o) {
    FuncWrapper *f = (FuncWrapper *)o;
    REF_SETREF(f->func, REF_NULL);
    OBJ_SETREF(f->dict, NULL);
    return 0;
}

static int fw_wraps(Thread *t, Ref self, Ref func) {
    FuncWrapper *f = FW(self);
    REF_SETREF(f->func, ref_dup(func));
    if (ref_is_obj(func) && !type_has_flag(ref_type(func), TPFLAG_READY)) return 0;  /* boot */
    Object *d = object_get_dict(t, self);
    if (!d) return -1;
    Object *const names[] = {ID(__module__), ID(__name__), ID(__qualname__), ID(__doc__),
                             ID(__annotations__)};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Ref v = obj_lookup_attr(t, func, names[i]);
        if (ref_is_null(v)) {
            if (err_occurred(t)) return -1;
            continue;
        }
        int r = dict_set_str(t, d, names[i], v);
        ref_close(v);
        if (r < 0) return -1;
    }
    return 0;   /* __wrapped__ is a read-only attribute, like __func__ */
}

static Object *fw_new(Thread *t, Type *type, Ref callable) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return NULL;
    gc_track(o);
    if (fw_wraps(t, ref_from_obj(o), callable) < 0) {
        obj_decref(o);
        return NULL;
    }
    return o;
}

Object *staticmethod_new(Thread *t, Ref callable) { return fw_new(t, &staticmethod_type, callable); }
Object *classmethod_new(Thread *t, Ref callable) { return fw_new(t, &classmethod_type, callable); }

static Ref fw_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    gc_track(o);
    return ref_from_obj(o);
}

static int fw_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames, const char *name) {
    if (!args_no_kw(t, name, kwnames)) return -1;
    if (nargs != 1) {
        err_format(t, &exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    return fw_wraps(t, self, args[0]);
}

static int sm_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return fw_init(t, self, args, nargs, kwnames, "staticmethod");
}

static int cm_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return fw_init(t, self, args, nargs, kwnames, "classmethod");
}

static Ref fw_uninitialized(Thread *t, Ref self) {
    return err_format(t, &exc_RuntimeError, "uninitialized %s object", ref_type(self)->tp_name);
}

static Ref sm_get(Thread *t, Ref self, Ref obj, Ref type) {
    if (ref_is_null(FW(self)->func)) return fw_uninitialized(t, self);
    return ref_dup(FW(self)->func);
}

static Ref sm_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return obj_call(t, FW(self)->func, args, nargs, kwnames);
}

static Ref cm_get(Thread *t, Ref self, Ref obj, Ref type) {
    Ref f = FW(self)->func;
    if (ref_is_null(f)) return fw_uninitialized(t, self);
    if (ref_is_null(type)) type = ref_from_obj((Object *)ref_type(obj));
    DescrGetFn g = ref_type(f)->descr_get;
    if (g) return g(t, f, type, type);
    return ref_from_obj(method_new(t, f, type));
}

static Ref fw_repr(Thread *t, Ref self) {
    Ref f = FW(self)->func;
    return ref_from_obj(str_from_format(t, "<%s(%R)>", type_name(ref_type(self)),
                                        ref_is_null(f) ? REF_NONE : f));
}

static Ref fw_get_func(Thread *t, Ref self, void *c) {
    Ref f = FW(self)->func;
    return ref_is_null(f) ? fw_uninitialized(t, self) : ref_dup(f);
}

/* __func__ and __wrapped__ are read-only members in CPython: same message on assignment */
static int fw_set_readonly(Thread *t, Ref self, Ref value, void *c) {
    err_set(t, &exc_AttributeError, "readonly attribute");
    return -1;
}

static Ref fw_get_isabstract(Thread *t, Ref self, void *c) {
    return abstract_of(t, &FW(self)->func, 1);
}

static Ref fw_get_dict(Thread *t, Ref self, void *c) {
    Object *d = object_get_dict(t, self);
    return d ? ref_new(d) : REF_NULL;
}

static int fw_set_dict(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value) || !dict_check(value)) {
        err_format(t, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'",
                   ref_is_null(value) ? REF_NONE : value);
        return -1;
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(FW(self)->dict, ref_obj(value));
    return 0;
}

static const GetSetDef fw_getsets[] = {
    {"__func__", fw_get_func, fw_set_readonly, NULL, NULL},
    {"__wrapped__", fw_get_func, fw_set_readonly, NULL, NULL},
    {"__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL},
    {"__dict__", fw_get_dict, fw_set_dict, NULL, NULL},
    {NULL},
};

Type staticmethod_type = {
    TYPE_HEAD_INIT,
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(FuncWrapper),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .tp_dealloc = fw_dealloc,
    .tp_traverse = fw_traverse,
    .tp_clear = fw_clear,
    .tp_free = obj_free,
    .tp_dictoffset = offsetof(FuncWrapper, dict),
    .repr = fw_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .new_ = fw_new_slot,
    .init = sm_init,
    .getsets = fw_getsets,
};

Type classmethod_type = {
    TYPE_HEAD_INIT,
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(FuncWrapper),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .tp_dealloc = fw_dealloc,
    .tp_traverse = fw_traverse,
    .tp_clear = fw_clear,
    .tp_free = obj_free,
    .tp_dictoffset = offsetof(FuncWrapper, dict),
    .repr = fw_repr,
    .descr_get = cm_get,
    .new_ = fw_new_slot,
    .init = cm_init,
    .getsets = fw_getsets,
};
