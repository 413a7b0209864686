/* Class creation: type(name, bases, ns), the metaclass calculation, instance layout
 * (__slots__, __dict__, __weakref__), __set_name__, __init_subclass__ and __classcell__;
 * and the life of instances of heap types (subtype_dealloc & co).
 *
 * Instance layout of a heap type: the solid base's fields, then one Ref per __slots__
 * name, then the instance dict pointer (tp_dictoffset), then the weakref list
 * (tp_weaklistoffset). Under a variable-size base (tuple, bytes, str) the dict pointer
 * instead sits in the last word of the object (negative tp_dictoffset, counted from the
 * 8-rounded end, see object_dict_ptr) and there is no __weakref__. Classes whose only C
 * base is object keep attributes inline after that, keyed by the class's shape, and the
 * dict pointer word tells the two representations apart (objects/shape.h). */
#include "spry.h"
#include "objects/weakref.h"
#include "objects/shape.h"

/* ---- metaclass ---------------------------------------------------------------------------- */

Type *type_calculate_metaclass(Thread *t, Type *meta, Object *bases) {
    Type *winner = meta;
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Type *tmp = ref_type(tuple_get(bases, i));
        if (type_is_subtype(winner, tmp)) continue;
        if (type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        err_set(t, &exc_TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- layout ------------------------------------------------------------------------------- */

static bool is_var_sized(const Type *b) {
    return b->tp_itemsize != 0 || type_has_flag(b, TPFLAG_UNICODE_SUBCLASS);
}

static Type *solid_base(Type *type) {
    Type *base = type->tp_base ? solid_base(type->tp_base) : &object_type;
    if (type->extra && type->extra->solid) return type;
    if (!type->extra && type->tp_base && type->tp_basicsize != type->tp_base->tp_basicsize)
        return type;
    return base;
}

Type *type_best_base(Thread *t, Object *bases) {
    Type *base = NULL, *winner = NULL;
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Ref b = tuple_get(bases, i);
        if (!type_check(b)) {
            err_set(t, &exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)ref_obj(b);
        if (!type_has_flag(bt, TPFLAG_BASETYPE)) {
            err_format(t, &exc_TypeError, "type '%s' is not an acceptable base type", bt->tp_name);
            return NULL;
        }
        Type *cand = solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            /* keep */
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            err_set(t, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_identifier(Object *s) {
    intptr_t n = STR(s)->length;
    if (n == 0) return false;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, i);
        bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok) return false;
    }
    return true;
}

/* Private name mangling: __x in class _C -> _C__x. New reference. */
static Object *mangle(Thread *t, Object *clsname, Object *name) {
    intptr_t n = STR(name)->length;
    if (n < 3 || str_char_at(name, 0) != '_' || str_char_at(name, 1) != '_' ||
        (str_char_at(name, n - 1) == '_' && str_char_at(name, n - 2) == '_')) {
        obj_incref(name);
        return name;
    }
    intptr_t cl = STR(clsname)->length, i = 0;
    while (i < cl && str_char_at(clsname, i) == '_') i++;
    if (i == cl) {
        obj_incref(name);
        return name;
    }
    Object *stripped = str_substr(t, clsname, i, cl);
    if (!stripped) return NULL;
    Object *r = str_from_format(t, "_%U%U", stripped, name);
    obj_decref(stripped);
    return r;
}

/* ---- __dict__ / __weakref__ of instances ------------------------------------------------- */

static Ref subtype_get_dict(Thread *t, Ref self, void *c) {
    Object *d = object_get_dict(t, self);
    if (!d) {
        if (!err_occurred(t))
            err_format(t, &exc_AttributeError, "This object has no __dict__");
        return REF_NULL;
    }
    return ref_new(d);
}

static int subtype_set_dict(Thread *t, Ref self, Ref value, void *c) {
    Object **dp = object_dict_ptr(self);
    if (!dp) {
        err_set(t, &exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (!ref_is_null(value) && !dict_check(value)) {
        err_format(t, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        return -1;
    }
    Object *nd = ref_is_null(value) ? NULL : ref_obj(value);
    if (nd) obj_incref(nd);
    if (type_shape(ref_type(self))) {
        /* the new dict replaces the inline values */
        instance_clear_values(ref_obj(self));
        if ((uintptr_t)*dp & 1) *dp = NULL;
    }
    OBJ_SETREF(*dp, nd);
    return 0;
}

static Ref subtype_get_weakref(Thread *t, Ref self, void *c) {
    Type *tp = ref_type(self);
    if (!tp->tp_weaklistoffset) {
        err_set(t, &exc_AttributeError, "This object has no __weakref__");
        return REF_NULL;
    }
    Object *w = *(Object **)((char *)ref_obj(self) + tp->tp_weaklistoffset);
    return w ? ref_new(w) : REF_NONE;
}

static const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                              "dictionary for instance variables (if defined)",
                                              NULL};
static const GetSetDef subtype_weakref_getset = {
    "__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)",
    NULL};

/* ---- instances of heap types -------------------------------------------------------------- */

/* The static (C) type whose dealloc/traverse/clear a heap type's instances end with. */
static Type *static_base(Type *type) {
    while (type && type->tp_dealloc == subtype_dealloc) type = type->tp_base;
    return type;
}

/* `sb` is static_base(type): callers walk the chain once and pass it along. */
static bool owns_dict(Type *type, Type *sb) {
    return type->tp_dictoffset != 0 && (!sb || sb->tp_dictoffset == 0);
}

static void clear_slots(Object *o, Type *sb) {
    for (Type *b = o->ob_type; b != sb; b = b->tp_base) {
        MemberDef *m = b->extra ? b->extra->slot_members : NULL;
        for (; m && m->name; m++) {
            Ref *p = (Ref *)((char *)o + m->offset);
            REF_SETREF(*p, REF_NULL);
        }
    }
}

/* Drops the instance's attributes: the dict, or the inline values (the word stays odd
 * then, so a finalizer that looks again finds an empty instance). */
static void drop_dict(Object *o) {
    if (type_shape(o->ob_type)) instance_clear_values(o);
    Object *d = instance_dict_if_any(ref_from_obj(o));
    if (d) OBJ_SETREF(*object_dict_ptr(ref_from_obj(o)), NULL);
}

void subtype_dealloc(Object *o) {
    Type *type = o->ob_type;
    /* GC hook (core/gc.c): run __del__ once (PEP 442) with the object briefly alive
     * again; if it resurrected itself, stop. */
    if (type->tp_finalize && gc_finalize_from_dealloc(o)) return;
    /* weakref hook (objects/weakref.c): clear weak references, call their callbacks */
    Type *base = static_base(type);
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset) weakref_clear_refs(o);
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_untrack(o);
    clear_slots(o, base);
    if (owns_dict(type, base)) drop_dict(o);
    /* The static base frees the memory through o->ob_type->tp_free (obj_free), which also
     * drops the instance's reference to its heap type. */
    base->tp_dealloc(o);
}

int subtype_traverse(Object *o, VisitFn visit, void *arg) {
    Type *type = o->ob_type;
    Type *base = static_base(type);
    int r;
    for (Type *b = type; b != base; b = b->tp_base) {
        MemberDef *m = b->extra ? b->extra->slot_members : NULL;
        for (; m && m->name; m++) {
            Ref v = *(Ref *)((char *)o + m->offset);
            if (ref_is_obj(v) && (r = visit(ref_obj(v), arg))) return r;
        }
    }
    if (owns_dict(type, base)) {
        Object *d = instance_dict_if_any(ref_from_obj(o));
        if (d && (r = visit(d, arg))) return r;
        if (type_shape(type) && (r = instance_traverse_values(o, visit, arg))) return r;
    }
    if ((r = visit((Object *)type, arg))) return r;
    if (base && base->tp_traverse) return base->tp_traverse(o, visit, arg);
    return 0;
}

int subtype_clear(Object *o) {
    Type *type = o->ob_type;
    Type *base = static_base(type);
    clear_slots(o, base);
    if (owns_dict(type, base)) drop_dict(o);
    if (base && base->tp_clear) return base->tp_clear(o);
    return 0;
}

/* ---- type.__new__ / type.__init__ ------------------------------------------------------- */

static Object *kwnames_to_dict(Thread *t, const Ref *kwvalues, Object *kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return NULL;
    Object *d = dict_new(t);
    if (!d) return NULL;
    for (intptr_t i = 0; i < tuple_size(kwnames); i++)
        if (dict_set(t, d, tuple_get(kwnames, i), kwvalues[i]) < 0) {
            obj_decref(d);
            return NULL;
        }
    return d;
}

Ref type_new_slot(Thread *t, Type *meta, const Ref *args, size_t nargs, Object *kwnames) {
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    if (meta == &type_type && nargs == 1 && nkw == 0) return ref_new((Object *)ref_type(args[0]));
    if (nargs != 3) return err_set(t, &exc_TypeError, "type() takes 1 or 3 arguments");
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!tuple_check(args[1]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!dict_check(args[2]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
    Object *kw = NULL;
    if (nkw) {
        kw = kwnames_to_dict(t, args + nargs, kwnames);
        if (!kw) return REF_NULL;
    }
    Ref r = type_new_from_spec(t, meta, ref_obj(args[0]), ref_obj(args[1]), ref_obj(args[2]), kw);
    obj_xdecref(kw);
    return r;
}

int type_init_slot(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (nargs == 1 && kwnames && tuple_size(kwnames)) {
        err_set(t, &exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        err_set(t, &exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- building the class ----------------------------------------------------------------- */

typedef struct Layout {
    Object *slots;          /* tuple of mangled names of real slots, or NULL */
    bool add_dict, add_weak;
} Layout;

static int compute_slots(Thread *t, Object *name, Type *base, Object *dict, Layout *lay) {
    bool may_dict = base->tp_dictoffset == 0;
    bool may_weak = base->tp_weaklistoffset == 0 && !is_var_sized(base);
    Ref sl = dict_get_str(t, dict, ID(__slots__));
    if (ref_is_null(sl)) {
        if (err_occurred(t)) return -1;
        lay->add_dict = may_dict;
        lay->add_weak = may_weak;
        return 0;
    }
    Object *items;
    if (str_check(sl)) items = tuple_pack(t, 1, sl);
    else items = tuple_from_iterable(t, sl);
    ref_close(sl);
    if (!items) return -1;
    Object *names = list_new(t, 0);
    if (!names) goto fail;
    for (intptr_t i = 0; i < tuple_size(items); i++) {
        Ref it = tuple_get(items, i);
        if (!str_check(it)) {
            err_format(t, &exc_TypeError, "__slots__ items must be strings, not '%T'", it);
            goto fail;
        }
        Object *s = ref_obj(it);
        if (!is_identifier(s)) {
            err_set(t, &exc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (!may_dict || lay->add_dict) {
                err_set(t, &exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            lay->add_dict = true;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__")) {
            if (!may_weak || lay->add_weak) {
                err_set(t, &exc_TypeError,
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto fail;
            }
            lay->add_weak = true;
            continue;
        }
        Object *m = mangle(t, name, s);
        if (!m) goto fail;
        int has = dict_contains(t, dict, ref_from_obj(m));
        if (has) {
            if (has > 0)
                err_format(t, &exc_ValueError, "%R in __slots__ conflicts with class variable",
                           ref_from_obj(s));
            obj_decref(m);
            goto fail;
        }
        int r = list_append_steal(t, names, ref_from_obj(m));
        if (r < 0) goto fail;
    }
    if (list_size(names) > 0 &&
        (is_var_sized(base) || type_has_flag(base, TPFLAG_LONG_SUBCLASS))) {
        err_format(t, &exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->tp_name);
        goto fail;
    }
    lay->slots = list_as_tuple(t, names);
    obj_decref(names);
    obj_decref(items);
    return lay->slots ? 0 : -1;
fail:
    obj_xdecref(names);
    obj_decref(items);
    return -1;
}

static bool is_python_function(Ref v) { return ref_is_obj(v) && ref_type(v) == &function_type; }

/* Wraps a plain function stored under `name` with wrap(). */
static int wrap_special(Thread *t, Object *dict, Object *name, Object *(*wrap)(Thread *, Ref)) {
    Ref v = dict_get_str(t, dict, name);
    if (ref_is_null(v)) return err_occurred(t) ? -1 : 0;
    int r = 0;
    if (is_python_function(v)) {
        Object *w = wrap(t, v);
        r = w ? dict_set_str(t, dict, name, ref_from_obj(w)) : -1;
        obj_xdecref(w);
    }
    ref_close(v);
    return r;
}

static int set_names(Thread *t, Type *type) {
    Object *copy = dict_copy(t, type->tp_dict);
    if (!copy) return -1;
    intptr_t pos = 0;
    Ref key, value;
    Ref self = ref_immortal(type);
    while (dict_next(copy, &pos, &key, &value)) {
        Ref f = type_lookup(ref_type(value), ID(__set_name__));
        if (ref_is_null(f)) continue;
        Ref args[2] = {self, key};
        Ref r = obj_call_special(t, value, ID(__set_name__), args, 2);
        if (ref_is_null(r)) {
            if (!err_occurred(t)) continue;
            Ref cause = err_fetch(t);
            err_format(t, &exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                       type_name(ref_type(value)), key, type_name(type));
            if (err_occurred(t) && !ref_is_null(cause)) {
                obj_incref(ref_obj(cause));
                exc_set_context(ref_obj(t->exc), ref_obj(cause));
                exc_set_cause(ref_obj(t->exc), ref_obj(cause));
            } else {
                ref_close(cause);
            }
            obj_decref(copy);
            return -1;
        }
        ref_close(r);
    }
    obj_decref(copy);
    return 0;
}

static int init_subclass(Thread *t, Type *type, Object *kwds) {
    Object *mro = type->tp_mro;
    Ref self = ref_immortal(type);
    for (intptr_t i = 1; i < tuple_size(mro); i++) {
        Type *b = (Type *)ref_obj(tuple_get(mro, i));
        Ref f = dict_get_str(t, b->tp_dict, ID(__init_subclass__));
        if (ref_is_null(f)) {
            if (err_occurred(t)) return -1;
            continue;
        }
        Ref bound = f;
        DescrGetFn get = ref_type(f)->descr_get;
        if (get) {
            bound = get(t, f, self, self);
            ref_close(f);
            if (ref_is_null(bound)) return -1;
        }
        Ref r = obj_call_tuple_dict(t, bound, tuple_empty(), kwds);
        ref_close(bound);
        if (ref_is_null(r)) return -1;
        ref_close(r);
        return 0;
    }
    return 0;
}

static int set_classcell(Thread *t, Type *type) {
    Ref cell = dict_get_str(t, type->tp_dict, ID(__classcell__));
    if (ref_is_null(cell)) return err_occurred(t) ? -1 : 0;
    if (ref_type(cell) != &cell_type) {
        err_format(t, &exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                   ref_immortal(ref_type(cell)));
        ref_close(cell);
        return -1;
    }
    cell_set(ref_obj(cell), ref_from_obj((Object *)type)); /* counted: the GC breaks class <-> cell cycles */
    ref_close(cell);
    return dict_del_str(t, type->tp_dict, ID(__classcell__)) < 0 ? -1 : 0;
}

Ref type_new_from_spec(Thread *t, Type *metatype, Object *name, Object *bases, Object *ns,
                       Object *kwds) {
    Type *winner = type_calculate_metaclass(t, metatype, bases);
    if (!winner) return REF_NULL;
    if (winner != metatype && winner->new_ != type_new_slot) {
        Object *args = tuple_pack(t, 3, ref_from_obj(name), ref_from_obj(bases), ref_from_obj(ns));
        if (!args) return REF_NULL;
        Ref r = obj_call_tuple_dict(t, ref_immortal(winner), args, kwds);
        obj_decref(args);
        return r;
    }
    metatype = winner;
    Object *real_bases = bases;
    if (tuple_size(bases) == 0) {
        real_bases = tuple_pack(t, 1, ref_immortal(&object_type));
        if (!real_bases) return REF_NULL;
    } else {
        obj_incref(bases);
    }
    Type *base = type_best_base(t, real_bases);
    Object *dict = NULL;
    Layout lay = {0};
    Type *type = NULL;
    if (!base) goto fail;
    dict = dict_copy(t, ns);
    if (!dict) goto fail;
    if (compute_slots(t, name, base, dict, &lay) < 0) goto fail;

    /* __qualname__ leaves the namespace for the type's own field. */
    Ref qn = dict_get_str(t, dict, ID(__qualname__));
    if (ref_is_null(qn) && err_occurred(t)) goto fail;
    if (!ref_is_null(qn)) {
        if (!str_check(qn)) {
            err_format(t, &exc_TypeError, "type __qualname__ must be a str, not %T", qn);
            ref_close(qn);
            goto fail;
        }
        if (dict_del_str(t, dict, ID(__qualname__)) < 0) {
            ref_close(qn);
            goto fail;
        }
    }
    intptr_t len;
    if (!str_utf8(t, name, &len)) {
        ref_close(qn);
        goto fail;
    }

    type = (Type *)obj_alloc(t, metatype, (size_t)metatype->tp_basicsize);
    if (!type) {
        ref_close(qn);
        goto fail;
    }
    TypeExtra *x = mem_calloc(t, 1, sizeof(TypeExtra));
    if (!x) {
        ref_close(qn);
        goto fail;
    }
    type->extra = x;
    x->heap = true;
    obj_incref(name);
    x->name = name;
    x->qualname = ref_is_null(qn) ? (obj_incref(name), name) : ref_obj(qn);
    type->tp_name = str_utf8(t, name, &len);
    type->tp_flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE |
                     (base->tp_flags & (TPFLAG_LONG_SUBCLASS | TPFLAG_LIST_SUBCLASS |
                                        TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS |
                                        TPFLAG_UNICODE_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                                        TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS |
                                        TPFLAG_HAVE_GC | TPFLAG_SEQUENCE | TPFLAG_MAPPING));
    type->tp_base = base;
    obj_incref((Object *)base);
    type->tp_bases = real_bases;
    real_bases = NULL;
    type->tp_dict = dict;
    dict = NULL;
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    type->tp_free = obj_free;
    type->tp_doc = NULL;

    /* instance layout */
    intptr_t nslots = lay.slots ? tuple_size(lay.slots) : 0;
    intptr_t off = base->tp_basicsize;
    bool var = is_var_sized(base);
    type->tp_itemsize = base->tp_itemsize;
    type->tp_dictoffset = base->tp_dictoffset;
    type->tp_weaklistoffset = base->tp_weaklistoffset;
    if (nslots) {
        off = (off + 7) & ~(intptr_t)7;
        x->slot_members = mem_calloc(t, (size_t)nslots + 1, sizeof(MemberDef));
        if (!x->slot_members) goto fail;
        for (intptr_t i = 0; i < nslots; i++) {
            Object *sn = ref_obj(tuple_get(lay.slots, i));
            x->slot_members[i].name = str_utf8(t, sn, &len);
            if (!x->slot_members[i].name) goto fail;
            x->slot_members[i].kind = MEMBER_T_REF;
            x->slot_members[i].offset = off;
            off += sizeof(Ref);
        }
        x->slots = lay.slots;
        lay.slots = NULL;
        x->solid = true;
    }
    if (lay.add_dict) {
        off = (off + 7) & ~(intptr_t)7;
        if (var) type->tp_dictoffset = -(intptr_t)sizeof(Object *);
        else type->tp_dictoffset = off;
        off += sizeof(Object *);
    }
    if (lay.add_weak) {
        off = (off + 7) & ~(intptr_t)7;
        type->tp_weaklistoffset = off;
        off += sizeof(Object *);
    }
    type->tp_basicsize = off;
    if (nslots || lay.add_dict) type->tp_flags |= TPFLAG_HAVE_GC;
    if (shape_attach(t, type) < 0) goto fail;

    /* namespace fix-ups */
    Ref mod = dict_get_str(t, type->tp_dict, ID(__module__));
    if (ref_is_null(mod)) {
        if (err_occurred(t)) goto fail;
        Object *g = eval_current_globals(t);
        if (g) {
            Ref n = dict_get_str(t, g, ID(__name__));
            if (!ref_is_null(n)) {
                int r = dict_set_str(t, type->tp_dict, ID(__module__), n);
                ref_close(n);
                if (r < 0) goto fail;
            } else if (err_occurred(t)) {
                goto fail;
            }
        }
    }
    ref_close(mod);
    int has = dict_contains(t, type->tp_dict, ref_immortal(ID(__doc__)));
    if (has < 0 || (!has && dict_set_str(t, type->tp_dict, ID(__doc__), REF_NONE) < 0)) goto fail;
    if (wrap_special(t, type->tp_dict, ID(__new__), staticmethod_new) < 0 ||
        wrap_special(t, type->tp_dict, ID(__init_subclass__), classmethod_new) < 0 ||
        wrap_special(t, type->tp_dict, ID(__class_getitem__), classmethod_new) < 0)
        goto fail;
    for (intptr_t i = 0; i < nslots; i++) {
        Object *d = descr_new_member(t, type, &x->slot_members[i]);
        if (!d) goto fail;
        int r = dict_set(t, type->tp_dict, tuple_get(x->slots, i), ref_from_obj(d));
        obj_decref(d);
        if (r < 0) goto fail;
    }
    if (lay.add_dict && dict_contains(t, type->tp_dict, ref_immortal(ID(__dict__))) == 0) {
        Object *d = descr_new_getset(t, type, &subtype_dict_getset);
        if (!d || dict_set_str(t, type->tp_dict, ID(__dict__), ref_from_obj(d)) < 0) {
            obj_xdecref(d);
            goto fail;
        }
        obj_decref(d);
    }
    if (lay.add_weak && dict_contains(t, type->tp_dict, ref_immortal(ID(__weakref__))) == 0) {
        Object *d = descr_new_getset(t, type, &subtype_weakref_getset);
        if (!d || dict_set_str(t, type->tp_dict, ID(__weakref__), ref_from_obj(d)) < 0) {
            obj_xdecref(d);
            goto fail;
        }
        obj_decref(d);
    }
    /* defining __eq__ without __hash__ makes instances unhashable */
    if (dict_contains(t, type->tp_dict, ref_immortal(ID(__eq__))) == 1 &&
        dict_contains(t, type->tp_dict, ref_immortal(ID(__hash__))) == 0 &&
        dict_set_str(t, type->tp_dict, ID(__hash__), REF_NONE) < 0)
        goto fail;
    if (err_occurred(t)) goto fail;

    if (type_compute_mro(t, type) < 0) goto fail;
    type_fixup_slots(type, false);
    /* The buffer protocol has no dunder for the slot table: a class exports what its solid
     * base exports (class B(bytearray) is bytes-like). */
    if (!type->getbuffer && type->tp_base) {
        type->getbuffer = type->tp_base->getbuffer;
        type->releasebuffer = type->tp_base->releasebuffer;
    }
    type->tp_flags |= TPFLAG_READY;
    type_assign_version(t, type);
    for (intptr_t i = 0; i < tuple_size(type->tp_bases); i++) {
        Type *b = (Type *)ref_obj(tuple_get(type->tp_bases, i));
        if (type_has_flag(b, TPFLAG_HEAPTYPE) && type_add_subclass(t, b, type) < 0) goto fail;
    }
    gc_track((Object *)type);
    obj_set_deferred((Object *)type);   /* classes: deferred reference counting (docs/GC.md) */
    Ref self = ref_from_obj((Object *)type);
    if (set_classcell(t, type) < 0 || set_names(t, type) < 0 || init_subclass(t, type, kwds) < 0) {
        ref_close(self);
        return REF_NULL;
    }
    type_modified(type);   /* set_classcell edited the dict directly (method cache) */
    return self;
fail:
    obj_xdecref(real_bases);
    obj_xdecref(dict);
    obj_xdecref(lay.slots);
    if (type) obj_decref((Object *)type);
    return REF_NULL;
}
