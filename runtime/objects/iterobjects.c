/* The built-in iterator types: iterators over tuples and lists, the generic sequence
 * iterator (__getitem__ with 0, 1, 2, ...), iter(callable, sentinel), enumerate, zip,
 * map, filter and reversed. Each drops its references as soon as it is exhausted. */
#include "spry.h"
#include "objects/container_util.h"

/* ---- tuple, list and sequence iterators (SeqIter) ---------------------------------- */

static Object *seqiter_make(Thread *t, Type *type, Object *seq, intptr_t index) {
    SeqIter *it = (SeqIter *)obj_alloc(t, type, sizeof(SeqIter));
    if (!it) return NULL;
    obj_incref(seq);
    it->seq = seq;
    it->index = index;
    gc_track((Object *)it);
    return (Object *)it;
}

Object *tuple_iter_new(Thread *t, Object *tuple) { return seqiter_make(t, &tuple_iter_type, tuple, 0); }
Object *list_iter_new(Thread *t, Object *list) { return seqiter_make(t, &list_iter_type, list, 0); }
Object *list_reviter_new(Thread *t, Object *list) {
    return seqiter_make(t, &list_reviter_type, list, list_size(list) - 1);
}

Object *seq_iter_new(Thread *t, Ref seq) {
    if (!ref_is_obj(seq)) {
        err_format(t, &exc_TypeError, "'%T' object is not iterable", seq);
        return NULL;
    }
    return seqiter_make(t, &seq_iter_type, ref_obj(seq), 0);
}

static void seqiter_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((SeqIter *)o)->seq);
    o->ob_type->tp_free(o);
}

static int seqiter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(((SeqIter *)o)->seq);
    return 0;
}

static Ref exhaust(SeqIter *it) {
    Object *s = it->seq;
    it->seq = NULL;
    obj_xdecref(s);
    return REF_NULL;
}

static Ref tupleiter_next(Thread *t, Ref self) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index < tuple_size(it->seq)) return ref_dup(tuple_items(it->seq)[it->index++]);
    return exhaust(it);
}

static Ref listiter_next(Thread *t, Ref self) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index < list_size(it->seq)) return ref_dup(list_items(it->seq)[it->index++]);
    return exhaust(it);
}

static Ref listreviter_next(Thread *t, Ref self) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index >= 0 && it->index < list_size(it->seq)) return ref_dup(list_items(it->seq)[it->index--]);
    it->index = -1;
    return exhaust(it);
}

static Ref seqiter_next(Thread *t, Ref self) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index == INTPTR_MAX) {
        return err_set(t, &exc_OverflowError, "iter index too large");
    }
    Ref v = obj_getitem(t, ref_from_obj(it->seq), ref_from_int(it->index));
    if (!ref_is_null(v)) {
        it->index++;
        return v;
    }
    if (err_matches(t, &exc_IndexError) || err_matches(t, &exc_StopIteration)) {
        err_clear(t);
        return exhaust(it);
    }
    return REF_NULL;
}

static Ref tupleiter_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    intptr_t n = it->seq ? tuple_size(it->seq) - it->index : 0;
    return ref_from_int(n < 0 ? 0 : n);
}

static Ref listiter_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    intptr_t n = it->seq ? list_size(it->seq) - it->index : 0;
    return ref_from_int(n < 0 ? 0 : n);
}

static Ref listreviter_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    intptr_t n = it->seq && it->index < list_size(it->seq) ? it->index + 1 : 0;
    return ref_from_int(n < 0 ? 0 : n);
}

static Ref seqiter_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    SeqIter *it = (SeqIter *)ref_obj(self);
    if (!it->seq) return ref_from_int(0);
    Ref seq = ref_from_obj(it->seq);
    if (!ref_type(seq)->len) return REF_NOTIMPLEMENTED;
    intptr_t n = obj_len(t, seq);
    if (n < 0) {
        if (!err_matches(t, &exc_TypeError)) return REF_NULL;
        err_clear(t);
        return REF_NOTIMPLEMENTED;
    }
    n -= it->index;
    return ref_from_int(n < 0 ? 0 : n);
}

