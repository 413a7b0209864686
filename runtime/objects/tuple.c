/* tuple: an immutable array of Refs allocated inline after the header. The empty tuple is
 * one immortal static object; every other tuple is GC-tracked from creation (slots start
 * as REF_NULL, which traverse skips), except an arguments tuple of atoms (tuple_from_args),
 * which the collector would untrack anyway. */
#include "spry.h"
#include "objects/container_util.h"

/* The immortal (). It is a GC type, so a GCHeader must precede it (left untracked). */
static struct {
    GCHeader gc;
    VarObject ob;
    int64_t hash_unused;
} tuple_empty_storage = {
    .ob = {.ob_base = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &tuple_type}, .ob_size = 0},
};

Object *tuple_empty(void) { return (Object *)&tuple_empty_storage.ob; }

bool tuple_check(Ref r) {
    return ref_is_obj(r) && type_has_flag(ref_obj(r)->ob_type, TPFLAG_TUPLE_SUBCLASS);
}

/* Freed exact tuples of 1..TUPLE_FREELIST_SIZES items are kept per thread, by length
 * (t->tuple_freelist, linked through items[0]), and reused: popping one costs a few
 * instructions where mimalloc's zeroing allocate plus free cost about 64 (measured in
 * docs/GC.md, "Allocation"). */
#define TUPLE_FREELIST_MAX 2000

/* `zero`: clear the items (callers that fill them all at once, with nothing that can
 * allocate or collect in between, skip it). */
static Object *tuple_from_freelist(Thread *t, intptr_t n, bool zero) {
    Object *o = t->tuple_freelist[n - 1];
    t->tuple_freelist[n - 1] = (Object *)TUPLE(o)->items[0].bits;
    t->tuple_freelist_len[n - 1]--;
    gc_count_alloc(t);
    o->ob_refcnt = 1;
    if (zero) memset(TUPLE(o)->items, 0, (size_t)n * sizeof(Ref));
    return o;
}

static Object *tuple_alloc_untracked(Thread *t, intptr_t n, bool zero) {
    if (n == 0) return tuple_empty();
    return n <= TUPLE_FREELIST_SIZES && t->tuple_freelist[n - 1] ? tuple_from_freelist(t, n, zero)
                                                                  : obj_alloc_var(t, &tuple_type, n);
}

static Object *tuple_alloc(Thread *t, intptr_t n, bool zero) {
    Object *o = tuple_alloc_untracked(t, n, zero);
    if (o && n) gc_track(o);
    return o;
}

Object *tuple_new(Thread *t, intptr_t n) { return tuple_alloc(t, n, true); }

Object *tuple_from_array(Thread *t, const Ref *items, intptr_t n) {
    Object *o = tuple_alloc(t, n, false);
    if (!o) return NULL;
    for (intptr_t i = 0; i < n; i++) TUPLE(o)->items[i] = ref_dup(items[i]);
    return o;
}

Object *tuple_from_args(Thread *t, const Ref *items, intptr_t n) {
    Object *o = tuple_alloc_untracked(t, n, false);
    if (!o) return NULL;
    bool atomic = true;
    for (intptr_t i = 0; i < n; i++) {
        TUPLE(o)->items[i] = ref_dup(items[i]);
        atomic = atomic && !gc_may_close_cycle(items[i]);
    }
    if (!atomic) gc_track(o);
    return o;
}

void tuple_release_args(Thread *t, Object *o) {
    intptr_t n = tuple_size(o);
    if (o->ob_refcnt != 1 || gc_is_tracked(o) || n == 0 || n > TUPLE_FREELIST_SIZES ||
        t->tuple_freelist_len[n - 1] >= TUPLE_FREELIST_MAX) {
        obj_decref(o);
        return;
    }
    for (intptr_t i = 0; i < n; i++) ref_close(TUPLE(o)->items[i]);
    TUPLE(o)->items[0].bits = (uintptr_t)t->tuple_freelist[n - 1];
    t->tuple_freelist[n - 1] = o;
    t->tuple_freelist_len[n - 1]++;
    gc_count_free(t);
}

