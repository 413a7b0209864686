/* builtin_function_or_method: a MethodDef bound to its self (a module for module
 * functions, an instance for `[].append`, a type for class methods and __new__). */
#include "spry.h"
#include "objects/cfunction_doc.h"

#define CF(r) ((CFunctionObj *)ref_obj(r))

Object *cfunction_new(Thread *t, const MethodDef *def, Ref self, Object *module_name) {
    CFunctionObj *f = (CFunctionObj *)obj_alloc(t, &cfunction_type, sizeof(CFunctionObj));
    if (!f) return NULL;
    f->def = def;
    f->self = ref_dup(self);
    if (module_name) obj_incref(module_name);
    f->module = module_name;
    gc_track(&f->ob);
    return &f->ob;
}

static void cf_dealloc(Object *o) {
    CFunctionObj *f = (CFunctionObj *)o;
    gc_untrack(o);
    ref_close(f->self);
    obj_xdecref(f->module);
    o->ob_type->tp_free(o);
}

static int cf_traverse(Object *o, VisitFn visit, void *arg) {
    CFunctionObj *f = (CFunctionObj *)o;
    int r;
    if (ref_is_obj(f->self) && (r = visit(ref_obj(f->self), arg))) return r;
    if (f->module && (r = visit(f->module, arg))) return r;
    return 0;
}

static Ref cf_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    CFunctionObj *f = CF(callable);
    return f->def->fn(t, f->self, args, nargs, kwnames);
}

static bool is_plain_function(CFunctionObj *f) {
    return ref_is_null(f->self) || ref_type_is(f->self, &module_type);
}

static Ref cf_repr(Thread *t, Ref self) {
    CFunctionObj *f = CF(self);
    if (is_plain_function(f))
        return ref_from_obj(str_from_format(t, "<built-in function %s>", f->def->name));
    const void *addr = ref_is_int(f->self) ? (const void *)f->self.bits : (const void *)ref_obj(f->self);
    return ref_from_obj(str_from_format(t, "<built-in method %s of %s object at %p>", f->def->name,
                                        type_name(ref_type(f->self)), addr));
}

static Ref cf_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(b) != &cfunction_type) return REF_NOTIMPLEMENTED;
    bool eq = CF(a)->def == CF(b)->def && ref_is(CF(a)->self, CF(b)->self);
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t cf_hash(Thread *t, Ref self) {
    CFunctionObj *f = CF(self);
    int64_t x = ref_is_null(f->self) ? 0 : object_hash_identity(t, f->self);
    int64_t h = x ^ (int64_t)((uintptr_t)f->def->fn >> 4);
    return h == -1 ? -2 : h;
}

static Ref cf_get_name(Thread *t, Ref self, void *c) {
    return ref_from_obj(str_from_cstr(t, CF(self)->def->name));
}

static Ref cf_get_qualname(Thread *t, Ref self, void *c) {
    CFunctionObj *f = CF(self);
    if (is_plain_function(f)) return cf_get_name(t, self, c);
    Type *owner = type_check(f->self) ? (Type *)ref_obj(f->self) : ref_type(f->self);
    Object *tq = type_qualname(t, owner);
    if (!tq) return REF_NULL;
    Object *s = str_from_format(t, "%U.%s", tq, f->def->name);
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
    if (!ref_is_null(f->self) && ref_type_is(f->self, &module_type)) {
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
    return cfunction_doc_body(t, CF(self)->def->name, CF(self)->def->doc);
}

static Ref cf_get_text_signature(Thread *t, Ref self, void *c) {
    return cfunction_doc_text_signature(t, CF(self)->def->name, CF(self)->def->doc);
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

static Ref cf_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    CFunctionObj *f = CF(self);
    if (is_plain_function(f)) return cf_get_name(t, self, NULL);
    Object *name = str_from_cstr(t, f->def->name);
    if (!name) return REF_NULL;
    Ref getattr_fn = REF_NULL;
    Object *b = t->interp->builtins;
    if (b) getattr_fn = dict_get_cstr(t, b, "getattr");
    if (ref_is_null(getattr_fn)) {
        obj_decref(name);
        return err_occurred(t) ? REF_NULL : err_set(t, &exc_TypeError, "cannot reduce method");
    }
    Object *inner = tuple_pack(t, 2, f->self, ref_from_obj(name));
    obj_decref(name);
    if (!inner) {
        ref_close(getattr_fn);
        return REF_NULL;
    }
    Object *r = tuple_pack(t, 2, getattr_fn, ref_from_obj(inner));
    ref_close(getattr_fn);
    obj_decref(inner);
    return ref_from_obj(r);
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
