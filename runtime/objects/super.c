/* super(): attribute lookup starting after a class in the MRO of an object's type.
 * The zero-argument form asks the interpreter for the calling frame's first argument
 * and __class__ cell (eval_super_args, declared in objects/type.h). */
#include "spry.h"

typedef struct Super {
    Object ob;
    Type *type;       /* the class after which lookup starts (NULL: uninitialized) */
    Ref obj;          /* the instance or class bound to, or REF_NULL (unbound super) */
    Type *obj_type;   /* type(obj), or obj itself when obj is a subclass of type */
} Super;

#define SU(r) ((Super *)ref_obj(r))

static void super_dealloc(Object *o) {
    Super *s = (Super *)o;
    gc_untrack(o);
    obj_xdecref((Object *)s->type);
    ref_close(s->obj);
    obj_xdecref((Object *)s->obj_type);
    o->ob_type->tp_free(o);
}

static int super_traverse(Object *o, VisitFn visit, void *arg) {
    Super *s = (Super *)o;
    int r;
    if (s->type && (r = visit((Object *)s->type, arg))) return r;
    if (ref_is_obj(s->obj) && (r = visit(ref_obj(s->obj), arg))) return r;
    if (s->obj_type && (r = visit((Object *)s->obj_type, arg))) return r;
    return 0;
}

