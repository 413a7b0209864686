/* function objects: a code object with its globals, defaults and closure. Calling one
 * from C (function_type.call) binds the arguments into a new frame and runs eval_frame;
 * the CALL instruction does the same without leaving the loop. */
#include "spry.h"
#include "objects/weakref.h"
#include "vm/vm.h"

/* Function versions are unique in the interpreter, so a cached version names one
 * function with one code object and one set of defaults (0: none left; the specializer
 * then leaves the call generic). */
static uint32_t function_next_version(Thread *t) {
    Interp *ip = t->interp;
    if (ip->next_func_version == UINT32_MAX) return 0;
    return ++ip->next_func_version;
}

Object *function_new(Thread *t, Object *code, Object *globals, Object *qualname) {
    Code *co = CODE(code);
    Object *builtins = eval_builtins_from_globals(t, globals);
    if (builtins == NULL)
        return NULL;
    Ref module = dict_get_str(t, globals, ID(__name__));
    if (ref_is_null(module) && err_occurred(t)) {
        obj_decref(builtins);
        return NULL;
    }
    Function *fn = (Function *)obj_alloc(t, &function_type, sizeof(Function));
    if (fn == NULL) {
        obj_decref(builtins);
        ref_close(module);
        return NULL;
    }
    obj_incref(code);
    fn->code = code;
    obj_incref(globals);
    fn->globals = globals;
    fn->builtins = builtins;
    obj_incref(co->name);
    fn->name = co->name;
    fn->qualname = qualname ? qualname : co->qualname ? co->qualname : co->name;
    obj_incref(fn->qualname);
    fn->module = module;
    fn->doc = co->doc ? ref_new(co->doc) : REF_NULL;
    fn->version = function_next_version(t);
    gc_track(&fn->ob);
    /* Functions defined at module or class level live about as long as their module:
     * calls need not count them (docs/GC.md). */
    if (!(co->flags & CO_NESTED))
        obj_set_deferred(&fn->ob);
    return &fn->ob;
}

static Ref function_call(Thread *t, Ref callable, const Ref *args, size_t nargs,
                         Object *kwnames) {
    Frame *f = eval_push_call(t, ref_obj(callable), args, nargs, kwnames);
    if (f == NULL)
        return REF_NULL;
    return eval_frame(t, f);
}

static Ref function_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj) || ref_is_none(obj))
        return ref_dup(descr);
    return ref_from_obj(method_new(t, descr, obj));
}

static Ref function_repr(Thread *t, Ref self) {
    Function *fn = FUNCTION(ref_obj(self));
    return ref_from_obj(str_from_format(t, "<function %U at %p>", fn->qualname, (void *)fn));
}

/* ---- attributes -------------------------------------------------------------------------- */

#define FN(self) FUNCTION(ref_obj(self))

static Ref fn_get_code(Thread *t, Ref self, void *c) { return ref_new(FN(self)->code); }

