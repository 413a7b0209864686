/* The _heapq module: the heap primitives heapq.py re-exports, with CPython 3.11's
 * algorithms (so heaps end up laid out exactly as CPython's) and messages. A heap is a
 * list with a[k] <= a[2k+1] and a[k] <= a[2k+2]; the _max variants keep the reverse.
 * Every comparison may run Python code that mutates the list, so items are re-read after
 * each one and a change of length raises RuntimeError. */
#include "modules/modules.h"
#include "spry.h"
#include "objects/container_util.h"

#include <stdio.h>

/* Is a < b (max heaps: b < a)? 1, 0 or -1 with an exception set. Holds references
 * to both across the call: __lt__ may drop them from the list. */
static int heap_less(Thread *t, Ref a, Ref b, bool max) {
    if (max) {
        Ref tmp = a;
        a = b;
        b = tmp;
    }
    if (ref_is_int(a) && ref_is_int(b)) return ref_int(a) < ref_int(b);
    a = ref_dup(a);
    b = ref_dup(b);
    int r;
    bool lists = list_check_exact(a) && list_check_exact(b);
    if (lists || (tuple_check_exact(a) && tuple_check_exact(b))) {
        /* the usual entries, (priority, ...) tuples or lists, compared without the
         * generic dispatch; their items still go through obj_richcompare */
        Ref res = tuple_compare_arrays(t, ref_obj(a), ref_obj(b), CMP_LT, lists);
        r = ref_is_null(res) ? -1 : obj_truthy(t, res);
        ref_close(res);
    } else {
        r = obj_richcompare_bool(t, a, b, CMP_LT);
    }
    ref_close(a);
    ref_close(b);
    return r;
}

static int size_changed(Thread *t) {
    err_set(t, &exc_RuntimeError, "list changed size during iteration");
    return -1;
}

static void swap_items(Object *heap, intptr_t i, intptr_t j) {
    Ref *items = list_items(heap);
    Ref tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
}

/* Moves the item at pos up towards startpos while it is less than its parent. */
static int sift_toward_root(Thread *t, Object *heap, intptr_t startpos, intptr_t pos, bool max) {
    intptr_t size = list_size(heap);
    if (pos >= size) return 0;
    while (pos > startpos) {
        intptr_t parentpos = (pos - 1) >> 1;
        int lt = heap_less(t, list_items(heap)[pos], list_items(heap)[parentpos], max);
        if (lt < 0) return -1;
        if (list_size(heap) != size) return size_changed(t);
        if (!lt) break;
        swap_items(heap, parentpos, pos);
        pos = parentpos;
    }
    return 0;
}

/* Moves the item at pos down to a leaf along the path of lesser children, then back up
 * to its place: fewer comparisons than stopping early (Knuth's bottom-up variant). */
static int sift_to_leaf(Thread *t, Object *heap, intptr_t pos, bool max) {
    intptr_t endpos = list_size(heap);
    intptr_t startpos = pos;
    if (pos >= endpos) return 0;
    while (pos < endpos >> 1) {
        intptr_t child = 2 * pos + 1;
        if (child + 1 < endpos) {
            int lt = heap_less(t, list_items(heap)[child], list_items(heap)[child + 1], max);
            if (lt < 0) return -1;
            if (!lt) child++;
            if (list_size(heap) != endpos) return size_changed(t);
        }
        swap_items(heap, child, pos);
        pos = child;
    }
    return sift_toward_root(t, heap, startpos, pos, max);
}

/* The heap argument: a list (subclasses too), else CPython's argument-clinic TypeError. */
static Object *heap_arg(Thread *t, const char *fname, const char *which, Ref heap) {
    if (list_check(heap)) return ref_obj(heap);
    err_format(t, &exc_TypeError, "%s() %s must be list, not %s", fname, which,
               ref_is_none(heap) ? "None" : type_name(ref_type(heap)));
    return NULL;
}

/* Argument counts with CPython's messages: a keyword or a wrong count for a one-argument
 * function names it "_heapq.f", a wrong count for a two-argument one just "f". */
static bool heap_args(Thread *t, const char *fname, size_t nargs, Object *kw, size_t want) {
    if (!kw && nargs == want) return true;       /* the usual call: no message to build */
    char qualname[48];
    snprintf(qualname, sizeof qualname, "_heapq.%s", fname);
    if (want == 1) return args_one(t, qualname, nargs, kw);
    return args_no_kw(t, qualname, kw) && args_count(t, fname, nargs, NULL, want, want);
}

