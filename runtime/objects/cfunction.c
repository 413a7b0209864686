/* builtin_function_or_method: a MethodDef bound to its self (a module for module
 * functions, an instance for `[].append`, a type for class methods and __new__), or a
 * legacy extension's PyMethodDef likewise (objects/type.h says how they differ). */
#include "spry.h"
#include "objects/cfunction_doc.h"
#include "legacy/legacy_call.h"

#define CF(r) ((CFunctionObj *)ref_obj(r))

static Object *cf_alloc(Thread *t, const MethodDef *def, const struct PyMethodDef *ml, Ref self,
                        Object *module, Type *cls) {
    CFunctionObj *f = (CFunctionObj *)obj_alloc(t, &cfunction_type, sizeof(CFunctionObj));
    if (!f) return NULL;
    f->def = def;
    f->ml = ml;
    f->self = ref_dup(self);
    if (module) obj_incref(module);
    f->module = module;
    if (cls) obj_incref((Object *)cls);
    f->cls = cls;
    gc_track(&f->ob);
    return &f->ob;
}

Object *cfunction_new(Thread *t, const MethodDef *def, Ref self, Object *module_name) {
    return cf_alloc(t, def, NULL, self, module_name, NULL);
}

Object *cfunction_new_legacy(Thread *t, const struct PyMethodDef *ml, Ref self, Object *module,
                             Type *cls) {
    return cf_alloc(t, NULL, ml, self, module, cls);
}

static const char *cf_name(const CFunctionObj *f) {
    return f->def ? f->def->name : legacy_methoddef_name(f->ml);
}

static const char *cf_doc(const CFunctionObj *f) {
    return f->def ? f->def->doc : legacy_methoddef_doc(f->ml);
}

/* What tells two functions apart besides their self: the definition they carry. */
static const void *cf_definition(const CFunctionObj *f) {
    return f->def ? (const void *)f->def : (const void *)f->ml;
}

static void cf_dealloc(Object *o) {
    CFunctionObj *f = (CFunctionObj *)o;
    gc_untrack(o);
    ref_close(f->self);
    obj_xdecref(f->module);
    obj_xdecref((Object *)f->cls);
    o->ob_type->tp_free(o);
}

static int cf_traverse(Object *o, VisitFn visit, void *arg) {
    CFunctionObj *f = (CFunctionObj *)o;
    int r;
    if (ref_is_obj(f->self) && (r = visit(ref_obj(f->self), arg))) return r;
    if (f->module && (r = visit(f->module, arg))) return r;
    if (f->cls && type_has_flag(f->cls, TPFLAG_HEAPTYPE) && (r = visit((Object *)f->cls, arg)))
        return r;
    return 0;
}

static Ref cf_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    CFunctionObj *f = CF(callable);
    if (!f->def) return legacy_cfunction_call(t, callable, args, nargs, kwnames);
    return f->def->fn(t, f->self, args, nargs, kwnames);
}

/* Whose attribute the function is, for its names and repr: what it is bound to (not a
 * module), else the class of a static method (which is called without a self); REF_NULL
 * for a plain function. Borrowed. */
static Ref cf_owner(const CFunctionObj *f) {
    if (ref_is_null(f->self)) return f->cls ? ref_from_obj((Object *)f->cls) : REF_NULL;
    return ref_type_is(f->self, &module_type) ? REF_NULL : f->self;
}

static Ref cf_repr(Thread *t, Ref self) {
    CFunctionObj *f = CF(self);
    Ref owner = cf_owner(f);
    if (ref_is_null(owner))
        return ref_from_obj(str_from_format(t, "<built-in function %s>", cf_name(f)));
    const void *addr = ref_is_int(owner) ? (const void *)owner.bits : (const void *)ref_obj(owner);
    return ref_from_obj(str_from_format(t, "<built-in method %s of %s object at %p>", cf_name(f),
                                        ref_type(owner)->tp_name, addr));
}

static Ref cf_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(b) != &cfunction_type) return REF_NOTIMPLEMENTED;
    bool eq = cf_definition(CF(a)) == cf_definition(CF(b)) && ref_is(CF(a)->self, CF(b)->self);
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t cf_hash(Thread *t, Ref self) {
    CFunctionObj *f = CF(self);
    int64_t x = ref_is_null(f->self) ? 0 : object_hash_identity(t, f->self);
    int64_t h = x ^ (int64_t)((uintptr_t)cf_definition(f) >> 4);
    return h == -1 ? -2 : h;
}

static Ref cf_get_name(Thread *t, Ref self, void *c) {
    return ref_from_obj(str_from_cstr(t, cf_name(CF(self))));
}