Object *tuple_from_array_steal(Thread *t, Ref *items, intptr_t n) {
    Object *o = tuple_alloc(t, n, false);
    if (!o) {
        for (intptr_t i = 0; i < n; i++) ref_close(items[i]);
        return NULL;
    }
    memcpy(TUPLE(o)->items, items, (size_t)n * sizeof(Ref));
    return o;
}

Object *tuple_pack(Thread *t, intptr_t n, ...) {
    Object *o = tuple_new(t, n);
    if (!o) return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) TUPLE(o)->items[i] = ref_dup(va_arg(ap, Ref));
    va_end(ap);
    return o;
}

Object *tuple_slice(Thread *t, Object *tup, intptr_t start, intptr_t stop) {
    intptr_t n = tuple_size(tup);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    if (start == 0 && stop == n && tup->ob_type == &tuple_type) {
        obj_incref(tup);
        return tup;
    }
    return tuple_from_array(t, TUPLE(tup)->items + start, stop - start);
}

Object *tuple_from_iterable(Thread *t, Ref iterable) {
    if (tuple_check_exact(iterable)) {
        obj_incref(ref_obj(iterable));
        return ref_obj(iterable);
    }
    if (list_check_exact(iterable)) {
        Object *l = ref_obj(iterable);
        return tuple_from_array(t, list_items(l), list_size(l));
    }
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return NULL;
    intptr_t cap = obj_length_hint(t, iterable, 8);
    if (cap < 0) {
        ref_close(it);
        return NULL;
    }
    if (cap < 8) cap = 8;
    Ref *buf = mem_alloc(t, (size_t)cap * sizeof(Ref));
    intptr_t n = 0;
    if (!buf) goto fail;
    for (;;) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) {
            if (err_occurred(t)) goto fail;
            break;
        }
        if (n == cap) {
            Ref *nb = mem_realloc(t, buf, (size_t)cap * 2 * sizeof(Ref));
            if (!nb) {
                ref_close(item);
                goto fail;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = item;
    }
    ref_close(it);
    Object *res = tuple_from_array_steal(t, buf, n);
    mem_free(buf);
    return res;
fail:
    ref_close(it);
    if (buf) {
        for (intptr_t i = 0; i < n; i++) ref_close(buf[i]);
        mem_free(buf);
    }
    return NULL;
}

/* ---- slots ------------------------------------------------------------------------- */

static void tuple_dealloc(Object *o) {
    gc_untrack(o);
    intptr_t n = tuple_size(o);
    for (intptr_t i = 0; i < n; i++) ref_close(TUPLE(o)->items[i]);
    Thread *t;
    if (o->ob_type == &tuple_type && n <= TUPLE_FREELIST_SIZES && (t = thread_current()) &&
        t->tuple_freelist_len[n - 1] < TUPLE_FREELIST_MAX) {
        TUPLE(o)->items[0].bits = (uintptr_t)t->tuple_freelist[n - 1];
        t->tuple_freelist[n - 1] = o;
        t->tuple_freelist_len[n - 1]++;
        gc_count_free(t);
        return;
    }
    o->ob_type->tp_free(o);
}

void tuple_release_freelists(Thread *t) {
    for (int i = 0; i < TUPLE_FREELIST_SIZES; i++) {
        while (t->tuple_freelist[i]) {
            Object *o = t->tuple_freelist[i];
            t->tuple_freelist[i] = (Object *)TUPLE(o)->items[0].bits;
            obj_free(o);
        }
        t->tuple_freelist_len[i] = 0;
    }
}

static int tuple_traverse(Object *o, VisitFn visit, void *arg) {
    intptr_t n = tuple_size(o);
    for (intptr_t i = 0; i < n; i++) VISIT_REF(TUPLE(o)->items[i]);
    return 0;
}

static Ref tuple_repr(Thread *t, Ref self) {
    Object *o = ref_obj(self);
    intptr_t n = tuple_size(o);
    if (n == 0) return ref_from_obj(str_from_cstr(t, "()"));
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_cstr(t, "(...)"));
    Object *s = list_repr_items(t, "(", TUPLE(o)->items, n, n == 1 ? ",)" : ")");
    repr_leave(t, self);
    return ref_from_obj(s);
}

