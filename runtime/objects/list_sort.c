/* list.sort: a stable, adaptive merge sort in the spirit of Tim Peters' timsort
 * (described in CPython's Objects/listsort.txt and the literature): the input is split
 * into natural runs (non-descending, or strictly descending and then reversed), short
 * runs are extended to `minrun` with binary insertion sort, and runs are merged from a
 * stack whose lengths keep the classic invariants, so nearly sorted input costs O(n).
 * Merges first trim the parts of each run already in place (binary searches) and then
 * merge through a temporary copy of the left run.
 *
 * Semantics as CPython's list.sort:
 *   - key= is called once per item, before any comparison; if it fails the list is left
 *     unchanged.
 *   - reverse=True reverses, sorts stably, reverses back: equal items keep their order.
 *   - During the sort the list looks empty; if user code (a key or __lt__) modifies it,
 *     ValueError("list modified during sort") is raised afterwards and the modification
 *     is dropped.
 *   - A failing comparison stops the sort; the list is then some permutation of its
 *     input (every step below keeps the array a permutation between comparisons).
 *   - Homogeneous keys (all small ints, all exact str, all exact float) are compared
 *     without going through the generic protocol.
 */
#include "spry.h"
#include "objects/container_util.h"

typedef struct SortState SortState;
typedef int (*LtFn)(Thread *t, Ref a, Ref b);

/* The items being sorted: keys[] decides the order; values[] (NULL when there is no key
 * function) moves in lockstep. */
struct SortState {
    Thread *t;
    LtFn lt;
    Ref *keys, *values;
    Ref *tmp_keys, *tmp_values; /* scratch, n slots each */
    intptr_t run_base[90], run_len[90];
    int nruns;
};

static int lt_int(Thread *t, Ref a, Ref b) { return ref_int(a) < ref_int(b); }
static int lt_str(Thread *t, Ref a, Ref b) { return str_compare(ref_obj(a), ref_obj(b)) < 0; }
static int lt_float(Thread *t, Ref a, Ref b) { return float_value(a) < float_value(b); }
static int lt_generic(Thread *t, Ref a, Ref b) { return obj_richcompare_bool(t, a, b, CMP_LT); }

/* Tuples are ordered by their first items unless those are equal (tuple comparison's
 * first differing item): when those are all tagged ints, or all exact strs, that common
 * case needs no richcompare, and equal first items fall back to the whole comparison. */
static int lt_tuple_int(Thread *t, Ref a, Ref b) {
    int64_t x = ref_int(tuple_get(ref_obj(a), 0)), y = ref_int(tuple_get(ref_obj(b), 0));
    return x != y ? x < y : lt_generic(t, a, b);
}

static int lt_tuple_str(Thread *t, Ref a, Ref b) {
    Object *x = ref_obj(tuple_get(ref_obj(a), 0)), *y = ref_obj(tuple_get(ref_obj(b), 0));
    return x != y && !str_eq(x, y) ? str_compare(x, y) < 0 : lt_generic(t, a, b);
}

static LtFn choose_lt(const Ref *keys, intptr_t n) {
    if (n == 0) return lt_generic;
    bool all_int = true, all_str = true, tuples = tuple_check_exact(keys[0]);
    bool all_float = !tuples;
    for (intptr_t i = 0; i < n; i++) {
        Ref k = keys[i];
        if (tuples) { /* the first items decide which comparison fits */
            if (!tuple_check_exact(k) || tuple_size(ref_obj(k)) == 0) return lt_generic;
            k = tuple_get(ref_obj(k), 0);
        }
        if (!ref_is_int(k)) all_int = false;
        if (!str_check_exact(k)) all_str = false;
        if (!float_check_exact(k)) all_float = false;
        if (!all_int && !all_str && !all_float) return lt_generic;
    }
    if (tuples) return all_int ? lt_tuple_int : lt_tuple_str;
    return all_int ? lt_int : all_str ? lt_str : lt_float;
}

static void swap_range(Ref *a, intptr_t lo, intptr_t hi) {
    for (hi--; lo < hi; lo++, hi--) {
        Ref x = a[lo];
        a[lo] = a[hi];
        a[hi] = x;
    }
}

static void reverse_both(SortState *s, intptr_t lo, intptr_t hi) {
    swap_range(s->keys, lo, hi);
    if (s->values) swap_range(s->values, lo, hi);
}

/* Binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
static int binary_insertion(SortState *s, intptr_t lo, intptr_t hi, intptr_t start) {
    for (; start < hi; start++) {
        Ref pivot = s->keys[start];
        intptr_t l = lo, r = start;
        while (l < r) {
            intptr_t m = l + ((r - l) >> 1);
            int k = s->lt(s->t, pivot, s->keys[m]);
            if (k < 0) return -1;
            if (k) r = m;
            else l = m + 1;
        }
        /* Insert after every equal item (stability). */
        memmove(s->keys + l + 1, s->keys + l, (size_t)(start - l) * sizeof(Ref));
        s->keys[l] = pivot;
        if (s->values) {
            Ref pv = s->values[start];
            memmove(s->values + l + 1, s->values + l, (size_t)(start - l) * sizeof(Ref));
            s->values[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (at most hi - lo); a strictly descending run is
 * reversed in place. -1 on error. */
static intptr_t count_run(SortState *s, intptr_t lo, intptr_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    intptr_t i = lo + 1;
    int k = s->lt(s->t, s->keys[i], s->keys[i - 1]);
    if (k < 0) return -1;
    if (k) {
        for (i++; i < hi; i++) {
            k = s->lt(s->t, s->keys[i], s->keys[i - 1]);
            if (k < 0) return -1;
            if (!k) break;
        }
        reverse_both(s, lo, i);
    } else {
        for (i++; i < hi; i++) {
            k = s->lt(s->t, s->keys[i], s->keys[i - 1]);
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return i - lo;
}

static intptr_t compute_minrun(intptr_t n) {
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* First index i in [lo, hi) with key < keys[i] (after all equal items). */
static intptr_t search_right(SortState *s, Ref key, intptr_t lo, intptr_t hi) {
    while (lo < hi) {
        intptr_t m = lo + ((hi - lo) >> 1);
        int k = s->lt(s->t, key, s->keys[m]);
        if (k < 0) return -1;
        if (k) hi = m;
        else lo = m + 1;
    }
    return lo;
}

/* First index i in [lo, hi) with !(keys[i] < key) (before all equal items). */
static intptr_t search_left(SortState *s, Ref key, intptr_t lo, intptr_t hi) {
    while (lo < hi) {
        intptr_t m = lo + ((hi - lo) >> 1);
        int k = s->lt(s->t, s->keys[m], key);
        if (k < 0) return -1;
        if (k) lo = m + 1;
        else hi = m;
    }
    return lo;
}

/* Merges the adjacent sorted ranges [a, b) and [b, c). */
static int merge_ranges(SortState *s, intptr_t a, intptr_t b, intptr_t c) {
    /* Items of the left run not greater than the right run's first are already home. */
    intptr_t na = search_right(s, s->keys[b], a, b);
    if (na < 0) return -1;
    a = na;
    if (a == b) return 0;
    /* Items of the right run not less than the left run's last are already home. */
    intptr_t nc = search_left(s, s->keys[b - 1], b, c);
    if (nc < 0) return -1;
    c = nc;
    if (b == c) return 0;

    intptr_t nleft = b - a;
    memcpy(s->tmp_keys, s->keys + a, (size_t)nleft * sizeof(Ref));
    if (s->values) memcpy(s->tmp_values, s->values + a, (size_t)nleft * sizeof(Ref));
    intptr_t i = 0, j = b, d = a;
    int err = 0;
    /* Invariant: [d, j) is a hole exactly as big as the unmerged temp items. */
    while (i < nleft && j < c) {
        int k = s->lt(s->t, s->keys[j], s->tmp_keys[i]);
        if (k < 0) {
            err = -1;
            break;
        }
        if (k) {
            s->keys[d] = s->keys[j];
            if (s->values) s->values[d] = s->values[j];
            j++;
        } else {
            s->keys[d] = s->tmp_keys[i];
            if (s->values) s->values[d] = s->tmp_values[i];
            i++;
        }
        d++;
    }
    memcpy(s->keys + d, s->tmp_keys + i, (size_t)(nleft - i) * sizeof(Ref));
    if (s->values) memcpy(s->values + d, s->tmp_values + i, (size_t)(nleft - i) * sizeof(Ref));
    return err;
}

static int merge_at(SortState *s, int k) {
    intptr_t a = s->run_base[k], b = s->run_base[k + 1];
    intptr_t c = b + s->run_len[k + 1];
    s->run_len[k] += s->run_len[k + 1];
    if (k == s->nruns - 3) {
        s->run_base[k + 1] = s->run_base[k + 2];
        s->run_len[k + 1] = s->run_len[k + 2];
    }
    s->nruns--;
    return merge_ranges(s, a, b, c);
}

/* Keeps run lengths decreasing fast enough that the stack stays logarithmic and merges
 * stay balanced (the invariants checked on the top four runs). */
static int merge_collapse(SortState *s) {
    while (s->nruns > 1) {
        int k = s->nruns - 2;
        intptr_t *len = s->run_len;
        if ((k > 0 && len[k - 1] <= len[k] + len[k + 1]) ||
            (k > 1 && len[k - 2] <= len[k - 1] + len[k])) {
            if (len[k - 1] < len[k + 1]) k--;
        } else if (len[k] > len[k + 1]) {
            break;
        }
        if (merge_at(s, k) < 0) return -1;
    }
    return 0;
}

static int merge_force_collapse(SortState *s) {
    while (s->nruns > 1) {
        int k = s->nruns - 2;
        if (k > 0 && s->run_len[k - 1] < s->run_len[k + 1]) k--;
        if (merge_at(s, k) < 0) return -1;
    }
    return 0;
}

static int timsort(SortState *s, intptr_t n) {
    if (n < 2) return 0;
    intptr_t minrun = compute_minrun(n);
    intptr_t lo = 0;
    while (lo < n) {
        intptr_t run = count_run(s, lo, n);
        if (run < 0) return -1;
        if (run < minrun) {
            intptr_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + run) < 0) return -1;
            run = force;
        }
        s->run_base[s->nruns] = lo;
        s->run_len[s->nruns] = run;
        s->nruns++;
        if (merge_collapse(s) < 0) return -1;
        lo += run;
    }
    return merge_force_collapse(s);
}

int list_sort(Thread *t, Object *o, Ref key, bool reverse) {
    List *l = LIST(o);
    Ref *saved_items = l->items;
    intptr_t n = l->ob.ob_size, saved_alloc = l->allocated;
    /* Make the list look empty while user code may run; allocated = -1 marks it so
     * that any modification is detectable afterwards. */
    l->items = NULL;
    l->ob.ob_size = 0;
    l->allocated = -1;

    int result = 0;
    Ref *keys = NULL;
    SortState s = {.t = t};
    if (!ref_is_null(key) && n > 0) {
        keys = mem_alloc(t, (size_t)n * sizeof(Ref));
        if (!keys) {
            result = -1;
            goto restore;
        }
        for (intptr_t i = 0; i < n; i++) {
            keys[i] = obj_call1(t, key, saved_items[i]);
            if (ref_is_null(keys[i])) {
                for (intptr_t j = 0; j < i; j++) ref_close(keys[j]);
                mem_free(keys);
                keys = NULL;
                result = -1;
                goto restore;
            }
        }
        s.keys = keys;
        s.values = saved_items;
    } else {
        s.keys = saved_items;
        s.values = NULL;
    }
    if (reverse && n > 1) reverse_both(&s, 0, n);
    if (n > 1) {
        s.tmp_keys = mem_alloc(t, (size_t)n * sizeof(Ref) * (s.values ? 2 : 1));
        if (!s.tmp_keys) {
            result = -1;
        } else {
            s.tmp_values = s.values ? s.tmp_keys + n : NULL;
            s.lt = choose_lt(s.keys, n);
            if (!rec_enter(t, " in comparison")) result = -1;
            else {
                result = timsort(&s, n);
                rec_leave(t);
            }
            mem_free(s.tmp_keys);
        }
    }
    if (reverse && n > 1) reverse_both(&s, 0, n);
    if (keys) {
        for (intptr_t i = 0; i < n; i++) ref_close(keys[i]);
        mem_free(keys);
    }
    if (l->allocated != -1 && result == 0) {
        err_set(t, &exc_ValueError, "list modified during sort");
        result = -1;
    }
restore:;
    Ref *final_items = l->items;
    intptr_t final_n = l->ob.ob_size;
    l->items = saved_items;
    l->ob.ob_size = n;
    l->allocated = saved_alloc;
    if (final_items) {
        /* Whatever user code put into the list during the sort is dropped. */
        for (intptr_t i = 0; i < final_n; i++) ref_close(final_items[i]);
        mem_free(final_items);
    }
    return result;
}
