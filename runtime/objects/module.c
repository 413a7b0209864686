/* Module objects: a namespace dict with a name. */
#include "objects/weakref.h"
#include "spry.h"

#define MODULE(r) ((Module *)ref_obj(r))

Object *module_new(Thread *t, Object *name) {
    Module *m = (Module *)obj_alloc(t, &module_type, sizeof(Module));
    if (!m) return NULL;
    m->dict = dict_new(t);
    if (!m->dict) {
        obj_decref((Object *)m);
        return NULL;
    }
    Object *d = m->dict;
    if (dict_set_str(t, d, ID(__name__), ref_from_obj(name)) < 0 ||
        dict_set_str(t, d, ID(__doc__), REF_NONE) < 0 ||
        dict_set_str(t, d, ID(__package__), REF_NONE) < 0 ||
        dict_set_str(t, d, ID(__loader__), REF_NONE) < 0 ||
        dict_set_str(t, d, ID(__spec__), REF_NONE) < 0) {
        obj_decref((Object *)m);
        return NULL;
    }
    gc_track((Object *)m);
    obj_set_deferred((Object *)m);
    return (Object *)m;
}

Object *module_new_cstr(Thread *t, const char *name) {
    Object *s = str_intern_cstr(t, name);
    if (!s) return NULL;
    Object *m = module_new(t, s);
    obj_decref(s);
    return m;
}

int module_add_functions(Thread *t, Object *module, const MethodDef *defs) {
    Ref name = dict_get_str(t, module_dict(module), ID(__name__));
    for (const MethodDef *d = defs; d->name; d++) {
        Object *f = cfunction_new(t, d, ref_from_obj(module), ref_is_null(name) ? NULL : ref_obj(name));
        if (!f || dict_set_cstr(t, module_dict(module), d->name, ref_from_obj(f)) < 0) {
            obj_xdecref(f);
            ref_close(name);
            return -1;
        }
        obj_decref(f);
    }
    ref_close(name);
    return 0;
}

int module_add_ref(Thread *t, Object *module, const char *name, Ref value) {
    return dict_set_cstr(t, module_dict(module), name, value);
}

static void module_dealloc(Object *o) {
    gc_untrack(o);
    if (((Module *)o)->weakreflist) weakref_clear_refs(o);
    obj_xdecref(((Module *)o)->dict);
    o->ob_type->tp_free(o);
}

static int module_traverse(Object *o, VisitFn visit, void *arg) {
    Module *m = (Module *)o;
    return m->dict ? visit(m->dict, arg) : 0;
}

static int module_clear(Object *o) {
    OBJ_SETREF(((Module *)o)->dict, NULL);
    return 0;
}

static Ref module_repr(Thread *t, Ref self) {
    Object *d = MODULE(self)->dict;
    Ref name = dict_get_str(t, d, ID(__name__));
    if (ref_is_null(name)) {
        if (err_occurred(t)) return REF_NULL;
        name = ref_from_obj(str_from_cstr(t, "?"));
        if (ref_is_null(name)) return REF_NULL;
    }
    Ref file = dict_get_str(t, d, ID(__file__));
    Object *s;
    if (!ref_is_null(file) && str_check(file))
        s = str_from_format(t, "<module %R from %R>", name, file);
    else if (!ref_is_null(file) && ref_is_none(file) && dict_contains(t, d, ref_from_obj(ID(__path__))) > 0) {
        /* a namespace package shows its loader, as 3.11 does */
        Ref loader = dict_get_str(t, d, ID(__loader__));
        s = ref_is_null(loader) ? str_from_format(t, "<module %R (namespace)>", name)
                                : str_from_format(t, "<module %R (%R)>", name, loader);
        ref_close(loader);
    }
    else if (MODULE(self)->is_builtin)
        s = str_from_format(t, "<module %R (built-in)>", name);
    else
        s = str_from_format(t, "<module %R>", name);
    ref_close(name);
    ref_close(file);
    return ref_from_obj(s);
}

/* Attribute lookup falls back to a module-level __getattr__ (PEP 562). */
static Ref module_getattro(Thread *t, Ref self, Object *name) {
    Ref r = object_generic_getattr(t, self, name);
    if (!ref_is_null(r) || !err_matches(t, &exc_AttributeError)) return r;
    Object *d = MODULE(self)->dict;
    Ref hook = dict_get_str(t, d, ID(__getattr__));
    if (!ref_is_null(hook)) {
        err_clear(t);
        r = obj_call1(t, hook, ref_from_obj(name));
        ref_close(hook);
        return r;
    }
    Ref modname = dict_get_str(t, d, ID(__name__));
    err_clear(t);
    if (!ref_is_null(modname) && str_check(modname))
        err_format(t, &exc_AttributeError, "module '%U' has no attribute '%U'", ref_obj(modname), name);
    else
        err_format(t, &exc_AttributeError, "module has no attribute '%U'", name);
    ref_close(modname);
    return REF_NULL;
}

static Ref module_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Module *m = (Module *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!m) return REF_NULL;
    m->dict = dict_new(t);
    if (!m->dict) {
        obj_decref((Object *)m);
        return REF_NULL;
    }
    gc_track((Object *)m);
    obj_set_deferred((Object *)m);
    return ref_from_obj((Object *)m);
}

static int module_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", "doc", NULL};
    static const ArgSpec spec = {"module", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    if (!arg_str(t, "module", "name", a[0])) return -1;
    Object *d = MODULE(self)->dict;
    if (dict_set_str(t, d, ID(__name__), a[0]) < 0 ||
        dict_set_str(t, d, ID(__doc__), ref_is_null(a[1]) ? REF_NONE : a[1]) < 0 ||
        dict_set_str(t, d, ID(__package__), REF_NONE) < 0 ||
        dict_set_str(t, d, ID(__loader__), REF_NONE) < 0 ||
        dict_set_str(t, d, ID(__spec__), REF_NONE) < 0)
        return -1;
    return 0;
}

static Ref module_dir(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__dir__", nargs, kw)) return REF_NULL;
    Object *d = MODULE(self)->dict;
    Ref hook = dict_get_str(t, d, ID(__dir__));
    if (!ref_is_null(hook)) {
        Ref r = obj_call0(t, hook);
        ref_close(hook);
        return r;
    }
    return ref_from_obj(dict_keys_list(t, d));
}

static Ref module_get_dict(Thread *t, Ref self, void *c) { return ref_new(MODULE(self)->dict); }

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL, NULL, 0, NULL}};

Type module_type = {
    TYPE_HEAD_INIT,
    .tp_name = "module",
    .tp_basicsize = sizeof(Module),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_dealloc = module_dealloc,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_free = obj_free,
    .tp_dictoffset = offsetof(Module, dict),
    .tp_weaklistoffset = offsetof(Module, weakreflist),
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = object_generic_setattr,
    .new_ = module_new_slot,
    .init = module_init,
    .methods = module_methods,
    .getsets = module_getsets,
};
