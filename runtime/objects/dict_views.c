/* Dict iterators, the keys()/values()/items() views (set operations on keys and items
 * views, reversed()), and mappingproxy. */
#include "spry.h"
#include "objects/container_util.h"
#include "objects/dict_internal.h"

/* ---- iterators ---------------------------------------------------------------------- */

static bool is_reverse_kind(const Type *kind) {
    return kind == &dict_revkeyiter_type || kind == &dict_revvalueiter_type ||
           kind == &dict_revitemiter_type;
}

Ref dict_iter_new(Thread *t, Object *d, Type *kind) {
    DictIter *it = (DictIter *)obj_alloc(t, kind, sizeof(DictIter));
    if (!it) return REF_NULL;
    obj_incref(d);
    it->dict = d;
    it->used = DICT(d)->used;
    it->remaining = DICT(d)->used;
    it->pos = is_reverse_kind(kind) ? (DICT(d)->keys ? DICT(d)->keys->nentries - 1 : -1) : 0;
    gc_track((Object *)it);
    return ref_from_obj((Object *)it);
}

static void dictiter_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((DictIter *)o)->dict);
    o->ob_type->tp_free(o);
}

static int dictiter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(((DictIter *)o)->dict);
    return 0;
}

/* The next live entry, or NULL (exhausted, or error set). */
static DictEntry *dictiter_step(Thread *t, DictIter *it, bool reverse) {
    Object *d = it->dict;
    if (!d) return NULL;
    if (it->used != DICT(d)->used) {
        err_set(t, &exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1; /* stays broken */
        return NULL;
    }
    DictKeys *k = DICT(d)->keys;
    intptr_t i = it->pos;
    DictEntry *e = NULL;
    if (k) {
        if (reverse) {
            if (i >= k->nentries) i = k->nentries - 1;
            while (i >= 0 && ref_is_null(dk_entries(k)[i].key)) i--;
            if (i >= 0) e = &dk_entries(k)[i];
            it->pos = i - 1;
        } else {
            while (i < k->nentries && ref_is_null(dk_entries(k)[i].key)) i++;
            if (i < k->nentries) e = &dk_entries(k)[i];
            it->pos = i + 1;
        }
    }
    if (!e) {
        it->dict = NULL;
        obj_decref(d);
        return NULL;
    }
    if (it->remaining == 0) {
        /* More entries than at the start, with the same size: keys were swapped. */
        err_set(t, &exc_RuntimeError, "dictionary keys changed during iteration");
        it->remaining = -1;
        return NULL;
    }
    if (it->remaining > 0) it->remaining--;
    return e;
}

static Ref dictiter_next_key(Thread *t, Ref self) {
    DictIter *it = (DictIter *)ref_obj(self);
    DictEntry *e = dictiter_step(t, it, ref_obj(self)->ob_type == &dict_revkeyiter_type);
    return e ? ref_dup(e->key) : REF_NULL;
}

static Ref dictiter_next_value(Thread *t, Ref self) {
    DictIter *it = (DictIter *)ref_obj(self);
    DictEntry *e = dictiter_step(t, it, ref_obj(self)->ob_type == &dict_revvalueiter_type);
    return e ? ref_dup(e->value) : REF_NULL;
}

static Ref dictiter_next_item(Thread *t, Ref self) {
    DictIter *it = (DictIter *)ref_obj(self);
    DictEntry *e = dictiter_step(t, it, ref_obj(self)->ob_type == &dict_revitemiter_type);
    if (!e) return REF_NULL;
    return ref_from_obj(tuple_pack(t, 2, e->key, e->value));
}

static Ref dictiter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs,
                                Object *kwnames) {
    DictIter *it = (DictIter *)ref_obj(self);
    intptr_t n = 0;
    if (it->dict && it->used == DICT(it->dict)->used && it->remaining > 0) n = it->remaining;
    return ref_from_int(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                              \
    Type cname = {                                                                         \
        TYPE_HEAD_INIT,                                                                    \
        .tp_name = pyname,                                                                 \
        .tp_basicsize = sizeof(DictIter),                                                  \
        .tp_flags = TPFLAG_HAVE_GC,                                                        \
        .tp_dealloc = dictiter_dealloc,                                                    \
        .tp_traverse = dictiter_traverse,                                                  \
        .tp_free = obj_free,                                                               \
        .iter = cu_self_iter,                                                              \
        .iternext = nextfn,                                                                \
        .methods = dictiter_methods,                                                       \
    }

DICT_ITER_TYPE(dict_keyiter_type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(dict_valueiter_type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(dict_itemiter_type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator", dictiter_next_item);
#undef DICT_ITER_TYPE

/* ---- views -------------------------------------------------------------------------- */

#define VIEW(o) ((DictView *)(o))

Ref dict_view_new(Thread *t, Object *d, Type *kind) {
    DictView *v = (DictView *)obj_alloc(t, kind, sizeof(DictView));
    if (!v) return REF_NULL;
    obj_incref(d);
    v->dict = d;
    gc_track((Object *)v);
    return ref_from_obj((Object *)v);
}

static void view_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(VIEW(o)->dict);
    o->ob_type->tp_free(o);
}

static int view_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(VIEW(o)->dict);
    return 0;
}

static intptr_t view_len(Thread *t, Ref self) { return dict_size(VIEW(ref_obj(self))->dict); }

static bool is_setlike_view(Ref r) {
    return ref_is_obj(r) &&
           (ref_obj(r)->ob_type == &dict_keys_type || ref_obj(r)->ob_type == &dict_items_type);
}

static Ref keys_iter(Thread *t, Ref self) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_keyiter_type);
}
static Ref values_iter(Thread *t, Ref self) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_valueiter_type);
}
static Ref items_iter(Thread *t, Ref self) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_itemiter_type);
}