static Ref cf_get_qualname(Thread *t, Ref self, void *c) {
    CFunctionObj *f = CF(self);
    Ref owner = cf_owner(f);
    if (ref_is_null(owner)) return cf_get_name(t, self, c);
    Object *tq = type_qualname(t, type_check(owner) ? (Type *)ref_obj(owner) : ref_type(owner));
    if (!tq) return REF_NULL;
    Object *s = str_from_format(t, "%U.%s", tq, cf_name(f));
    obj_decref(tq);
    return ref_from_obj(s);
}

static Ref cf_get_self(Thread *t, Ref self, void *c) {
    Ref s = CF(self)->self;
    return ref_is_null(s) ? REF_NONE : ref_dup(s);
}

static Ref cf_get_module(Thread *t, Ref self, void *c) {
    CFunctionObj *f = CF(self);
    if (f->module) return ref_new(f->module);
    /* A legacy function made without a module name has none, as in CPython. */
    if (f->def && !ref_is_null(f->self) && ref_type_is(f->self, &module_type)) {
        Ref n = dict_get_str(t, module_dict(ref_obj(f->self)), ID(__name__));
        if (!ref_is_null(n) || err_occurred(t)) return n;
    }
    return REF_NONE;
}

static int cf_set_module(Thread *t, Ref self, Ref value, void *c) {
    CFunctionObj *f = CF(self);
    Object *nv = NULL;
    if (!ref_is_null(value) && !ref_is_none(value)) {
        if (!ref_is_obj(value)) {
            err_set(t, &exc_TypeError, "__module__ must be a str");
            return -1;
        }
        nv = ref_obj(value);
        obj_incref(nv);
    }
    OBJ_SETREF(f->module, nv);
    return 0;
}

/* Where the signature block of `doc` ends (just past its ")"), or NULL without one. */
static const char *signature_end(const char *name, const char *doc) {
    size_t n = strlen(name);
    if (!doc || strncmp(doc, name, n) != 0 || doc[n] != '(') return NULL;
    const char *end = strstr(doc, ")\n--\n\n");
    return end ? end + 1 : NULL;
}

Ref cfunction_doc_text_signature(Thread *t, const char *name, const char *doc) {
    const char *end = signature_end(name, doc);
    if (!end) return REF_NONE;
    const char *start = doc + strlen(name);
    return ref_from_obj(str_from_utf8(t, start, (size_t)(end - start)));
}

Ref cfunction_doc_body(Thread *t, const char *name, const char *doc) {
    if (!doc) return REF_NONE;
    const char *end = signature_end(name, doc);
    return ref_from_obj(str_from_cstr(t, end ? end + 5 : doc));   /* past "\n--\n\n" */
}

static Ref cf_get_doc(Thread *t, Ref self, void *c) {
    return cfunction_doc_body(t, cf_name(CF(self)), cf_doc(CF(self)));
}

static Ref cf_get_text_signature(Thread *t, Ref self, void *c) {
    return cfunction_doc_text_signature(t, cf_name(CF(self)), cf_doc(CF(self)));
}

static const GetSetDef cf_getsets[] = {
    {"__name__", cf_get_name, NULL, NULL, NULL},
    {"__qualname__", cf_get_qualname, NULL, NULL, NULL},
    {"__self__", cf_get_self, NULL, NULL, NULL},
    {"__module__", cf_get_module, cf_set_module, NULL, NULL},
    {"__doc__", cf_get_doc, NULL, NULL, NULL},
    {"__text_signature__", cf_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

Ref cfunction_reduce_getattr(Thread *t, Ref owner, Object *name) {
    Ref getattr_fn = REF_NULL;
    Object *b = t->interp->builtins;
    if (b) getattr_fn = dict_get_cstr(t, b, "getattr");
    if (ref_is_null(getattr_fn))
        return err_occurred(t) ? REF_NULL : err_set(t, &exc_TypeError, "cannot reduce method");
    Object *inner = tuple_pack(t, 2, owner, ref_from_obj(name));
    Object *r = inner ? tuple_pack(t, 2, getattr_fn, ref_from_obj(inner)) : NULL;
    obj_xdecref(inner);
    ref_close(getattr_fn);
    return ref_from_obj(r);
}

static Ref cf_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    CFunctionObj *f = CF(self);
    Ref owner = cf_owner(f);
    if (ref_is_null(owner)) return cf_get_name(t, self, NULL);
    Object *name = str_from_cstr(t, cf_name(f));
    if (!name) return REF_NULL;
    Ref r = cfunction_reduce_getattr(t, owner, name);
    obj_decref(name);
    return r;
}

static const MethodDef cf_methods[] = {
    {"__reduce__", cf_reduce, 0, NULL},
    {NULL},
};

Type cfunction_type = {
    TYPE_HEAD_INIT,
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(CFunctionObj),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = cf_dealloc,
    .tp_traverse = cf_traverse,
    .tp_free = obj_free,
    .repr = cf_repr,
    .call = cf_call,
    .richcompare = cf_richcompare,
    .hash = cf_hash,
    .methods = cf_methods,
    .getsets = cf_getsets,
};