static Ref do_push(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool max) {
    if (!heap_args(t, fname, nargs, kw, 2)) return REF_NULL;
    Object *heap = heap_arg(t, fname, "argument 1", args[0]);
    if (!heap || list_append(t, heap, args[1]) < 0) return REF_NULL;
    if (sift_toward_root(t, heap, 0, list_size(heap) - 1, max) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref do_pop(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool max) {
    if (!heap_args(t, fname, nargs, kw, 1)) return REF_NULL;
    Object *heap = heap_arg(t, fname, "argument", args[0]);
    if (!heap) return REF_NULL;
    intptr_t n = list_size(heap);
    if (n == 0) return err_set(t, &exc_IndexError, "index out of range");
    Ref last = list_pop(t, heap, -1);
    if (ref_is_null(last) || n == 1) return last;
    Ref result = list_items(heap)[0];
    list_items(heap)[0] = last;
    if (sift_to_leaf(t, heap, 0, max) < 0) {
        ref_close(result);
        return REF_NULL;
    }
    return result;
}

static Ref do_replace(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool max) {
    if (!heap_args(t, fname, nargs, kw, 2)) return REF_NULL;
    Object *heap = heap_arg(t, fname, "argument 1", args[0]);
    if (!heap) return REF_NULL;
    if (list_size(heap) == 0) return err_set(t, &exc_IndexError, "index out of range");
    Ref result = list_items(heap)[0];
    list_items(heap)[0] = ref_dup(args[1]);
    if (sift_to_leaf(t, heap, 0, max) < 0) {
        ref_close(result);
        return REF_NULL;
    }
    return result;
}

/* Sifts every parent down, children before parents. Large heaps go subtree by subtree
 * (each left child's parent right after it) so the work stays in cache, as CPython does;
 * the order of comparisons, and so the resulting layout, matches CPython's. */
static int heapify_list(Thread *t, Object *heap, bool max) {
    intptr_t n = list_size(heap);
    if (n <= 2500) {
        for (intptr_t i = (n >> 1) - 1; i >= 0; i--)
            if (sift_to_leaf(t, heap, i, max) < 0) return -1;
        return 0;
    }
    intptr_t first_leaf = n >> 1;
    intptr_t row_start = 1;
    while (row_start * 2 <= first_leaf + 1) row_start *= 2;
    row_start--;                       /* leftmost node in first_leaf's row */
    intptr_t last_parent_row = first_leaf >> 1;
    intptr_t ranges[2][2] = {{row_start - 1, last_parent_row}, {first_leaf - 1, row_start}};
    for (int r = 0; r < 2; r++) {
        for (intptr_t i = ranges[r][0]; i >= ranges[r][1]; i--) {
            for (intptr_t j = i;; j >>= 1) {
                if (sift_to_leaf(t, heap, j, max) < 0) return -1;
                if (!(j & 1)) break;
            }
        }
    }
    return 0;
}

static Ref do_heapify(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool max) {
    if (!heap_args(t, fname, nargs, kw, 1)) return REF_NULL;
    Object *heap = heap_arg(t, fname, "argument", args[0]);
    if (!heap || heapify_list(t, heap, max) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref heapq_heappush(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_push(t, "heappush", args, nargs, kw, false);
}
static Ref heapq_heappop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_pop(t, "heappop", args, nargs, kw, false);
}
static Ref heapq_heapreplace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_replace(t, "heapreplace", args, nargs, kw, false);
}
static Ref heapq_heapify(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_heapify(t, "heapify", args, nargs, kw, false);
}
static Ref heapq_heappop_max(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_pop(t, "_heappop_max", args, nargs, kw, true);
}
static Ref heapq_heapreplace_max(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_replace(t, "_heapreplace_max", args, nargs, kw, true);
}
static Ref heapq_heapify_max(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    return do_heapify(t, "_heapify_max", args, nargs, kw, true);
}

/* heappushpop(heap, item): item itself when it is not greater than the top. */
static Ref heapq_heappushpop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    if (!heap_args(t, "heappushpop", nargs, kw, 2)) return REF_NULL;
    Object *heap = heap_arg(t, "heappushpop", "argument 1", args[0]);
    if (!heap) return REF_NULL;
    if (list_size(heap) == 0) return ref_dup(args[1]);
    int lt = heap_less(t, list_items(heap)[0], args[1], false);
    if (lt < 0) return REF_NULL;
    if (!lt) return ref_dup(args[1]);
    if (list_size(heap) == 0) return err_set(t, &exc_IndexError, "index out of range");
    Ref result = list_items(heap)[0];
    list_items(heap)[0] = ref_dup(args[1]);
    if (sift_to_leaf(t, heap, 0, false) < 0) {
        ref_close(result);
        return REF_NULL;
    }
    return result;
}

static const MethodDef heapq_methods[] = {
    {"heappush", heapq_heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heapq_heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapq_heapreplace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heapq_heappushpop, 0, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapq_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heapq_heappop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapq_heapreplace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapq_heapify_max, 0, "Maxheap variant of heapify."},
    {NULL, NULL, 0, NULL},
};

Object *heapq_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_heapq");
    if (!m) return NULL;
    if (module_add_functions(t, m, heapq_methods) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