static int fn_set_code(Thread *t, Ref self, Ref v, void *c) {
    Function *fn = FN(self);
    if (ref_is_null(v) || !ref_isinstance_exact(v, &code_type)) {
        err_set(t, &exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfree = CODE(ref_obj(v))->nfreevars;
    int nclosure = fn->closure ? (int)tuple_size(fn->closure) : 0;
    if (nfree != nclosure) {
        err_format(t, &exc_ValueError, "%U() requires a code object with %d free vars, not %d",
                   fn->name, nclosure, nfree);
        return -1;
    }
    /* Running frames of fn borrow its code: they keep the old one for themselves. */
    for (Thread *th = t->interp->threads; th; th = th->next_in_interp)
        for (Frame *f = th->frame; f; f = f->previous)
            if (f->func == &fn->ob)
                frame_own_env(f);
    obj_incref(ref_obj(v));
    OBJ_SETREF(fn->code, ref_obj(v));
    fn->version = function_next_version(t);
    return 0;
}

static Ref fn_get_defaults(Thread *t, Ref self, void *c) {
    Function *fn = FN(self);
    return fn->defaults ? ref_new(fn->defaults) : REF_NONE;
}

static int fn_set_defaults(Thread *t, Ref self, Ref v, void *c) {
    Function *fn = FN(self);
    if (ref_is_null(v) || ref_is_none(v)) {
        OBJ_SETREF(fn->defaults, NULL);
    } else if (!tuple_check(v)) {
        err_set(t, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    } else {
        obj_incref(ref_obj(v));
        OBJ_SETREF(fn->defaults, ref_obj(v));
    }
    fn->version = function_next_version(t);
    return 0;
}

static Ref fn_get_kwdefaults(Thread *t, Ref self, void *c) {
    Function *fn = FN(self);
    return fn->kwdefaults ? ref_new(fn->kwdefaults) : REF_NONE;
}

static int fn_set_kwdefaults(Thread *t, Ref self, Ref v, void *c) {
    Function *fn = FN(self);
    if (ref_is_null(v) || ref_is_none(v)) {
        OBJ_SETREF(fn->kwdefaults, NULL);
    } else if (!dict_check(v)) {
        err_set(t, &exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    } else {
        obj_incref(ref_obj(v));
        OBJ_SETREF(fn->kwdefaults, ref_obj(v));
    }
    fn->version = function_next_version(t);
    return 0;
}

static Ref fn_get_globals(Thread *t, Ref self, void *c) { return ref_new(FN(self)->globals); }
static Ref fn_get_builtins(Thread *t, Ref self, void *c) { return ref_new(FN(self)->builtins); }

static Ref fn_get_closure(Thread *t, Ref self, void *c) {
    Function *fn = FN(self);
    return fn->closure ? ref_new(fn->closure) : REF_NONE;
}

static Ref fn_get_name(Thread *t, Ref self, void *c) { return ref_new(FN(self)->name); }

static int fn_set_name(Thread *t, Ref self, Ref v, void *c) {
    if (ref_is_null(v) || !str_check(v)) {
        err_set(t, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(FN(self)->name, ref_obj(v));
    return 0;
}

static Ref fn_get_qualname(Thread *t, Ref self, void *c) { return ref_new(FN(self)->qualname); }

static int fn_set_qualname(Thread *t, Ref self, Ref v, void *c) {
    if (ref_is_null(v) || !str_check(v)) {
        err_set(t, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(FN(self)->qualname, ref_obj(v));
    return 0;
}

static Ref fn_get_module(Thread *t, Ref self, void *c) {
    Ref m = FN(self)->module;
    return ref_is_null(m) ? REF_NONE : ref_dup(m);
}

static int fn_set_module(Thread *t, Ref self, Ref v, void *c) {
    REF_SETREF(FN(self)->module, ref_dup(v));
    return 0;
}

static Ref fn_get_doc(Thread *t, Ref self, void *c) {
    Ref d = FN(self)->doc;
    return ref_is_null(d) ? REF_NONE : ref_dup(d);
}

static int fn_set_doc(Thread *t, Ref self, Ref v, void *c) {
    REF_SETREF(FN(self)->doc, ref_dup(v));
    return 0;
}

static Ref fn_get_dict(Thread *t, Ref self, void *c) {
    Function *fn = FN(self);
    if (fn->dict == NULL && (fn->dict = dict_new(t)) == NULL)
        return REF_NULL;
    return ref_new(fn->dict);
}

static int fn_set_dict(Thread *t, Ref self, Ref v, void *c) {
    if (ref_is_null(v)) {
        err_set(t, &exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        err_format(t, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(FN(self)->dict, ref_obj(v));
    return 0;
}

static Ref fn_get_annotations(Thread *t, Ref self, void *c) {
    Function *fn = FN(self);
    if (fn->annotations == NULL && (fn->annotations = dict_new(t)) == NULL)
        return REF_NULL;
    return ref_new(fn->annotations);
}

static int fn_set_annotations(Thread *t, Ref self, Ref v, void *c) {
    Function *fn = FN(self);
    if (ref_is_null(v) || ref_is_none(v)) {
        OBJ_SETREF(fn->annotations, NULL);
        return 0;
    }
    if (!dict_check(v)) {
        err_set(t, &exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(fn->annotations, ref_obj(v));
    return 0;
}

static const GetSetDef function_getsets[] = {
    {"__code__", fn_get_code, fn_set_code, NULL, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults, NULL, NULL},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, NULL, NULL},
    {"__globals__", fn_get_globals, NULL, NULL, NULL},
    {"__builtins__", fn_get_builtins, NULL, NULL, NULL},
    {"__closure__", fn_get_closure, NULL, NULL, NULL},
    {"__name__", fn_get_name, fn_set_name, NULL, NULL},
    {"__qualname__", fn_get_qualname, fn_set_qualname, NULL, NULL},
    {"__module__", fn_get_module, fn_set_module, NULL, NULL},
    {"__doc__", fn_get_doc, fn_set_doc, NULL, NULL},
    {"__dict__", fn_get_dict, fn_set_dict, NULL, NULL},
    {"__annotations__", fn_get_annotations, fn_set_annotations, NULL, NULL},
    {NULL},
};

/* ---- life cycle --------------------------------------------------------------------------- */

static void function_dealloc(Object *o) {
    Function *fn = FUNCTION(o);
    gc_untrack(o);
    weakref_clear_refs(o); /* weakref hook (objects/weakref.c) */
    obj_xdecref(fn->code);
    obj_xdecref(fn->globals);
    obj_xdecref(fn->builtins);
    obj_xdecref(fn->name);
    obj_xdecref(fn->qualname);
    ref_close(fn->module);
    ref_close(fn->doc);
    obj_xdecref(fn->defaults);
    obj_xdecref(fn->kwdefaults);
    obj_xdecref(fn->closure);
    obj_xdecref(fn->dict);
    obj_xdecref(fn->annotations);
    function_type.tp_free(o);
}

static int function_traverse(Object *o, VisitFn visit, void *arg) {
    Function *fn = FUNCTION(o);
    Object *objs[] = {fn->code, fn->globals, fn->builtins, fn->name, fn->qualname,
                      fn->defaults, fn->kwdefaults, fn->closure, fn->dict, fn->annotations};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        if (objs[i]) {
            int r = visit(objs[i], arg);
            if (r)
                return r;
        }
    }
    Ref refs[] = {fn->module, fn->doc};
    for (size_t i = 0; i < 2; i++) {
        if (ref_is_obj(refs[i]) && !ref_is_borrowed(refs[i])) {
            int r = visit(ref_obj(refs[i]), arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int function_clear(Object *o) {
    Function *fn = FUNCTION(o);
    OBJ_SETREF(fn->defaults, NULL);
    OBJ_SETREF(fn->kwdefaults, NULL);
    OBJ_SETREF(fn->closure, NULL);
    OBJ_SETREF(fn->dict, NULL);
    OBJ_SETREF(fn->annotations, NULL);
    REF_SETREF(fn->module, REF_NULL);
    REF_SETREF(fn->doc, REF_NULL);
    return 0;
}

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static Ref function_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs,
                           Object *kwnames) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    static const ArgSpec spec = {"function", names, 2, -1};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kwnames, a))
        return REF_NULL;
    if (!ref_isinstance_exact(a[0], &code_type))
        return err_format(t, &exc_TypeError,
                          "function() argument 'code' must be code, not %T", a[0]);
    if (!dict_check(a[1]))
        return err_format(t, &exc_TypeError,
                          "function() argument 'globals' must be dict, not %T", a[1]);
    Code *co = CODE(ref_obj(a[0]));
    if (!ref_is_null(a[2]) && !ref_is_none(a[2]) && !str_check(a[2]))
        return err_set(t, &exc_TypeError, "arg 3 (name) must be None or string");
    if (!ref_is_null(a[3]) && !ref_is_none(a[3]) && !tuple_check(a[3]))
        return err_set(t, &exc_TypeError, "arg 4 (defaults) must be None or tuple");
    intptr_t nclosure = 0;
    if (!ref_is_null(a[4]) && !ref_is_none(a[4])) {
        if (!tuple_check(a[4]))
            return err_set(t, &exc_TypeError, "arg 5 (closure) must be tuple");
        nclosure = tuple_size(ref_obj(a[4]));
    }
    if (co->nfreevars != nclosure)
        return err_format(t, &exc_ValueError,
                          "%U requires closure of length %d, not %zd", co->name,
                          co->nfreevars, nclosure);
    Object *fo = function_new(t, ref_obj(a[0]), ref_obj(a[1]), NULL);
    if (fo == NULL)
        return REF_NULL;
    Function *fn = FUNCTION(fo);
    if (!ref_is_null(a[2]) && !ref_is_none(a[2])) {
        obj_incref(ref_obj(a[2]));
        OBJ_SETREF(fn->name, ref_obj(a[2]));
    }
    if (!ref_is_null(a[3]) && !ref_is_none(a[3])) {
        obj_incref(ref_obj(a[3]));
        fn->defaults = ref_obj(a[3]);
    }
    if (nclosure) {
        obj_incref(ref_obj(a[4]));
        fn->closure = ref_obj(a[4]);
    }
    return ref_from_obj(fo);
}

Type function_type = {
    TYPE_HEAD_INIT,
    .tp_name = "function",
    .tp_basicsize = sizeof(Function),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_METHOD_DESCRIPTOR | TPFLAG_HAVE_VECTORCALL,
    .tp_dictoffset = offsetof(Function, dict),
    .tp_dealloc = function_dealloc,
    .tp_weaklistoffset = offsetof(Function, weakreflist),
    .tp_traverse = function_traverse,
    .tp_clear = function_clear,
    .tp_free = obj_free,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getattro = object_generic_getattr,
    .setattro = object_generic_setattr,
    .new_ = function_tp_new,
    .getsets = function_getsets,
};
