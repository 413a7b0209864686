/* The `object` type: construction rules, generic attribute access (data descriptors,
 * then the instance dict, then non-data descriptors), default repr/str/hash/==,
 * __format__, __dir__, __class__ assignment and the small protocol methods. */
#include "spry.h"
#include "objects/shape.h"

/* ---- instance dicts ---------------------------------------------------------------------- */

Object **object_dict_ptr(Ref obj) {
    if (!ref_is_obj(obj)) return NULL;
    Object *o = ref_obj(obj);
    Type *tp = o->ob_type;
    intptr_t off = tp->tp_dictoffset;
    if (off == 0) return NULL;
    if (off < 0) {
        /* variable-size object: counted from the 8-rounded end (see type_new.c) */
        size_t size;
        if (type_has_flag(tp, TPFLAG_UNICODE_SUBCLASS))
            size = (size_t)tp->tp_basicsize + (size_t)(STR(o)->length + 1) * STR(o)->kind;
        else {
            intptr_t n = ((VarObject *)o)->ob_size;
            if (n < 0) n = -n;
            size = (size_t)tp->tp_basicsize + (size_t)n * (size_t)tp->tp_itemsize;
        }
        size = (size + 7) & ~(size_t)7;
        off += (intptr_t)size;
    }
    return (Object **)((char *)o + off);
}

Object *object_get_dict(Thread *t, Ref obj) {
    Object **dp = object_dict_ptr(obj);
    if (!dp) return NULL;
    if (type_shape(ref_type(obj)) && instance_take_over_values(t, ref_obj(obj)) < 0) return NULL;
    if (!*dp) *dp = dict_new(t);
    return *dp;
}

/* ---- AttributeError ------------------------------------------------------------------------- */

void err_set_attribute_error_context(Thread *t, Ref obj, Object *name) {
    if (!err_matches(t, &exc_AttributeError)) return;
    AttributeErrorExc *e = (AttributeErrorExc *)ref_obj(t->exc);
    if (ref_is_null(e->name) || ref_is_none(e->name)) {
        REF_SETREF(e->name, ref_new(name));
        REF_SETREF(e->obj, ref_dup(obj));
    }
}

Ref object_attribute_error(Thread *t, Ref obj, Object *name) {
    err_format(t, &exc_AttributeError, "'%T' object has no attribute '%U'", obj, name);
    err_set_attribute_error_context(t, obj, name);
    return REF_NULL;
}

/* ---- generic getattr / setattr ------------------------------------------------------------ */

static inline Ref generic_getattr(Thread *t, Ref obj, Object *name, bool raise) {
    Type *tp = ref_type(obj);
    Ref descr = type_lookup(tp, name);
    DescrGetFn f = NULL;
    if (!ref_is_null(descr)) {
        descr = ref_dup(descr);
        Type *dt = ref_type(descr);
        f = dt->descr_get;
        if (f && dt->descr_set) {
            Ref r = f(t, descr, obj, ref_from_obj((Object *)tp));
            ref_close(descr);
            return r;
        }
    }
    Ref v;
    int found = instance_lookup(t, obj, name, &v);
    if (found) {
        ref_close(descr);
        return found > 0 ? v : REF_NULL;
    }
    if (f) {
        Ref r = f(t, descr, obj, ref_from_obj((Object *)tp));
        ref_close(descr);
        return r;
    }
    if (!ref_is_null(descr)) return descr;
    return raise ? object_attribute_error(t, obj, name) : REF_NULL;
}

Ref object_generic_getattr(Thread *t, Ref obj, Object *name) {
    return generic_getattr(t, obj, name, true);
}

Ref object_generic_getattr_or_null(Thread *t, Ref obj, Object *name) {
    return generic_getattr(t, obj, name, false);
}