#define HINT_METHODS(name, fn)                                                             \
    static const MethodDef name[] = {                                                      \
        {"__length_hint__", fn, 0, NULL},                                                  \
        {NULL, NULL, 0, NULL},                                                             \
    }
HINT_METHODS(tupleiter_methods, tupleiter_hint);
HINT_METHODS(listiter_methods, listiter_hint);
HINT_METHODS(listreviter_methods, listreviter_hint);
HINT_METHODS(seqiter_methods, seqiter_hint);

#define SEQ_ITER_TYPE(cname, pyname, nextfn, meths)                                        \
    Type cname = {                                                                         \
        TYPE_HEAD_INIT,                                                                    \
        .tp_name = pyname,                                                                 \
        .tp_basicsize = sizeof(SeqIter),                                                   \
        .tp_flags = TPFLAG_HAVE_GC,                                                        \
        .tp_dealloc = seqiter_dealloc,                                                     \
        .tp_traverse = seqiter_traverse,                                                   \
        .tp_free = obj_free,                                                               \
        .iter = cu_self_iter,                                                              \
        .iternext = nextfn,                                                                \
        .methods = meths,                                                                  \
    }

SEQ_ITER_TYPE(tuple_iter_type, "tuple_iterator", tupleiter_next, tupleiter_methods);
SEQ_ITER_TYPE(list_iter_type, "list_iterator", listiter_next, listiter_methods);
SEQ_ITER_TYPE(list_reviter_type, "list_reverseiterator", listreviter_next, listreviter_methods);
SEQ_ITER_TYPE(seq_iter_type, "iterator", seqiter_next, seqiter_methods);
#undef SEQ_ITER_TYPE

/* ---- iter(callable, sentinel) ------------------------------------------------------- */

typedef struct CallIter {
    Object ob;
    Ref callable, sentinel;   /* REF_NULL once exhausted */
} CallIter;

Object *callable_iter_new(Thread *t, Ref callable, Ref sentinel) {
    CallIter *it = (CallIter *)obj_alloc(t, &callable_iter_type, sizeof(CallIter));
    if (!it) return NULL;
    it->callable = ref_dup(callable);
    it->sentinel = ref_dup(sentinel);
    gc_track((Object *)it);
    return (Object *)it;
}

static void calliter_clear_refs(CallIter *it) {
    Ref c = it->callable, s = it->sentinel;
    it->callable = it->sentinel = REF_NULL;
    ref_close(c);
    ref_close(s);
}

static void calliter_dealloc(Object *o) {
    gc_untrack(o);
    calliter_clear_refs((CallIter *)o);
    o->ob_type->tp_free(o);
}

static int calliter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((CallIter *)o)->callable);
    VISIT_REF(((CallIter *)o)->sentinel);
    return 0;
}

static int calliter_clear(Object *o) {
    calliter_clear_refs((CallIter *)o);
    return 0;
}

static Ref calliter_next(Thread *t, Ref self) {
    CallIter *it = (CallIter *)ref_obj(self);
    if (ref_is_null(it->callable)) return REF_NULL;
    Ref v = obj_call0(t, it->callable);
    if (ref_is_null(v)) {
        if (err_matches(t, &exc_StopIteration)) {
            err_clear(t);
            calliter_clear_refs(it);
        }
        return REF_NULL;
    }
    int eq = obj_richcompare_bool(t, it->sentinel, v, CMP_EQ);
    if (eq == 0) return v;
    ref_close(v);
    if (eq > 0) calliter_clear_refs(it);
    return REF_NULL;
}

Type callable_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIter),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_clear = calliter_clear,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = calliter_next,
};

/* ---- enumerate ---------------------------------------------------------------------- */

typedef struct Enumerate {
    Object ob;
    Ref it;        /* the underlying iterator */
    Ref count;     /* next index (an int) */
} Enumerate;