static int keys_contains(Thread *t, Ref self, Ref key) {
    return dict_contains(t, VIEW(ref_obj(self))->dict, key);
}

static int items_contains(Thread *t, Ref self, Ref item) {
    if (!tuple_check(item) || tuple_size(ref_obj(item)) != 2) return 0;
    Ref v = dict_get(t, VIEW(ref_obj(self))->dict, tuple_get(ref_obj(item), 0));
    if (ref_is_null(v)) return err_occurred(t) ? -1 : 0;
    int r = cu_eq(t, v, tuple_get(ref_obj(item), 1));
    ref_close(v);
    return r;
}

static Ref view_repr(Thread *t, Ref self) {
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_cstr(t, "..."));
    Object *l = list_from_iterable(t, self);
    Object *s = NULL;
    if (l) {
        s = str_from_format(t, "%s(%R)", ref_obj(self)->ob_type->tp_name, ref_from_obj(l));
        obj_decref(l);
    }
    repr_leave(t, self);
    return ref_from_obj(s);
}

/* Every item of `a` is in `b` (1, 0, -1). */
static int all_contained_in(Thread *t, Ref a, Ref b) {
    Ref it = obj_iter(t, a);
    if (ref_is_null(it)) return -1;
    int ok = 1;
    for (;;) {
        Ref x = obj_next(t, it);
        if (ref_is_null(x)) {
            if (err_occurred(t)) ok = -1;
            break;
        }
        ok = obj_contains(t, b, x);
        ref_close(x);
        if (ok <= 0) break;
    }
    ref_close(it);
    return ok;
}

static Ref view_richcompare(Thread *t, Ref self, Ref other, int op) {
    if (!is_setlike_view(self) || !(set_check(other) || is_setlike_view(other)))
        return REF_NOTIMPLEMENTED;
    intptr_t ls = obj_len(t, self), lo = obj_len(t, other);
    if (ls < 0 || lo < 0) return REF_NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (ls == lo) ok = all_contained_in(t, self, other);
        if (ok >= 0 && op == CMP_NE) ok = !ok;
        break;
    case CMP_LT:
        if (ls < lo) ok = all_contained_in(t, self, other);
        break;
    case CMP_LE:
        if (ls <= lo) ok = all_contained_in(t, self, other);
        break;
    case CMP_GT:
        if (ls > lo) ok = all_contained_in(t, other, self);
        break;
    default:
        if (ls >= lo) ok = all_contained_in(t, other, self);
        break;
    }
    if (ok < 0) return REF_NULL;
    return ref_from_bool(ok);
}

/* set(view); for a keys view of an exact dict, set(dict) (same result, faster). */
static Object *view_to_set(Thread *t, Ref self) {
    if (ref_is_obj(self) && ref_obj(self)->ob_type == &dict_keys_type &&
        dict_check_exact(ref_from_obj(VIEW(ref_obj(self))->dict)))
        return set_new(t, ref_from_obj(VIEW(ref_obj(self))->dict));
    return set_new(t, self);
}

static Ref view_sub(Thread *t, Ref a, Ref b) {
    Object *s = view_to_set(t, a);
    if (!s) return REF_NULL;
    if (set_difference_update(t, s, b) < 0) {
        obj_decref(s);
        return REF_NULL;
    }
    return ref_from_obj(s);
}