int object_generic_setattr(Thread *t, Ref obj, Object *name, Ref value) {
    Type *tp = ref_type(obj);
    Ref descr = type_lookup(tp, name);
    if (!ref_is_null(descr)) {
        DescrSetFn f = ref_type(descr)->descr_set;
        if (f) {
            descr = ref_dup(descr);
            int r = f(t, descr, obj, value);
            ref_close(descr);
            return r;
        }
    }
    if (!ref_is_null(descr) && !object_dict_ptr(obj)) {
        err_format(t, &exc_AttributeError, "'%T' object attribute '%U' is read-only", obj, name);
        return -1;
    }
    return instance_store(t, obj, name, value);
}

/* ---- construction ----------------------------------------------------------------------- */

static bool excess_args(size_t nargs, Object *kwnames) {
    return nargs || (kwnames && tuple_size(kwnames));
}

static Ref abstract_error(Thread *t, Type *type) {
    Ref am = obj_getattr(t, ref_immortal(type), ID(__abstractmethods__));
    if (ref_is_null(am)) return REF_NULL;
    Object *l = list_from_iterable(t, am);
    ref_close(am);
    if (!l) return REF_NULL;
    if (list_sort(t, l, REF_NULL, false) < 0) {
        obj_decref(l);
        return REF_NULL;
    }
    Object *sep = str_from_cstr(t, ", ");
    Object *joined = sep ? str_join(t, sep, ref_from_obj(l)) : NULL;
    obj_xdecref(sep);
    intptr_t n = list_size(l);
    obj_decref(l);
    if (!joined) return REF_NULL;
    err_format(t, &exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
               type->tp_name, n > 1 ? "s" : "", joined);
    obj_decref(joined);
    return REF_NULL;
}

Ref object_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return err_set(t, &exc_TypeError,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return err_format(t, &exc_TypeError, "%s() takes no arguments", type->tp_name);
    }
    if (type_has_flag(type, TPFLAG_IS_ABSTRACT)) return abstract_error(t, type);
    Object *o = instance_alloc(t, type);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