/* CPython's tuple hash: an xxHash-style accumulation of the item hashes (public
 * algorithm), so equal tuples hash equal and hashes spread well. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int64_t tuple_hash(Thread *t, Ref self) {
    Object *o = ref_obj(self);
    intptr_t n = tuple_size(o);
    uint64_t acc = XXPRIME_5;
    if (!rec_enter(t, " while hashing a tuple")) return -1;
    for (intptr_t i = 0; i < n; i++) {
        int64_t h = cu_hash(t, TUPLE(o)->items[i]);
        if (h == -1) {
            rec_leave(t);
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    rec_leave(t);
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

/* Lexicographic comparison shared by tuple and list: items are compared as long as
 * they are equal; the first difference decides, else the lengths do. The arrays are
 * re-read through the callbacks' objects because comparisons may run Python code. */
static bool compare_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

Ref tuple_compare_arrays(Thread *t, Object *a, Object *b, int op, bool is_list) {
    intptr_t i, na, nb;
    /* no rec_enter here: every nested comparison goes through obj_richcompare, which
     * counts the depth once per level as CPython does */
    for (i = 0;; i++) {
        na = is_list ? list_size(a) : tuple_size(a);
        nb = is_list ? list_size(b) : tuple_size(b);
        if (i >= na || i >= nb) break;
        Ref x = is_list ? list_items(a)[i] : tuple_items(a)[i];
        Ref y = is_list ? list_items(b)[i] : tuple_items(b)[i];
        if (ref_is_int(x) && ref_is_int(y)) {
            if (x.bits != y.bits) break;   /* tagged ints: equal exactly when the bits are */
            continue;
        }
        x = ref_dup(x);
        y = ref_dup(y);
        int k = cu_eq(t, x, y);
        ref_close(x);
        ref_close(y);
        if (k < 0) return REF_NULL;
        if (!k) break;
    }
    /* the __eq__ calls may have shrunk a list: sizes decide when an index ran out */
    na = is_list ? list_size(a) : tuple_size(a);
    nb = is_list ? list_size(b) : tuple_size(b);
    if (i < na && i < nb) {
        if (op == CMP_EQ) return REF_FALSE;
        if (op == CMP_NE) return REF_TRUE;
        Ref x = is_list ? list_items(a)[i] : tuple_items(a)[i];
        Ref y = is_list ? list_items(b)[i] : tuple_items(b)[i];
        if (ref_is_int(x) && ref_is_int(y))
            return ref_from_bool(compare_i64(ref_int(x), ref_int(y), op));
        x = ref_dup(x);
        y = ref_dup(y);
        Ref res = obj_richcompare(t, x, y, op);
        ref_close(x);
        ref_close(y);
        return res;
    }
    return ref_from_bool(compare_i64(na, nb, op));
}

int tuple_items_equal(Thread *t, Object *a, Object *b) {
    intptr_t n = tuple_size(a);
    if (n != tuple_size(b)) return 0;
    /* the items stay alive: the caller holds both tuples, and tuples do not change */
    for (intptr_t i = 0; i < n; i++) {
        Ref x = tuple_items(a)[i], y = tuple_items(b)[i];
        if (ref_is(x, y)) continue;
        if (ref_is_int(x) && ref_is_int(y)) return 0;
        int k;
        if (str_check_exact(x) && str_check_exact(y)) {
            k = str_eq(ref_obj(x), ref_obj(y));
        } else {
            /* counted as one level, as tuple.__eq__ reached through obj_richcompare is */
            if (!rec_enter(t, " in comparison")) return -1;
            k = obj_richcompare_bool(t, x, y, CMP_EQ);
            rec_leave(t);
        }
        if (k <= 0) return k;
    }
    return 1;
}

static Ref tuple_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!tuple_check(a) || !tuple_check(b)) return REF_NOTIMPLEMENTED;
    Object *x = ref_obj(a), *y = ref_obj(b);
    if ((op == CMP_EQ || op == CMP_NE) && tuple_size(x) != tuple_size(y))
        return ref_from_bool(op == CMP_NE);
    return tuple_compare_arrays(t, x, y, op, false);
}