static Ref enum_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    static const ArgSpec spec = {"enumerate", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    Ref start = ref_from_int(0);
    if (!ref_is_null(a[1])) {
        Ref ix = obj_index(t, a[1]);
        if (ref_is_null(ix)) return REF_NULL;
        start = int_exact(t, ix);   /* enumerate(x, True) counts from 1, not True */
        ref_close(ix);
        if (ref_is_null(start)) return REF_NULL;
    }
    Ref it = obj_iter(t, a[0]);
    if (ref_is_null(it)) {
        ref_close(start);
        return REF_NULL;
    }
    Enumerate *e = (Enumerate *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!e) {
        ref_close(it);
        ref_close(start);
        return REF_NULL;
    }
    e->it = it;
    e->count = start;
    gc_track((Object *)e);
    return ref_from_obj((Object *)e);
}

static void enum_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((Enumerate *)o)->it);
    ref_close(((Enumerate *)o)->count);
    o->ob_type->tp_free(o);
}

static int enum_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((Enumerate *)o)->it);
    VISIT_REF(((Enumerate *)o)->count);
    return 0;
}

static Ref enum_next(Thread *t, Ref self) {
    Enumerate *e = (Enumerate *)ref_obj(self);
    Ref item = obj_next(t, e->it);
    if (ref_is_null(item)) return REF_NULL;
    Ref idx = e->count, next;
    if (ref_is_int(idx) && ref_int(idx) < REF_INT_MAX) next = ref_from_int(ref_int(idx) + 1);
    else {
        next = int_add(t, idx, ref_from_int(1));
        if (ref_is_null(next)) {
            ref_close(item);
            return REF_NULL;
        }
    }
    e->count = next;
    Ref pair[2] = {idx, item};
    return ref_from_obj(tuple_from_array_steal(t, pair, 2));
}

static const MethodDef enum_methods[] = {
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type enumerate_type = {
    TYPE_HEAD_INIT,
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(Enumerate),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = enum_dealloc,
    .tp_traverse = enum_traverse,
    .tp_free = obj_free,
    .new_ = enum_new,
    .iter = cu_self_iter,
    .iternext = enum_next,
    .methods = enum_methods,
};

/* ---- zip ---------------------------------------------------------------------------- */

typedef struct Zip {
    Object ob;
    Object *iters;   /* tuple of iterators */
    bool strict;
} Zip;

static Ref zip_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    bool strict = false;
    if (kwnames) {
        for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
            Ref name = tuple_get(kwnames, i);
            if (!str_eq_cstr(ref_obj(name), "strict"))
                return err_format(t, &exc_TypeError,
                                  "zip() got an unexpected keyword argument '%S'", name);
            int s = obj_truthy(t, args[nargs + (size_t)i]);
            if (s < 0) return REF_NULL;
            strict = s;
        }
    }
    Object *iters = tuple_new(t, (intptr_t)nargs);
    if (!iters) return REF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        Ref it = obj_iter(t, args[i]);
        if (ref_is_null(it)) {
            obj_decref(iters);
            return REF_NULL;
        }
        TUPLE(iters)->items[i] = it;
    }
    Zip *z = (Zip *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!z) {
        obj_decref(iters);
        return REF_NULL;
    }
    z->iters = iters;
    z->strict = strict;
    gc_track((Object *)z);
    return ref_from_obj((Object *)z);
}

static void zip_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((Zip *)o)->iters);
    o->ob_type->tp_free(o);
}

static int zip_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(((Zip *)o)->iters);
    return 0;
}

static Ref zip_next(Thread *t, Ref self) {
    Zip *z = (Zip *)ref_obj(self);
    intptr_t n = tuple_size(z->iters);
    if (n == 0) return REF_NULL;
    Object *res = tuple_new(t, n);
    if (!res) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) {
        Ref item = obj_next(t, tuple_get(z->iters, i));
        if (!ref_is_null(item)) {
            TUPLE(res)->items[i] = item;
            continue;
        }
        obj_decref(res);
        if (err_occurred(t) || !z->strict) return REF_NULL;
        if (i > 0) {
            return err_format(t, &exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                              i + 1, i == 1 ? " " : "s 1-", i);
        }
        for (intptr_t j = 1; j < n; j++) {
            Ref extra = obj_next(t, tuple_get(z->iters, j));
            if (!ref_is_null(extra)) {
                ref_close(extra);
                return err_format(t, &exc_ValueError,
                                  "zip() argument %zd is longer than argument%s%zd", j + 1,
                                  j == 1 ? " " : "s 1-", j);
            }
            if (err_occurred(t)) return REF_NULL;
        }
        return REF_NULL;
    }
    return ref_from_obj(res);
}

