/* The built-in exception types: BaseException's protocol (args, __str__, __repr__,
 * __traceback__/__context__/__cause__, notes) and the subclasses with extra state
 * (StopIteration, SystemExit, ImportError, NameError, AttributeError, OSError,
 * SyntaxError, the Unicode errors, exception groups). */
#include <errno.h>

#include "objects/exceptions_internal.h"
#include "spry.h"

/* ---- BaseException ------------------------------------------------------------------------ */

static Object *exc_args_tuple(Thread *t, const Ref *args, size_t nargs) {
    return nargs ? tuple_from_array(t, args, (intptr_t)nargs) : (obj_incref(tuple_empty()), tuple_empty());
}

static Ref base_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Object *self = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!self) return REF_NULL;
    BaseExc *e = (BaseExc *)self;
    e->args = exc_args_tuple(t, args, nargs);
    if (!e->args) {
        obj_decref(self);
        return REF_NULL;
    }
    gc_track(self);
    return ref_from_obj(self);
}

static int base_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, ref_type(self)->tp_name, kwnames)) return -1;
    Object *tup = exc_args_tuple(t, args, nargs);
    if (!tup) return -1;
    OBJ_SETREF(EXC_OBJ(self)->args, tup);
    return 0;
}

static int base_traverse(Object *o, VisitFn visit, void *arg) {
    BaseExc *e = (BaseExc *)o;
    Object *fields[] = {e->dict, e->args, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    return 0;
}

static int base_clear(Object *o) {
    BaseExc *e = (BaseExc *)o;
    OBJ_SETREF(e->dict, NULL);
    OBJ_SETREF(e->args, NULL);
    OBJ_SETREF(e->traceback, NULL);
    OBJ_SETREF(e->context, NULL);
    OBJ_SETREF(e->cause, NULL);
    return 0;
}

/* The Ref fields that follow BaseExc in the extended layouts, located by size. */
static Ref *extra_refs(Object *o, size_t *n) {
    size_t size = (size_t)o->ob_type->tp_basicsize;
    *n = 0;
    /* Heap subclasses may extend the layout further (dict, slots): only the known
     * built-in layout's fields are ours. Find the nearest static base. */
    Type *tp = o->ob_type;
    while (tp && type_has_flag(tp, TPFLAG_HEAPTYPE)) tp = tp->tp_base;
    if (tp) size = (size_t)tp->tp_basicsize;
    if (size > sizeof(BaseExc)) *n = (size - sizeof(BaseExc)) / sizeof(Ref);
    return (Ref *)((char *)o + sizeof(BaseExc));
}

static void base_dealloc(Object *o) {
    gc_untrack(o);
    base_clear(o);
    size_t n;
    Ref *refs = extra_refs(o, &n);
    for (size_t i = 0; i < n; i++) REF_SETREF(refs[i], REF_NULL);
    o->ob_type->tp_free(o);
}

static Ref base_str(Thread *t, Ref self) {
    Object *args = EXC_OBJ(self)->args;
    intptr_t n = args ? tuple_size(args) : 0;
    if (n == 0) return ref_new(str_empty());
    if (n == 1) return obj_str(t, tuple_get(args, 0));
    return obj_str(t, ref_from_obj(args));
}

static Ref base_repr(Thread *t, Ref self) {
    Object *args = EXC_OBJ(self)->args;
    const char *name = type_name(ref_type(self));
    intptr_t n = args ? tuple_size(args) : 0;
    if (n == 1) return ref_from_obj(str_from_format(t, "%s(%R)", name, tuple_get(args, 0)));
    if (n == 0) return ref_from_obj(str_from_format(t, "%s()", name));
    return ref_from_obj(str_from_format(t, "%s%R", name, ref_from_obj(args)));
}

static Ref get_args(Thread *t, Ref self, void *c) {
    Object *a = EXC_OBJ(self)->args;
    return ref_new(a ? a : tuple_empty());
}

static int set_args(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *tup = tuple_from_iterable(t, value);
    if (!tup) return -1;
    OBJ_SETREF(EXC_OBJ(self)->args, tup);
    return 0;
}

static Ref none_or(Object *o) { return o ? ref_new(o) : REF_NONE; }

static Ref get_traceback(Thread *t, Ref self, void *c) { return none_or(EXC_OBJ(self)->traceback); }

static int set_traceback(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (ref_is_none(value)) {
        OBJ_SETREF(EXC_OBJ(self)->traceback, NULL);
        return 0;
    }
    if (ref_type(value) != &traceback_type) {
        err_set(t, &exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(EXC_OBJ(self)->traceback, ref_obj(value));
    return 0;
}

static Ref get_context(Thread *t, Ref self, void *c) { return none_or(EXC_OBJ(self)->context); }
static Ref get_cause(Thread *t, Ref self, void *c) { return none_or(EXC_OBJ(self)->cause); }

static int set_chain_link(Thread *t, Ref self, Ref value, bool cause) {
    if (ref_is_null(value)) {
        err_format(t, &exc_TypeError, "%s may not be deleted", cause ? "__cause__" : "__context__");
        return -1;
    }
    Object *o = NULL;
    if (!ref_is_none(value)) {
        if (!exc_check(value)) {
            err_format(t, &exc_TypeError, "exception %s must be None or derive from BaseException",
                       cause ? "cause" : "context");
            return -1;
        }
        o = ref_obj(value);
        obj_incref(o);
    }
    if (cause) {
        OBJ_SETREF(EXC_OBJ(self)->cause, o);
        EXC_OBJ(self)->suppress_context = true;
    } else {
        OBJ_SETREF(EXC_OBJ(self)->context, o);
    }
    return 0;
}

static int set_context(Thread *t, Ref self, Ref v, void *c) { return set_chain_link(t, self, v, false); }
static int set_cause(Thread *t, Ref self, Ref v, void *c) { return set_chain_link(t, self, v, true); }

static Ref get_suppress(Thread *t, Ref self, void *c) {
    return ref_from_bool(EXC_OBJ(self)->suppress_context);
}

static int set_suppress(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "can't delete attribute");
        return -1;
    }
    int b = obj_truthy(t, value);
    if (b < 0) return -1;
    EXC_OBJ(self)->suppress_context = b;
    return 0;
}

static Ref with_traceback(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "with_traceback", nargs, kw)) return REF_NULL;
    if (set_traceback(t, self, args[0], NULL) < 0) return REF_NULL;
    return ref_dup(self);
}