static intptr_t tuple_len(Thread *t, Ref self) { return tuple_size(ref_obj(self)); }

static int tuple_contains(Thread *t, Ref self, Ref item) {
    Object *o = ref_obj(self);
    for (intptr_t i = 0; i < tuple_size(o); i++) {
        int k = cu_eq(t, TUPLE(o)->items[i], item);
        if (k) return k;
    }
    return 0;
}

static Ref tuple_getitem(Thread *t, Ref self, Ref key) {
    Object *o = ref_obj(self);
    intptr_t n = tuple_size(o);
    if (ref_is_int(key) || (ref_type(key) != &slice_type && cu_has_index(key))) {
        intptr_t i = ref_is_int(key) ? (intptr_t)ref_int(key) : obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) return REF_NULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set(t, &exc_IndexError, "tuple index out of range");
        return ref_dup(TUPLE(o)->items[i]);
    }
    if (ref_type(key) == &slice_type) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        return ref_from_obj(tuple_get_range(t, o, start, stop, step));
    }
    return err_format(t, &exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

Object *tuple_get_range(Thread *t, Object *o, intptr_t start, intptr_t stop, intptr_t step) {
    intptr_t len = slice_adjust(tuple_size(o), &start, &stop, step);
    if (step == 1) return tuple_slice(t, o, start, stop);
    Object *res = tuple_new(t, len);
    if (!res) return NULL;
    uintptr_t j = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
    for (intptr_t i = 0; i < len; i++, j += (uintptr_t)step) TUPLE(res)->items[i] = ref_dup(TUPLE(o)->items[j]);
    return res;
}

static Ref tuple_repeat(Thread *t, Object *o, intptr_t times) {
    intptr_t n = tuple_size(o);
    if (times <= 0 || n == 0) return ref_from_obj(tuple_empty());
    if (times == 1 && o->ob_type == &tuple_type) return ref_new(o);
    if (n > INTPTR_MAX / (intptr_t)sizeof(Ref) / times) return err_no_memory(t);
    Object *res = tuple_new(t, n * times);
    if (!res) return REF_NULL;
    Ref *dst = TUPLE(res)->items;
    for (intptr_t k = 0; k < times; k++)
        for (intptr_t i = 0; i < n; i++) *dst++ = ref_dup(TUPLE(o)->items[i]);
    return ref_from_obj(res);
}

static Ref tuple_add(Thread *t, Ref a, Ref b) {
    if (!tuple_check(a)) return REF_NOTIMPLEMENTED;
    if (!tuple_check(b)) {
        if (cu_defer_to_heap_type(b, ID(__radd__))) return REF_NOTIMPLEMENTED;
        return err_format(t, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          type_name(ref_type(b)));
    }
    Object *x = ref_obj(a), *y = ref_obj(b);
    intptr_t nx = tuple_size(x), ny = tuple_size(y);
    if (ny == 0 && x->ob_type == &tuple_type) return ref_new(x);
    if (nx == 0 && y->ob_type == &tuple_type) return ref_new(y);
    Object *res = tuple_new(t, nx + ny);
    if (!res) return REF_NULL;
    for (intptr_t i = 0; i < nx; i++) TUPLE(res)->items[i] = ref_dup(TUPLE(x)->items[i]);
    for (intptr_t i = 0; i < ny; i++) TUPLE(res)->items[nx + i] = ref_dup(TUPLE(y)->items[i]);
    return ref_from_obj(res);
}

int tuple_repeat_count(Thread *t, Ref seq, Ref other, bool seq_is_left, intptr_t *count) {
    if (!cu_has_index(other)) {
        if (seq_is_left && cu_defer_to_heap_type(other, ID(__rmul__))) return 0;
        err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name(ref_type(other)));
        return -1;
    }
    intptr_t n = ref_is_int(other) ? (ref_int(other) > INTPTR_MAX ? INTPTR_MAX : (intptr_t)ref_int(other))
                                   : obj_as_ssize(t, other, &exc_OverflowError);
    if (n == -1 && err_occurred(t)) return -1;
    *count = n;
    return 1;
}