static Ref view_or(Thread *t, Ref a, Ref b) {
    Object *s = view_to_set(t, a);
    if (!s) return REF_NULL;
    if (set_update(t, s, b) < 0) {
        obj_decref(s);
        return REF_NULL;
    }
    return ref_from_obj(s);
}

static Ref view_xor(Thread *t, Ref a, Ref b) {
    Object *s = view_to_set(t, a);
    if (!s) return REF_NULL;
    if (set_symmetric_difference_update(t, s, b) < 0) {
        obj_decref(s);
        return REF_NULL;
    }
    return ref_from_obj(s);
}

static Ref view_and(Thread *t, Ref self, Ref other) {
    /* Reflected: make self the view. */
    if (!is_setlike_view(self)) {
        Ref tmp = self;
        self = other;
        other = tmp;
    }
    intptr_t ls = obj_len(t, self);
    if (ls < 0) return REF_NULL;
    if (ref_is_obj(other) && ref_obj(other)->ob_type == &set_type && ls <= set_size(ref_obj(other)))
        return ref_from_obj(set_intersection(t, ref_obj(other), self));
    if (is_setlike_view(other)) {
        intptr_t lo = obj_len(t, other);
        if (lo < 0) return REF_NULL;
        if (lo > ls) {
            Ref tmp = self;
            self = other;
            other = tmp;
        }
    }
    Object *res = set_new(t, REF_NULL);
    if (!res) return REF_NULL;
    Ref it = obj_iter(t, other);
    if (ref_is_null(it)) goto fail;
    bool items = ref_obj(self)->ob_type == &dict_items_type;
    for (;;) {
        Ref x = obj_next(t, it);
        if (ref_is_null(x)) break;
        int c = items ? items_contains(t, self, x) : keys_contains(t, self, x);
        if (c > 0) c = set_add(t, res, x) < 0 ? -1 : 1;
        ref_close(x);
        if (c < 0) break;
    }
    ref_close(it);
    if (err_occurred(t)) goto fail;
    return ref_from_obj(res);
fail:
    obj_decref(res);
    return REF_NULL;
}

static Ref view_isdisjoint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "isdisjoint", nargs, kwnames)) return REF_NULL;
    Ref other = args[0];
    if (ref_is(self, other)) return ref_from_bool(dict_size(VIEW(ref_obj(self))->dict) == 0);
    Ref small = other, big = self;
    if (set_check(other) || is_setlike_view(other)) {
        intptr_t ls = obj_len(t, self), lo = obj_len(t, other);
        if (ls < 0 || lo < 0) return REF_NULL;
        if (lo > ls) {
            small = self;
            big = other;
        }
    }
    Ref it = obj_iter(t, small);
    if (ref_is_null(it)) return REF_NULL;
    for (;;) {
        Ref x = obj_next(t, it);
        if (ref_is_null(x)) break;
        int c = obj_contains(t, big, x);
        ref_close(x);
        if (c != 0) {
            ref_close(it);
            return c < 0 ? REF_NULL : REF_FALSE;
        }
    }
    ref_close(it);
    if (err_occurred(t)) return REF_NULL;
    return REF_TRUE;
}

static Ref keys_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_revkeyiter_type);
}
static Ref values_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_revvalueiter_type);
}
static Ref items_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return dict_iter_new(t, VIEW(ref_obj(self))->dict, &dict_revitemiter_type);
}

static Ref view_mapping(Thread *t, Ref self, void *closure) {
    return ref_from_obj(mappingproxy_new(t, VIEW(ref_obj(self))->dict));
}

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_keys_type = {
    TYPE_HEAD_INIT,
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_free = obj_free,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .nb = {[NB_SUBTRACT] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = keys_methods,
    .getsets = view_getsets,
};

Type dict_items_type = {
    TYPE_HEAD_INIT,
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_free = obj_free,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .nb = {[NB_SUBTRACT] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor},
    .methods = items_methods,
    .getsets = view_getsets,
};

Type dict_values_type = {
    TYPE_HEAD_INIT,
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_free = obj_free,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};

/* ---- mappingproxy ------------------------------------------------------------------- */

typedef struct MappingProxy {
    Object ob;
    Ref mapping;
} MappingProxy;

#define MP(r) ((MappingProxy *)ref_obj(r))

static bool is_mapping_arg(Ref m) {
    return !ref_is_int(m) && ref_type(m)->getitem != NULL && !list_check(m) && !tuple_check(m);
}

static Ref mp_make(Thread *t, Ref mapping) {
    MappingProxy *p = (MappingProxy *)obj_alloc(t, &mappingproxy_type, sizeof(MappingProxy));
    if (!p) return REF_NULL;
    p->mapping = ref_dup(mapping);
    gc_track((Object *)p);
    return ref_from_obj((Object *)p);
}

Object *mappingproxy_new(Thread *t, Object *mapping) {
    return ref_obj_or_null(mp_make(t, ref_from_obj(mapping)));
}

static Ref mp_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"mapping", NULL};
    static const ArgSpec spec = {"mappingproxy", names, 1, -1};
    Ref m;
    if (!args_parse(t, &spec, args, nargs, kwnames, &m)) return REF_NULL;
    if (!is_mapping_arg(m))
        return err_format(t, &exc_TypeError, "mappingproxy() argument must be a mapping, not %T", m);
    return mp_make(t, m);
}