int object_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (excess_args(nargs, kwnames)) {
        Type *type = ref_type(self);
        if (type->init != object_init) {
            err_set(t, &exc_TypeError,
                    "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            err_format(t, &exc_TypeError,
                       "%s.__init__() takes exactly one argument (the instance to initialize)",
                       type->tp_name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Object *o) { o->ob_type->tp_free(o); }

/* ---- repr, str, hash, compare ---------------------------------------------------------- */

Ref object_default_repr(Thread *t, Ref self) {
    Type *tp = ref_type(self);
    Ref mod = obj_lookup_attr(t, ref_immortal(tp), ID(__module__));
    if (ref_is_null(mod) && err_occurred(t)) return REF_NULL;
    Object *qn = type_qualname(t, tp);
    if (!qn) {
        ref_close(mod);
        return REF_NULL;
    }
    const void *addr = ref_is_int(self) ? (const void *)self.bits : (const void *)ref_obj(self);
    Object *s;
    if (!ref_is_null(mod) && str_check(mod) && !str_eq_cstr(ref_obj(mod), "builtins"))
        s = str_from_format(t, "<%U.%U object at %p>", ref_obj(mod), qn, addr);
    else
        s = str_from_format(t, "<%U object at %p>", qn, addr);
    ref_close(mod);
    obj_decref(qn);
    return ref_from_obj(s);
}

Ref object_str(Thread *t, Ref self) {
    UnaryFn f = ref_type(self)->repr;
    if (!f) return object_default_repr(t, self);
    return obj_repr(t, self);
}

int64_t object_hash_identity(Thread *t, Ref self) {
    if (ref_is_int(self)) return int_hash(self);
    uintptr_t x = (uintptr_t)ref_obj(self);
    x = (x >> 4) | (x << 60);  /* the low bits of an aligned address carry no information */
    int64_t h = (int64_t)x;
    return h == -1 ? -2 : h;
}

Ref object_richcompare(Thread *t, Ref a, Ref b, int op) {
    switch (op) {
    case CMP_EQ:
        return ref_is(a, b) ? REF_TRUE : REF_NOTIMPLEMENTED;
    case CMP_NE: {
        /* by default != is the inverse of ==, whatever __eq__ says */
        RichCmpFn f = ref_type(a)->richcompare;
        if (!f) return REF_NOTIMPLEMENTED;
        Ref r = f(t, a, b, CMP_EQ);
        if (ref_is_null(r) || ref_is(r, REF_NOTIMPLEMENTED)) return r;
        int truth = obj_truthy(t, r);
        ref_close(r);
        if (truth < 0) return REF_NULL;
        return ref_from_bool(!truth);
    }
    default:
        return REF_NOTIMPLEMENTED;
    }
}

/* ---- __class__ -------------------------------------------------------------------------- */

static Ref object_get_class(Thread *t, Ref self, void *c) { return ref_new((Object *)ref_type(self)); }

static bool same_slots(Type *a, Type *b) {
    Object *sa = a->extra ? a->extra->slots : NULL, *sb = b->extra ? b->extra->slots : NULL;
    intptr_t na = sa ? tuple_size(sa) : 0, nb = sb ? tuple_size(sb) : 0;
    if (na != nb) return false;
    for (intptr_t i = 0; i < na; i++)
        if (!str_eq(ref_obj(tuple_get(sa, i)), ref_obj(tuple_get(sb, i)))) return false;
    return true;
}

/* The nearest type in x's chain that fixes the memory layout of its instances. */
static Type *layout_base(Type *x) {
    while (x->tp_dealloc == subtype_dealloc &&
           !(x->extra && x->extra->slots && tuple_size(x->extra->slots)))
        x = x->tp_base;
    return x;
}

/* Can instances of `a` become instances of `b` (same memory layout)? */
static bool compatible_layout(Type *a, Type *b) {
    Type *sa = layout_base(a), *sb = layout_base(b);
    if (sa != sb && !(sa->tp_basicsize == sb->tp_basicsize && sa->tp_itemsize == sb->tp_itemsize &&
                      same_slots(sa, sb) && sa->tp_base == sb->tp_base))
        return false;
    return a->tp_basicsize == b->tp_basicsize && a->tp_itemsize == b->tp_itemsize &&
           a->tp_dictoffset == b->tp_dictoffset && a->tp_weaklistoffset == b->tp_weaklistoffset &&
           type_has_flag(a, TPFLAG_HAVE_GC) == type_has_flag(b, TPFLAG_HAVE_GC);
}

static int object_set_class(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!type_check(value)) {
        err_format(t, &exc_TypeError, "__class__ must be set to a class, not '%T' object", value);
        return -1;
    }
    Type *newt = (Type *)ref_obj(value), *oldt = ref_type(self);
    bool mod = type_is_subtype(newt, &module_type) && type_is_subtype(oldt, &module_type);
    if (!mod && (!type_has_flag(newt, TPFLAG_HEAPTYPE) || !type_has_flag(oldt, TPFLAG_HEAPTYPE) ||
                 type_has_flag(newt, TPFLAG_IMMUTABLETYPE) ||
                 type_has_flag(oldt, TPFLAG_IMMUTABLETYPE) || ref_is_int(self))) {
        err_set(t, &exc_TypeError,
                "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layout(oldt, newt)) {
        err_format(t, &exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   newt->tp_name, oldt->tp_name);
        return -1;
    }
    Object *o = ref_obj(self);
    /* inline values are keyed by the old class's shape */
    if (type_shape(oldt) && instance_take_over_values(t, o) < 0) return -1;
    if (type_has_flag(newt, TPFLAG_HEAPTYPE)) obj_incref((Object *)newt);
    o->ob_type = newt;
    if (type_has_flag(oldt, TPFLAG_HEAPTYPE)) obj_decref((Object *)oldt);
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL},
};

/* ---- methods ---------------------------------------------------------------------------- */

static Ref object_format(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__format__", nargs, kwnames)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (STR(ref_obj(args[0]))->length > 0)
        return err_format(t, &exc_TypeError, "unsupported format string passed to %s.__format__",
                          ref_type(self)->tp_name);
    return obj_str(t, self);
}

static Ref object_dir(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__dir__", nargs, kwnames)) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    Ref idict = obj_lookup_attr(t, self, ID(__dict__));
    if (!ref_is_null(idict)) {
        int r = dict_check(idict) ? dict_merge(t, d, ref_obj(idict), true) : 0;
        ref_close(idict);
        if (r < 0) goto fail;
    } else if (err_occurred(t)) {
        goto fail;
    }
    Ref cls = obj_lookup_attr(t, self, ID(__class__));
    if (ref_is_null(cls) && err_occurred(t)) goto fail;
    if (type_check(cls)) {
        Object *mro = ((Type *)ref_obj(cls))->tp_mro;
        for (intptr_t i = mro ? tuple_size(mro) - 1 : -1; i >= 0; i--) {
            if (dict_merge(t, d, ((Type *)ref_obj(tuple_get(mro, i)))->tp_dict, true) < 0) {
                ref_close(cls);
                goto fail;
            }
        }
    }
    ref_close(cls);
    Object *l = dict_keys_list(t, d);
    obj_decref(d);
    return ref_from_obj(l);
fail:
    obj_decref(d);
    return REF_NULL;
}

static Ref object_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    Type *tp = ref_type(self);
    int64_t size = tp->tp_basicsize;
    if (tp->tp_itemsize && ref_is_obj(self)) {
        intptr_t n = ((VarObject *)ref_obj(self))->ob_size;
        size += (n < 0 ? -n : n) * tp->tp_itemsize;
    }
    return int_from_i64(t, size);
}

