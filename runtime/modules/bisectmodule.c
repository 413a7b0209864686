/* The _bisect module: binary search over sorted sequences, which bisect.py re-exports.
 * Works on any sequence (items fetched with a[i]), with a fast path for exact lists; the
 * optional key is applied to the items probed, never to x. CPython 3.11's quirks are
 * kept: hi=None and hi=-1 both mean len(a). */
#include "modules/modules.h"
#include "spry.h"

static const char *const bisect_params[] = {"a", "x", "lo", "hi", "key", NULL};

/* The bound arguments of bisect_*(a, x, lo=0, hi=None, *, key=None) and insort_*. */
typedef struct BisectArgs {
    Ref a, x, key;      /* borrowed; key REF_NULL when None */
    intptr_t lo, hi;
} BisectArgs;

static bool bisect_bind(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw,
                        BisectArgs *out) {
    const ArgSpec spec = {fname, bisect_params, 2, 4};
    Ref v[5];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return false;
    out->a = v[0];
    out->x = v[1];
    out->key = ref_is_null(v[4]) || ref_is_none(v[4]) ? REF_NULL : v[4];
    out->lo = 0;
    out->hi = -1;
    if (!ref_is_null(v[2]) && !arg_ssize(t, v[2], &out->lo)) return false;
    if (!ref_is_null(v[3]) && !ref_is_none(v[3])) {
        if (!ref_type(v[3])->index) {  /* not an int, not __index__ */
            err_format(t, &exc_TypeError, "argument should be integer or None, not '%s'",
                       type_name(ref_type(v[3])));
            return false;
        }
        if (!arg_ssize(t, v[3], &out->hi)) return false;
    }
    return true;
}

/* a[i] (through key when given), a new reference. */
static Ref probe(Thread *t, Ref a, intptr_t i, Ref key) {
    Ref item;
    if (list_check_exact(a) && i < list_size(ref_obj(a)))
        item = ref_dup(list_items(ref_obj(a))[i]);
    else
        item = obj_getitem(t, a, ref_from_int(i));
    if (ref_is_null(item) || ref_is_null(key)) return item;
    Ref keyed = obj_call1(t, key, item);
    ref_close(item);
    return keyed;
}

/* The insertion point for x in a[lo:hi]: before equal items (left) or after them. -1 with
 * an exception set on failure. */
static intptr_t bisect_index(Thread *t, const BisectArgs *b, Ref x, bool right) {
    intptr_t lo = b->lo, hi = b->hi;
    if (lo < 0) {
        err_set(t, &exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1 && (hi = obj_len(t, b->a)) < 0) return -1;
    while (lo < hi) {
        intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
        Ref item = probe(t, b->a, mid, b->key);
        if (ref_is_null(item)) return -1;
        int lt = right ? obj_richcompare_bool(t, x, item, CMP_LT) : obj_richcompare_bool(t, item, x, CMP_LT);
        ref_close(item);
        if (lt < 0) return -1;
        if (lt == right) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static Ref do_bisect(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool right) {
    BisectArgs b;
    if (!bisect_bind(t, fname, args, nargs, kw, &b)) return REF_NULL;
    intptr_t i = bisect_index(t, &b, b.x, right);
    return i < 0 ? REF_NULL : ref_from_int(i);
}

/* insort: x goes in at its bisect point (found with key(x) when there is a key), by
 * list.insert for exact lists and a.insert(i, x) for anything else. */
static Ref do_insort(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool right) {
    BisectArgs b;
    if (!bisect_bind(t, fname, args, nargs, kw, &b)) return REF_NULL;
    Ref x = ref_is_null(b.key) ? ref_dup(b.x) : obj_call1(t, b.key, b.x);
    if (ref_is_null(x)) return REF_NULL;
    intptr_t i = bisect_index(t, &b, x, right);
    ref_close(x);
    if (i < 0) return REF_NULL;
    if (list_check_exact(b.a)) return list_insert(t, ref_obj(b.a), i, b.x) < 0 ? REF_NULL : REF_NONE;
    Object *name = str_from_cstr(t, "insert");
    if (!name) return REF_NULL;
    Ref call_args[2] = {ref_from_int(i), b.x};
    Ref r = obj_call_method(t, b.a, name, call_args, 2);
    obj_decref(name);
    if (ref_is_null(r)) return REF_NULL;
    ref_close(r);
    return REF_NONE;
}

static Ref bisect_bisect_left(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_bisect(t, "bisect_left", args, nargs, kw, false);
}
static Ref bisect_bisect_right(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_bisect(t, "bisect_right", args, nargs, kw, true);
}
static Ref bisect_insort_left(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_insort(t, "insort_left", args, nargs, kw, false);
}
static Ref bisect_insort_right(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_insort(t, "insort_right", args, nargs, kw, true);
}

static const MethodDef bisect_methods[] = {
    {"bisect_left", bisect_bisect_left, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_right", bisect_bisect_right, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_left", bisect_insort_left, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_right", bisect_insort_right, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL, NULL, 0, NULL},
};

Object *bisect_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_bisect");
    if (!m) return NULL;
    if (module_add_functions(t, m, bisect_methods) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