/* The type to search the MRO of, for super(type, obj). Borrowed; NULL + TypeError. */
static Type *supercheck(Thread *t, Type *type, Ref obj) {
    if (type_check(obj) && type_is_subtype((Type *)ref_obj(obj), type)) return (Type *)ref_obj(obj);
    if (type_is_subtype(ref_type(obj), type)) return ref_type(obj);
    Ref cls = obj_lookup_attr(t, obj, ID(__class__));
    if (ref_is_null(cls) && err_occurred(t)) return NULL;
    if (type_check(cls) && (Type *)ref_obj(cls) != ref_type(obj) &&
        type_is_subtype((Type *)ref_obj(cls), type)) {
        Type *r = (Type *)ref_obj(cls);
        ref_close(cls);  /* classes outlive this call: the object keeps its class */
        return r;
    }
    ref_close(cls);
    err_set(t, &exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_fill(Thread *t, Super *s, Type *type, Ref obj) {
    Type *obj_type = NULL;
    if (!ref_is_null(obj)) {
        obj_type = supercheck(t, type, obj);
        if (!obj_type) return -1;
    }
    obj_incref((Object *)type);
    OBJ_SETREF(s->type, type);
    REF_SETREF(s->obj, ref_dup(obj));
    if (obj_type) obj_incref((Object *)obj_type);
    OBJ_SETREF(s->obj_type, obj_type);
    return 0;
}

static Ref super_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    gc_track(o);
    return ref_from_obj(o);
}

static int super_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "super", kwnames)) return -1;
    if (nargs > 2) {
        err_format(t, &exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    Type *type;
    Ref obj = REF_NULL;
    if (nargs == 0) {
        if (!eval_super_args(t, &type, &obj)) return -1;
        int r = super_fill(t, SU(self), type, obj);
        ref_close(obj);
        return r;
    }
    if (!type_check(args[0])) {
        err_format(t, &exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
        return -1;
    }
    type = (Type *)ref_obj(args[0]);
    if (nargs == 2 && !ref_is_none(args[1])) obj = args[1];
    return super_fill(t, SU(self), type, obj);
}

static Ref super_getattro(Thread *t, Ref self, Object *name) {
    Super *s = SU(self);
    Type *start = s->obj_type;
    if (start && !str_eq(name, ID(__class__))) {
        Object *mro = start->tp_mro;
        intptr_t n = mro ? tuple_size(mro) : 0, i = 0;
        while (i < n && ref_obj(tuple_get(mro, i)) != (Object *)s->type) i++;
        for (i++; i < n; i++) {
            Type *b = (Type *)ref_obj(tuple_get(mro, i));
            Ref res = dict_get_str(t, b->tp_dict, name);
            if (ref_is_null(res)) {
                if (err_occurred(t)) return REF_NULL;
                continue;
            }
            DescrGetFn f = ref_type(res)->descr_get;
            if (!f) return res;
            Ref obj = ref_is_object(s->obj, start) ? REF_NULL : s->obj;
            Ref r = f(t, res, obj, ref_from_obj((Object *)start));
            ref_close(res);
            return r;
        }
    }
    return object_generic_getattr(t, self, name);
}

Ref super_make(Thread *t, Type *type, Ref obj) {
    Object *o = obj_alloc(t, &super_type, sizeof(Super));
    if (o == NULL) {
        ref_close(obj);
        return REF_NULL;
    }
    gc_track(o);
    int r = super_fill(t, (Super *)o, type, obj);
    ref_close(obj);
    if (r < 0) {
        obj_decref(o);
        return REF_NULL;
    }
    return ref_from_obj(o);
}

Ref super_new_zero_arg(Thread *t) {
    Type *type;
    Ref obj = REF_NULL;
    if (!eval_super_args(t, &type, &obj)) return REF_NULL;
    return super_make(t, type, obj);
}

/* The first definition of `name` after `type` in start's MRO when it is a method
 * descriptor: 1 and *meth (new). 0: absent or something else; -1: error. */
static int method_after(Thread *t, Type *start, Type *type, Object *name, Ref *meth) {
    Object *mro = start->tp_mro;
    intptr_t n = mro ? tuple_size(mro) : 0, i = 0;
    while (i < n && ref_obj(tuple_get(mro, i)) != (Object *)type) i++;
    for (i++; i < n; i++) {
        Type *b = (Type *)ref_obj(tuple_get(mro, i));
        Ref res = dict_get_str(t, b->tp_dict, name);
        if (ref_is_null(res)) {
            if (err_occurred(t)) return -1;
            continue;
        }
        if (ref_is_obj(res) && type_has_flag(ref_type(res), TPFLAG_METHOD_DESCRIPTOR)) {
            *meth = res;
            return 1;
        }
        ref_close(res);
        return 0;
    }
    return 0;
}

int super_load_method(Thread *t, Ref self, Object *name, Ref *meth, Ref *bound_self) {
    Super *s = SU(self);
    Type *start = s->obj_type;
    if (start == NULL || ref_is_null(s->obj) || ref_is_object(s->obj, (Object *)start) ||
        name == ID(__class__))
        return 0;
    int found = method_after(t, start, s->type, name, meth);
    if (found > 0) *bound_self = ref_dup(s->obj);
    return found;
}

int super_method_of_instance(Thread *t, Type *type, Ref obj, Object *name, Ref *meth) {
    if (name == ID(__class__) || type_check(obj) || !type_is_subtype(ref_type(obj), type))
        return 0;
    return method_after(t, ref_type(obj), type, name, meth);
}

static Ref super_descr_get(Thread *t, Ref self, Ref obj, Ref type) {
    Super *s = SU(self);
    if (ref_is_null(obj) || ref_is_none(obj) || !ref_is_null(s->obj)) return ref_dup(self);
    Type *st = ref_type(self);
    Ref args[2] = {ref_from_obj((Object *)s->type), obj};
    return obj_call(t, ref_from_obj((Object *)st), args, 2, NULL);
}

static Ref super_repr(Thread *t, Ref self) {
    Super *s = SU(self);
    if (!s->type) return ref_from_obj(str_from_cstr(t, "<super: <class 'NULL'>, NULL>"));
    if (s->obj_type)
        return ref_from_obj(str_from_format(t, "<super: <class '%s'>, <%s object>>",
                                            s->type->tp_name, s->obj_type->tp_name));
    return ref_from_obj(str_from_format(t, "<super: <class '%s'>, NULL>", s->type->tp_name));
}

static Ref super_get_thisclass(Thread *t, Ref self, void *c) {
    return SU(self)->type ? ref_new((Object *)SU(self)->type) : REF_NONE;
}
static Ref super_get_self(Thread *t, Ref self, void *c) {
    return ref_is_null(SU(self)->obj) ? REF_NONE : ref_dup(SU(self)->obj);
}
static Ref super_get_self_class(Thread *t, Ref self, void *c) {
    return SU(self)->obj_type ? ref_new((Object *)SU(self)->obj_type) : REF_NONE;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()", NULL},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None", NULL},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None", NULL},
    {NULL},
};

Type super_type = {
    TYPE_HEAD_INIT,
    .tp_name = "super",
    .tp_basicsize = sizeof(Super),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_dealloc = super_dealloc,
    .tp_traverse = super_traverse,
    .tp_free = obj_free,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .getsets = super_getsets,
};