Type zip_type = {
    TYPE_HEAD_INIT,
    .tp_name = "zip",
    .tp_basicsize = sizeof(Zip),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_free = obj_free,
    .new_ = zip_new,
    .iter = cu_self_iter,
    .iternext = zip_next,
};

/* ---- map ---------------------------------------------------------------------------- */

typedef struct Map {
    Object ob;
    Ref func;
    Object *iters;   /* tuple of iterators */
} Map;

static Ref map_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &map_type && !args_no_kw(t, "map", kwnames)) return REF_NULL;
    if (nargs < 2) return err_set(t, &exc_TypeError, "map() must have at least two arguments.");
    Object *iters = tuple_new(t, (intptr_t)nargs - 1);
    if (!iters) return REF_NULL;
    for (size_t i = 1; i < nargs; i++) {
        Ref it = obj_iter(t, args[i]);
        if (ref_is_null(it)) {
            obj_decref(iters);
            return REF_NULL;
        }
        TUPLE(iters)->items[i - 1] = it;
    }
    Map *m = (Map *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!m) {
        obj_decref(iters);
        return REF_NULL;
    }
    m->func = ref_dup(args[0]);
    m->iters = iters;
    gc_track((Object *)m);
    return ref_from_obj((Object *)m);
}

static void map_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((Map *)o)->func);
    obj_xdecref(((Map *)o)->iters);
    o->ob_type->tp_free(o);
}

static int map_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((Map *)o)->func);
    VISIT_OBJ(((Map *)o)->iters);
    return 0;
}

static Ref map_next(Thread *t, Ref self) {
    Map *m = (Map *)ref_obj(self);
    intptr_t n = tuple_size(m->iters);
    Ref small[8];
    Ref *items = n <= 8 ? small : mem_alloc(t, (size_t)n * sizeof(Ref));
    if (!items) return REF_NULL;
    intptr_t got = 0;
    Ref res = REF_NULL;
    for (; got < n; got++) {
        items[got] = obj_next(t, tuple_get(m->iters, got));
        if (ref_is_null(items[got])) goto done;
    }
    res = obj_call(t, m->func, items, (size_t)n, NULL);
done:
    for (intptr_t i = 0; i < got; i++) ref_close(items[i]);
    if (items != small) mem_free(items);
    return res;
}

Type map_type = {
    TYPE_HEAD_INIT,
    .tp_name = "map",
    .tp_basicsize = sizeof(Map),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = map_dealloc,
    .tp_traverse = map_traverse,
    .tp_free = obj_free,
    .new_ = map_new,
    .iter = cu_self_iter,
    .iternext = map_next,
};

/* ---- filter ------------------------------------------------------------------------- */

typedef struct Filter {
    Object ob;
    Ref func;      /* None: keep truthy items */
    Ref it;
} Filter;

static Ref filter_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &filter_type && !args_no_kw(t, "filter", kwnames)) return REF_NULL;
    if (!args_count(t, "filter", nargs, NULL, 2, 2)) return REF_NULL;
    Ref it = obj_iter(t, args[1]);
    if (ref_is_null(it)) return REF_NULL;
    Filter *f = (Filter *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!f) {
        ref_close(it);
        return REF_NULL;
    }
    f->func = ref_dup(args[0]);
    f->it = it;
    gc_track((Object *)f);
    return ref_from_obj((Object *)f);
}

static void filter_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((Filter *)o)->func);
    ref_close(((Filter *)o)->it);
    o->ob_type->tp_free(o);
}

static int filter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((Filter *)o)->func);
    VISIT_REF(((Filter *)o)->it);
    return 0;
}

