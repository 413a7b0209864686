/* types.GenericAlias (list[int]) and types.UnionType (int | str): the minimal typing
 * support built-in classes need for __class_getitem__ and X | Y annotations. */
#include "spry.h"

typedef struct GenericAlias {
    Object ob;
    Ref origin;
    Object *args;          /* tuple */
    Object *parameters;    /* tuple (type variables: none are tracked yet) */
} GenericAlias;

typedef struct UnionObj {
    Object ob;
    Object *args;          /* tuple of at least two distinct members */
} UnionObj;

#define GA(r) ((GenericAlias *)ref_obj(r))
#define UN(r) ((UnionObj *)ref_obj(r))

/* ---- shared repr of one type argument ------------------------------------------------------- */

static int repr_item(Thread *t, Object *parts, Ref p);

static int append_str(Thread *t, Object *parts, Object *s) {
    if (!s) return -1;
    return list_append_steal(t, parts, ref_from_obj(s));
}

static int repr_item(Thread *t, Object *parts, Ref p) {
    if (ref_is_object(p, &ellipsis_obj)) return append_str(t, parts, str_from_cstr(t, "..."));
    if (ref_is_object(p, &none_type) || ref_is_none(p)) return append_str(t, parts, str_from_cstr(t, "None"));
    if (list_check(p)) {
        Object *l = ref_obj(p);
        if (append_str(t, parts, str_from_cstr(t, "[")) < 0) return -1;
        for (intptr_t i = 0; i < list_size(l); i++) {
            if (i && append_str(t, parts, str_from_cstr(t, ", ")) < 0) return -1;
            if (repr_item(t, parts, list_items(l)[i]) < 0) return -1;
        }
        return append_str(t, parts, str_from_cstr(t, "]"));
    }
    Ref v = obj_lookup_attr(t, p, ID(__origin__));
    if (!ref_is_null(v)) {
        Ref a = obj_lookup_attr(t, p, ID(__args__));
        ref_close(v);
        if (!ref_is_null(a)) {
            ref_close(a);
            Ref r = obj_repr(t, p);
            return ref_is_null(r) ? -1 : list_append_steal(t, parts, r);
        }
    }
    if (err_occurred(t)) return -1;
    Ref qn = obj_lookup_attr(t, p, ID(__qualname__));
    Ref mod = ref_is_null(qn) ? REF_NULL : obj_lookup_attr(t, p, ID(__module__));
    if (err_occurred(t)) {
        ref_close(qn);
        ref_close(mod);
        return -1;
    }
    Object *s;
    if (!ref_is_null(qn) && !ref_is_null(mod) && str_check(qn) && str_check(mod)) {
        if (str_eq_cstr(ref_obj(mod), "builtins")) s = str_from_format(t, "%S", qn);
        else s = str_from_format(t, "%S.%S", mod, qn);
    } else {
        Ref r = obj_repr(t, p);
        s = ref_is_null(r) ? NULL : ref_obj(r);
    }
    ref_close(qn);
    ref_close(mod);
    return append_str(t, parts, s);
}

static Ref join_parts(Thread *t, Object *parts) {
    Object *empty = str_empty();
    Object *r = str_join(t, empty, ref_from_obj(parts));
    obj_decref(parts);
    return ref_from_obj(r);
}

/* ---- GenericAlias --------------------------------------------------------------------------- */

Ref generic_alias_new(Thread *t, Ref origin, Ref args) {
    Object *tup;
    if (tuple_check(args)) {
        tup = ref_obj(args);
        obj_incref(tup);
    } else {
        tup = tuple_pack(t, 1, args);
        if (!tup) return REF_NULL;
    }
    GenericAlias *g = (GenericAlias *)obj_alloc(t, &generic_alias_type, sizeof(GenericAlias));
    if (!g) {
        obj_decref(tup);
        return REF_NULL;
    }
    g->origin = ref_dup(origin);
    g->args = tup;
    g->parameters = tuple_empty();
    gc_track(&g->ob);
    return ref_from_obj(&g->ob);
}

Ref type_generic_class_getitem(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__class_getitem__", nargs, kwnames)) return REF_NULL;
    return generic_alias_new(t, cls, args[0]);
}

static void ga_dealloc(Object *o) {
    GenericAlias *g = (GenericAlias *)o;
    gc_untrack(o);
    ref_close(g->origin);
    obj_xdecref(g->args);
    obj_xdecref(g->parameters);
    o->ob_type->tp_free(o);
}