static Ref add_note(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "add_note", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "note must be a str, not '%T'", args[0]);
    Object *dict = object_get_dict(t, self);
    if (!dict) return REF_NULL;
    Ref notes = dict_get_str(t, dict, ID(__notes__));
    if (ref_is_null(notes)) {
        if (err_occurred(t)) return REF_NULL;
        Object *l = list_new(t, 0);
        if (!l) return REF_NULL;
        notes = ref_from_obj(l);
        if (dict_set_str(t, dict, ID(__notes__), notes) < 0) {
            ref_close(notes);
            return REF_NULL;
        }
    }
    if (!list_check(notes)) {
        ref_close(notes);
        return err_set(t, &exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = list_append(t, ref_obj(notes), args[0]);
    ref_close(notes);
    return r < 0 ? REF_NULL : REF_NONE;
}

static Ref base_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    BaseExc *e = EXC_OBJ(self);
    Ref cls = ref_new((Object *)ref_type(self));
    /* the dict only when it holds something: Spry may create an empty one early */
    Object *res = e->dict && dict_size(e->dict) ? tuple_pack(t, 3, cls, ref_from_obj(e->args), ref_from_obj(e->dict))
                          : tuple_pack(t, 2, cls, ref_from_obj(e->args));
    ref_close(cls);
    return ref_from_obj(res);
}