static Ref filter_next(Thread *t, Ref self) {
    Filter *f = (Filter *)ref_obj(self);
    bool truth_only = ref_is_none(f->func) || ref_is_object(f->func, &bool_type);
    for (;;) {
        Ref item = obj_next(t, f->it);
        if (ref_is_null(item)) return REF_NULL;
        int ok;
        if (truth_only) {
            ok = obj_truthy(t, item);
        } else {
            Ref r = obj_call1(t, f->func, item);
            if (ref_is_null(r)) {
                ref_close(item);
                return REF_NULL;
            }
            ok = obj_truthy(t, r);
            ref_close(r);
        }
        if (ok > 0) return item;
        ref_close(item);
        if (ok < 0) return REF_NULL;
    }
}

Type filter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "filter",
    .tp_basicsize = sizeof(Filter),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = filter_dealloc,
    .tp_traverse = filter_traverse,
    .tp_free = obj_free,
    .new_ = filter_new,
    .iter = cu_self_iter,
    .iternext = filter_next,
};

/* ---- reversed ----------------------------------------------------------------------- */

typedef struct Reversed {
    Object ob;
    intptr_t index;  /* next index to fetch; -1 when done */
    Ref seq;         /* REF_NULL when done */
} Reversed;

static Ref reversed_make(Thread *t, Type *type, Ref seq) {
    Ref meth = obj_lookup_special(t, seq, ID(__reversed__));
    if (ref_is_null(meth) && err_occurred(t)) return REF_NULL;
    if (!ref_is_null(meth)) {
        if (!ref_is_none(meth)) {
            Ref r = obj_call0(t, meth);
            ref_close(meth);
            return r;
        }
        ref_close(meth);
        return err_format(t, &exc_TypeError, "'%T' object is not reversible", seq);
    }
    if (ref_is_int(seq) || dict_check(seq) || ref_type(seq)->getitem == NULL)
        return err_format(t, &exc_TypeError, "'%T' object is not reversible", seq);
    intptr_t n = obj_len(t, seq);
    if (n < 0) return REF_NULL;
    Reversed *r = (Reversed *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!r) return REF_NULL;
    r->index = n - 1;
    r->seq = ref_dup(seq);
    gc_track((Object *)r);
    return ref_from_obj((Object *)r);
}

Ref reversed_new(Thread *t, Ref seq) { return reversed_make(t, &reversed_type, seq); }

static Ref reversed_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &reversed_type && !args_no_kw(t, "reversed", kwnames)) return REF_NULL;
    if (!args_count(t, "reversed", nargs, NULL, 1, 1)) return REF_NULL;
    return reversed_make(t, type, args[0]);
}

static void reversed_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((Reversed *)o)->seq);
    o->ob_type->tp_free(o);
}

static int reversed_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_REF(((Reversed *)o)->seq);
    return 0;
}

static Ref reversed_next(Thread *t, Ref self) {
    Reversed *r = (Reversed *)ref_obj(self);
    if (r->index >= 0 && !ref_is_null(r->seq)) {
        Ref v = obj_getitem(t, r->seq, ref_from_int(r->index));
        if (!ref_is_null(v)) {
            r->index--;
            return v;
        }
        if (!err_matches(t, &exc_IndexError) && !err_matches(t, &exc_StopIteration)) return REF_NULL;
        err_clear(t);
    }
    r->index = -1;
    Ref s = r->seq;
    r->seq = REF_NULL;
    ref_close(s);
    return REF_NULL;
}

static Ref reversed_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Reversed *r = (Reversed *)ref_obj(self);
    if (ref_is_null(r->seq)) return ref_from_int(0);
    intptr_t n = obj_len(t, r->seq);
    if (n < 0) return REF_NULL;
    return ref_from_int(n < r->index + 1 ? 0 : r->index + 1);
}

HINT_METHODS(reversed_methods, reversed_hint);

Type reversed_type = {
    TYPE_HEAD_INIT,
    .tp_name = "reversed",
    .tp_basicsize = sizeof(Reversed),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = reversed_dealloc,
    .tp_traverse = reversed_traverse,
    .tp_free = obj_free,
    .new_ = reversed_tp_new,
    .iter = cu_self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};