static void mp_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((MappingProxy *)o)->mapping);
    o->ob_type->tp_free(o);
}

static int mp_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((MappingProxy *)o)->mapping);
    return 0;
}

static intptr_t mp_len(Thread *t, Ref self) { return obj_len(t, MP(self)->mapping); }
static Ref mp_getitem(Thread *t, Ref self, Ref key) { return obj_getitem(t, MP(self)->mapping, key); }
static Ref mp_iter(Thread *t, Ref self) { return obj_iter(t, MP(self)->mapping); }
static Ref mp_str(Thread *t, Ref self) { return obj_str(t, MP(self)->mapping); }

static int mp_contains(Thread *t, Ref self, Ref key) {
    if (dict_check_exact(MP(self)->mapping)) return dict_contains(t, ref_obj(MP(self)->mapping), key);
    return obj_contains(t, MP(self)->mapping, key);
}

static Ref mp_repr(Thread *t, Ref self) {
    return ref_from_obj(str_from_format(t, "mappingproxy(%R)", MP(self)->mapping));
}

static Ref mp_richcompare(Thread *t, Ref self, Ref other, int op) {
    return obj_richcompare(t, MP(self)->mapping, other, op);
}

static Ref mp_or(Thread *t, Ref a, Ref b) {
    if (ref_is_obj(a) && ref_obj(a)->ob_type == &mappingproxy_type) a = MP(a)->mapping;
    if (ref_is_obj(b) && ref_obj(b)->ob_type == &mappingproxy_type) b = MP(b)->mapping;
    return obj_binop(t, a, b, NB_OR);
}

static Ref mp_ior(Thread *t, Ref a, Ref b) {
    return err_format(t, &exc_TypeError, "'|=' is not supported by %T; use '|' instead", a);
}

static Ref mp_call_method(Thread *t, Ref self, const char *name, const Ref *args, size_t nargs) {
    Object *n = str_from_cstr(t, name);
    if (!n) return REF_NULL;
    Ref r = obj_call_method(t, MP(self)->mapping, n, args, nargs);
    obj_decref(n);
    return r;
}

static Ref mp_get(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "get", kwnames) || !args_count(t, "get", nargs, NULL, 1, 2)) return REF_NULL;
    Ref a[2] = {args[0], nargs > 1 ? args[1] : REF_NONE};
    return obj_call_method(t, MP(self)->mapping, ID(get), a, 2);
}

static Ref mp_keys(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "keys", nargs, kwnames)) return REF_NULL;
    return obj_call_method(t, MP(self)->mapping, ID(keys), NULL, 0);
}
static Ref mp_values(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "values", nargs, kwnames)) return REF_NULL;
    return obj_call_method(t, MP(self)->mapping, ID(values), NULL, 0);
}
static Ref mp_items(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "items", nargs, kwnames)) return REF_NULL;
    return obj_call_method(t, MP(self)->mapping, ID(items), NULL, 0);
}
static Ref mp_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    return mp_call_method(t, self, "copy", NULL, 0);
}
static Ref mp_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reversed__", nargs, kwnames)) return REF_NULL;
    return reversed_new(t, MP(self)->mapping);
}

static const MethodDef mp_methods[] = {
    {"get", mp_get, 0, NULL},
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {"__reversed__", mp_reversed, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type mappingproxy_type = {
    TYPE_HEAD_INIT,
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxy),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_MAPPING,
    .tp_dealloc = mp_dealloc,
    .tp_traverse = mp_traverse,
    .tp_free = obj_free,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .new_ = mp_tp_new,
    .iter = mp_iter,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .nb = {[NB_OR] = mp_or},
    .nb_inplace = {[NB_OR] = mp_ior},
    .methods = mp_methods,
};