static int ga_traverse(Object *o, VisitFn visit, void *arg) {
    GenericAlias *g = (GenericAlias *)o;
    int r;
    if (ref_is_obj(g->origin) && (r = visit(ref_obj(g->origin), arg))) return r;
    if (g->args && (r = visit(g->args, arg))) return r;
    return 0;
}

static Ref ga_repr(Thread *t, Ref self) {
    GenericAlias *g = GA(self);
    Object *parts = list_new(t, 0);
    if (!parts) return REF_NULL;
    if (repr_item(t, parts, g->origin) < 0 || append_str(t, parts, str_from_cstr(t, "[")) < 0)
        goto fail;
    intptr_t n = tuple_size(g->args);
    if (n == 0 && append_str(t, parts, str_from_cstr(t, "()")) < 0) goto fail;
    for (intptr_t i = 0; i < n; i++) {
        if (i && append_str(t, parts, str_from_cstr(t, ", ")) < 0) goto fail;
        if (repr_item(t, parts, tuple_get(g->args, i)) < 0) goto fail;
    }
    if (append_str(t, parts, str_from_cstr(t, "]")) < 0) goto fail;
    return join_parts(t, parts);
fail:
    obj_decref(parts);
    return REF_NULL;
}

static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL};

static Ref ga_getattro(Thread *t, Ref self, Object *name) {
    for (const char *const *p = ga_own_attrs; *p; p++)
        if (str_eq_cstr(name, *p)) return object_generic_getattr(t, self, name);
    return obj_getattr(t, GA(self)->origin, name);
}

static Ref ga_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref r = obj_call(t, GA(self)->origin, args, nargs, kwnames);
    if (ref_is_null(r)) return r;
    Object *name = str_intern_cstr(t, "__orig_class__");
    if (!name) {
        ref_close(r);
        return REF_NULL;
    }
    if (obj_setattr(t, r, name, self) < 0) {
        if (err_matches(t, &exc_AttributeError) || err_matches(t, &exc_TypeError)) {
            err_clear(t);
        } else {
            obj_decref(name);
            ref_close(r);
            return REF_NULL;
        }
    }
    obj_decref(name);
    return r;
}

static Ref ga_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(a) != &generic_alias_type ||
        ref_type(b) != &generic_alias_type)
        return REF_NOTIMPLEMENTED;
    int eq = obj_eq(t, GA(a)->origin, GA(b)->origin);
    if (eq > 0) eq = obj_eq(t, ref_from_obj(GA(a)->args), ref_from_obj(GA(b)->args));
    if (eq < 0) return REF_NULL;
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(Thread *t, Ref self) {
    int64_t h0 = obj_hash(t, GA(self)->origin);
    if (h0 == -1 && err_occurred(t)) return -1;
    int64_t h1 = obj_hash(t, ref_from_obj(GA(self)->args));
    if (h1 == -1 && err_occurred(t)) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static Ref ga_getitem(Thread *t, Ref self, Ref key) {
    return err_format(t, &exc_TypeError, "There are no type variables left in %R", self);
}

static Ref ga_mro_entries(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__mro_entries__", nargs, kwnames)) return REF_NULL;
    return ref_from_obj(tuple_pack(t, 1, GA(self)->origin));
}

static Ref ga_instancecheck(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return err_set(t, &exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Ref ga_subclasscheck(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return err_set(t, &exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Ref ga_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "GenericAlias", kwnames)) return REF_NULL;
    if (nargs != 2) return err_format(t, &exc_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return generic_alias_new(t, args[0], args[1]);
}

static Ref ga_get_origin(Thread *t, Ref self, void *c) { return ref_dup(GA(self)->origin); }
static Ref ga_get_args(Thread *t, Ref self, void *c) { return ref_new(GA(self)->args); }
static Ref ga_get_parameters(Thread *t, Ref self, void *c) { return ref_new(GA(self)->parameters); }

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {NULL},
};

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {NULL},
};

Type generic_alias_type = {
    TYPE_HEAD_INIT,
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GenericAlias),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
    .tp_dealloc = ga_dealloc,
    .tp_traverse = ga_traverse,
    .tp_free = obj_free,
    .repr = ga_repr,
    .getattro = ga_getattro,
    .call = ga_call,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getitem = ga_getitem,
    .nb = {[NB_OR] = union_or},
    .new_ = ga_new,
    .methods = ga_methods,
    .getsets = ga_getsets,
};