static Ref base_setstate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__setstate__", nargs, kw)) return REF_NULL;
    if (ref_is_none(args[0])) return REF_NONE;
    if (!dict_check(args[0])) return err_set(t, &exc_TypeError, "state is not a dictionary");
    intptr_t pos = 0;
    Ref k, v;
    while (dict_next(ref_obj(args[0]), &pos, &k, &v)) {
        if (!str_check(k)) continue;
        if (obj_setattr(t, self, ref_obj(k), v) < 0) return REF_NULL;
    }
    return REF_NONE;
}

static const MethodDef base_methods[] = {
    {"with_traceback", with_traceback, 0, "Set self.__traceback__ to tb and return self."},
    {"add_note", add_note, 0, "Add a note to the exception"},
    {"__reduce__", base_reduce, 0, NULL},
    {"__setstate__", base_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Ref get_dict(Thread *t, Ref self, void *c) {
    Object *d = object_get_dict(t, self);
    return d ? ref_new(d) : REF_NULL;
}

static int set_dict(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(value)) {
        err_format(t, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        return -1;
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(EXC_OBJ(self)->dict, ref_obj(value));
    return 0;
}

static const GetSetDef base_getsets[] = {
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- the static types ------------------------------------------------------------------ */

#define exc_object object_type /* so that EXC(BaseException, object, ...) names object */
#define EXC(name, base, layout)                                                            \
    Type exc_##name = {                                                                    \
        TYPE_HEAD_INIT,                                                                    \
        .tp_name = #name,                                                                  \
        .tp_basicsize = sizeof(layout),                                                    \
        .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS,          \
        .tp_dealloc = base_dealloc,                                                        \
        .tp_traverse = base_traverse,                                                      \
        .tp_clear = base_clear,                                                            \
        .tp_free = obj_free,                                                               \
        .tp_dictoffset = offsetof(BaseExc, dict),                                          \
        .tp_base = &exc_##base,                                                            \
        .tp_doc = NULL,                                                                    \
    };
#include "objects/exceptions.def"
#undef EXC
#undef exc_object

bool exc_check(Ref r) { return ref_is_obj(r) && type_has_flag(ref_type(r), TPFLAG_BASE_EXC_SUBCLASS); }

bool exc_type_check(Ref r) {
    return ref_is_obj(r) && type_has_flag(ref_type(r), TPFLAG_TYPE_SUBCLASS) &&
           type_has_flag((Type *)ref_obj(r), TPFLAG_BASE_EXC_SUBCLASS);
}

Ref exc_new(Thread *t, Type *type, const Ref *args, size_t nargs) {
    Ref self = type->new_(t, type, args, nargs, NULL);
    if (ref_is_null(self)) return REF_NULL;
    if (type->init && type_is_subtype(ref_type(self), type) &&
        ref_type(self)->init(t, self, args, nargs, NULL) < 0) {
        ref_close(self);
        return REF_NULL;
    }
    return self;
}

bool exc_new_is_base(const Type *type) { return type->new_ == base_new; }

void exc_set_traceback(Object *exc, Object *tb) { OBJ_SETREF(((BaseExc *)exc)->traceback, tb); }
void exc_set_context(Object *exc, Object *ctx) { OBJ_SETREF(((BaseExc *)exc)->context, ctx); }
void exc_set_cause(Object *exc, Object *cause) {
    OBJ_SETREF(((BaseExc *)exc)->cause, cause);
    ((BaseExc *)exc)->suppress_context = true;
}

/* BaseException's slots; exceptions_runtime_init (exceptions_sub.c) calls this first. */
void exceptions_base_init(void) {
    Type *b = &exc_BaseException;
    b->new_ = base_new;
    b->init = base_init;
    b->str = base_str;
    b->repr = base_repr;
    b->methods = base_methods;
    b->getsets = base_getsets;
}