/* The default reductions are written in Python, in copyreg (as CPython's helpers
 * are); the module is reached through builtins.__import__, so objects/ does not depend
 * on the import system. */
static Ref call_copyreg(Thread *t, const char *fn, Ref self, Ref protocol) {
    Ref import = t->interp->builtins ? dict_get_cstr(t, t->interp->builtins, "__import__") : REF_NULL;
    if (ref_is_null(import))
        return err_occurred(t) ? REF_NULL : err_format(t, &exc_TypeError, "cannot pickle '%T' object", self);
    Object *name = str_from_cstr(t, "copyreg");
    Ref mod = name ? obj_call1(t, import, ref_from_obj(name)) : REF_NULL;
    ref_close(import);
    obj_xdecref(name);
    if (ref_is_null(mod)) return REF_NULL;
    Ref f = obj_getattr_cstr(t, mod, fn);
    ref_close(mod);
    if (ref_is_null(f)) return REF_NULL;
    Ref r = obj_call2(t, f, self, protocol);
    ref_close(f);
    return r;
}

static Ref object_reduce_ex(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__reduce_ex__", nargs, kwnames)) return REF_NULL;
    if (!int_check(args[0]))
        return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    return call_copyreg(t, "_object_reduce_ex", self, args[0]);
}

static Ref object_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reduce__", nargs, kwnames)) return REF_NULL;
    return call_copyreg(t, "_reduce_ex", self, ref_from_int(0));
}

static Ref object_getstate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__getstate__", nargs, kwnames)) return REF_NULL;
    /* CPython's default state is the instance dict itself, or None when it is empty */
    if (instance_is_empty(self)) return REF_NONE;
    Object *d = object_get_dict(t, self);
    return d ? ref_new(d) : REF_NULL;
}

static Ref object_init_subclass(Thread *t, Ref cls, const Ref *args, size_t nargs,
                                Object *kwnames) {
    if (kwnames && tuple_size(kwnames))
        return err_format(t, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          type_name((Type *)ref_obj(cls)));
    if (nargs)
        return err_format(t, &exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                          type_name((Type *)ref_obj(cls)), nargs);
    return REF_NONE;
}

static Ref object_subclasshook(Thread *t, Ref cls, const Ref *args, size_t nargs,
                               Object *kwnames) {
    return REF_NOTIMPLEMENTED;
}

static const MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__subclasshook__", object_subclasshook, METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {NULL},
};

Type object_type = {
    TYPE_HEAD_INIT,
    .tp_name = "object",
    .tp_basicsize = sizeof(Object),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_dealloc = object_dealloc,
    .tp_free = obj_free,
    .repr = object_default_repr,
    .str = object_str,
    .hash = object_hash_identity,
    .richcompare = object_richcompare,
    .getattro = object_generic_getattr,
    .setattro = object_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