/* ---- UnionType ------------------------------------------------------------------------------ */

static bool is_unionable(Ref r) {
    return ref_is_none(r) || type_check(r) || ref_type(r) == &generic_alias_type ||
           ref_type(r) == &union_type;
}

/* Appends r (or the members of a union) to list l unless already present. */
static int union_add(Thread *t, Object *l, Ref r) {
    if (ref_is_obj(r) && ref_type(r) == &union_type) {
        Object *a = UN(r)->args;
        for (intptr_t i = 0; i < tuple_size(a); i++)
            if (union_add(t, l, tuple_get(a, i)) < 0) return -1;
        return 0;
    }
    if (ref_is_none(r)) r = ref_immortal(&none_type);
    for (intptr_t i = 0; i < list_size(l); i++) {
        Ref x = list_items(l)[i];
        if (ref_is(x, r)) return 0;
        if (ref_type(x) == &generic_alias_type && ref_type(r) == &generic_alias_type) {
            int eq = obj_eq(t, x, r);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return list_append(t, l, r);
}

Ref union_or(Thread *t, Ref a, Ref b) {
    if (!is_unionable(a) || !is_unionable(b)) return REF_NOTIMPLEMENTED;
    Object *l = list_new(t, 0);
    if (!l) return REF_NULL;
    if (union_add(t, l, a) < 0 || union_add(t, l, b) < 0) {
        obj_decref(l);
        return REF_NULL;
    }
    if (list_size(l) == 1) {
        Ref r = ref_dup(list_items(l)[0]);
        obj_decref(l);
        return r;
    }
    Object *tup = list_as_tuple(t, l);
    obj_decref(l);
    if (!tup) return REF_NULL;
    UnionObj *u = (UnionObj *)obj_alloc(t, &union_type, sizeof(UnionObj));
    if (!u) {
        obj_decref(tup);
        return REF_NULL;
    }
    u->args = tup;
    gc_track(&u->ob);
    return ref_from_obj(&u->ob);
}

static void union_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((UnionObj *)o)->args);
    o->ob_type->tp_free(o);
}

static int union_traverse(Object *o, VisitFn visit, void *arg) {
    Object *a = ((UnionObj *)o)->args;
    return a ? visit(a, arg) : 0;
}

static Ref union_repr(Thread *t, Ref self) {
    Object *parts = list_new(t, 0);
    if (!parts) return REF_NULL;
    Object *a = UN(self)->args;
    for (intptr_t i = 0; i < tuple_size(a); i++) {
        if ((i && append_str(t, parts, str_from_cstr(t, " | ")) < 0) ||
            repr_item(t, parts, tuple_get(a, i)) < 0) {
            obj_decref(parts);
            return REF_NULL;
        }
    }
    return join_parts(t, parts);
}

static int contains_all(Thread *t, Object *a, Object *b) {
    for (intptr_t i = 0; i < tuple_size(a); i++) {
        bool found = false;
        for (intptr_t j = 0; j < tuple_size(b) && !found; j++) {
            int eq = obj_eq(t, tuple_get(a, i), tuple_get(b, j));
            if (eq < 0) return -1;
            found = eq;
        }
        if (!found) return 0;
    }
    return 1;
}

static Ref union_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || ref_type(b) != &union_type) return REF_NOTIMPLEMENTED;
    int eq = contains_all(t, UN(a)->args, UN(b)->args);
    if (eq > 0) eq = contains_all(t, UN(b)->args, UN(a)->args);
    if (eq < 0) return REF_NULL;
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t union_hash(Thread *t, Ref self) {
    int64_t h = 0;
    Object *a = UN(self)->args;
    for (intptr_t i = 0; i < tuple_size(a); i++) {
        int64_t x = obj_hash(t, tuple_get(a, i));
        if (x == -1 && err_occurred(t)) return -1;
        h ^= x;
    }
    return h == -1 ? -2 : h;
}

static Ref union_get_args(Thread *t, Ref self, void *c) { return ref_new(UN(self)->args); }
static Ref union_get_parameters(Thread *t, Ref self, void *c) { return ref_new(tuple_empty()); }

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType.", NULL},
    {NULL},
};

Type union_type = {
    TYPE_HEAD_INIT,
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(UnionObj),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_dealloc = union_dealloc,
    .tp_traverse = union_traverse,
    .tp_free = obj_free,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .nb = {[NB_OR] = union_or},
    .getsets = union_getsets,
};