static Ref tuple_mul(Thread *t, Ref a, Ref b) {
    bool left = tuple_check(a);
    Ref seq = left ? a : b, other = left ? b : a;
    if (!tuple_check(seq)) return REF_NOTIMPLEMENTED;
    intptr_t n;
    int r = tuple_repeat_count(t, seq, other, left, &n);
    if (r <= 0) return r == 0 ? REF_NOTIMPLEMENTED : REF_NULL;
    return tuple_repeat(t, ref_obj(seq), n);
}

static Ref tuple_iter(Thread *t, Ref self);

static Ref tuple_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &tuple_type && !args_no_kw(t, "tuple", kwnames)) return REF_NULL;
    if (!args_count(t, "tuple", nargs, NULL, 0, 1)) return REF_NULL;
    Object *base = nargs ? tuple_from_iterable(t, args[0]) : tuple_empty();
    if (!base || type == &tuple_type) return ref_from_obj(base);
    /* A subclass: copy the items into an instance of the subtype. */
    intptr_t n = tuple_size(base);
    Object *o = obj_alloc_var(t, type, n);
    if (!o) {
        obj_decref(base);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < n; i++) TUPLE(o)->items[i] = ref_dup(TUPLE(base)->items[i]);
    obj_decref(base);
    gc_track(o);
    return ref_from_obj(o);
}

/* ---- methods ----------------------------------------------------------------------- */

static Ref tuple_count(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "count", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    int64_t c = 0;
    for (intptr_t i = 0; i < tuple_size(o); i++) {
        int k = cu_eq(t, TUPLE(o)->items[i], args[0]);
        if (k < 0) return REF_NULL;
        c += k;
    }
    return ref_from_int(c);
}

bool tuple_index_bounds(Thread *t, const Ref *args, size_t nargs, intptr_t n,
                        intptr_t *start, intptr_t *stop) {
    *start = 0;
    *stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        Ref v = args[k];
        if (!cu_has_index(v)) {
            err_set(t, &exc_TypeError,
                    "slice indices must be integers or have an __index__ method");
            return false;
        }
        intptr_t x = obj_as_ssize(t, v, NULL);
        if (x == -1 && err_occurred(t)) return false;
        if (k == 1) *start = x;
        else *stop = x;
    }
    if (*start < 0) {
        *start += n;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0) *stop = 0;
    }
    return true;
}

static Ref tuple_index(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "index", kwnames)) return REF_NULL;
    if (!args_count(t, "index", nargs, NULL, 1, 3)) return REF_NULL;
    Object *o = ref_obj(self);
    intptr_t start, stop;
    if (!tuple_index_bounds(t, args, nargs, tuple_size(o), &start, &stop)) return REF_NULL;
    for (intptr_t i = start; i < stop && i < tuple_size(o); i++) {
        int k = cu_eq(t, TUPLE(o)->items[i], args[0]);
        if (k < 0) return REF_NULL;
        if (k) return ref_from_int(i);
    }
    return err_set(t, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Ref tuple_getnewargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__getnewargs__", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    Object *copy = tuple_from_array(t, TUPLE(o)->items, tuple_size(o));
    if (!copy) return REF_NULL;
    Object *res = tuple_pack(t, 1, ref_from_obj(copy));
    obj_decref(copy);
    return ref_from_obj(res);
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, 0, NULL},
    {"index", tuple_index, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type tuple_type = {
    TYPE_HEAD_INIT,
    .tp_name = "tuple",
    .tp_basicsize = sizeof(Tuple),
    .tp_itemsize = sizeof(Ref),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS | TPFLAG_SEQUENCE,
    .tp_dealloc = tuple_dealloc,
    .tp_traverse = tuple_traverse,
    .tp_free = obj_free,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .new_ = tuple_tp_new,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = {[NB_ADD] = tuple_add, [NB_MULTIPLY] = tuple_mul},
    .methods = tuple_methods,
};

static Ref tuple_iter(Thread *t, Ref self) {
    return ref_from_obj(tuple_iter_new(t, ref_obj(self)));
}
