/* list: a resizable array of Refs (layout as PyListObject: ob_size items in use out of
 * `allocated`). Growth follows CPython's over-allocation formula so that amortized
 * appends are O(1) and memory use is comparable. Sorting lives in list_sort.c. */
#include "spry.h"
#include "objects/container_util.h"

bool list_check(Ref r) {
    return ref_is_obj(r) && type_has_flag(ref_obj(r)->ob_type, TPFLAG_LIST_SUBCLASS);
}

int list_resize(Thread *t, Object *o, intptr_t newsize) {
    List *l = LIST(o);
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.ob_size = newsize;
        return 0;
    }
    /* Over-allocate by about 1/8, rounded to a multiple of 4; a big jump (extend by a
     * large amount) allocates just what is needed. */
    size_t new_alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->ob.ob_size > (intptr_t)(new_alloc - (size_t)newsize))
        new_alloc = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) new_alloc = 0;
    if (new_alloc > (size_t)INTPTR_MAX / sizeof(Ref)) {
        err_no_memory(t);
        return -1;
    }
    Ref *items;
    if (new_alloc == 0) {
        mem_free(l->items);
        items = NULL;
    } else {
        items = mem_realloc(t, l->items, new_alloc * sizeof(Ref));
        if (!items) return -1;
    }
    for (intptr_t i = l->ob.ob_size; i < newsize; i++) items[i] = REF_NULL;
    l->items = items;
    l->ob.ob_size = newsize;
    l->allocated = (intptr_t)new_alloc;
    return 0;
}

/* Freed exact lists are kept per thread and reused, as tuples are (objects/tuple.c): a
 * pop costs a few instructions where mimalloc's zeroing allocation and free cost well over
 * a hundred. A small item array (LIST_KEEP_ITEMS slots at most) stays with its list for
 * the next one of that size or less (which counts only its own size as allocated; the
 * allocator grows the block in place); a kept list is linked through ob_size. */
#define LIST_FREELIST_MAX 80
#define LIST_KEEP_ITEMS 16

static Object *list_from_freelist(Thread *t) {
    Object *o = t->list_freelist;
    t->list_freelist = (Object *)(uintptr_t)LIST(o)->ob.ob_size;
    t->list_freelist_len--;
    gc_count_alloc(t);
    o->ob_refcnt = 1;
    return o;
}

void list_release_freelist(Thread *t) {
    while (t->list_freelist) {
        Object *o = t->list_freelist;
        t->list_freelist = (Object *)(uintptr_t)LIST(o)->ob.ob_size;
        mem_free(LIST(o)->items);
        obj_free(o);
    }
    t->list_freelist_len = 0;
}

/* A list of n items, NULL-filled when `zeroed`, else left for the caller to fill before
 * anything can see them. */
static Object *list_alloc(Thread *t, Type *type, intptr_t n, bool zeroed) {
    Object *o;
    if (type == &list_type && t->list_freelist) {
        o = list_from_freelist(t);
        if (LIST(o)->allocated >= n) {
            if (zeroed && n > 0) memset(LIST(o)->items, 0, (size_t)n * sizeof(Ref));
            /* as a new array's: __sizeof__ and growth do not depend on the list's past */
            LIST(o)->allocated = n;
            LIST(o)->ob.ob_size = n;
            gc_track(o);
            return o;
        }
        mem_free(LIST(o)->items);
        LIST(o)->items = NULL;
    } else {
        o = obj_alloc(t, type, (size_t)type->tp_basicsize);
        if (!o) return NULL;
    }
    if (n > 0) {
        if ((size_t)n > (size_t)INTPTR_MAX / sizeof(Ref)) {
            obj_free(o);
            err_no_memory(t);
            return NULL;
        }
        LIST(o)->items = zeroed ? mem_calloc(t, (size_t)n, sizeof(Ref))
                                : mem_alloc(t, (size_t)n * sizeof(Ref));
        if (!LIST(o)->items) {
            obj_free(o);
            return NULL;
        }
    }
    LIST(o)->ob.ob_size = n;
    LIST(o)->allocated = n;
    gc_track(o);
    return o;
}

Object *list_new(Thread *t, intptr_t n) { return list_alloc(t, &list_type, n, true); }

Object *list_from_array(Thread *t, const Ref *items, intptr_t n) {
    Object *o = list_alloc(t, &list_type, n, false);
    if (!o) return NULL;
    for (intptr_t i = 0; i < n; i++) LIST(o)->items[i] = ref_dup(items[i]);
    return o;
}

Object *list_from_iterable(Thread *t, Ref iterable) {
    Object *o = list_new(t, 0);
    if (!o) return NULL;
    if (list_extend(t, o, iterable) < 0) {
        obj_decref(o);
        return NULL;
    }
    return o;
}

int list_append_steal(Thread *t, Object *o, Ref item) {
    List *l = LIST(o);
    intptr_t n = l->ob.ob_size;
    if (n < l->allocated) {
        l->items[n] = item;
        l->ob.ob_size = n + 1;
        return 0;
    }
    if (list_resize(t, o, n + 1) < 0) {
        ref_close(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int list_append(Thread *t, Object *o, Ref item) { return list_append_steal(t, o, ref_dup(item)); }

int list_insert(Thread *t, Object *o, intptr_t i, Ref item) {
    intptr_t n = list_size(o);
    if (list_resize(t, o, n + 1) < 0) return -1;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    Ref *items = LIST(o)->items;
    memmove(items + i + 1, items + i, (size_t)(n - i) * sizeof(Ref));
    items[i] = ref_dup(item);
    return 0;
}

/* Appends n borrowed Refs (which may live in this very list). */
static int list_extend_array(Thread *t, Object *o, const Ref *src, intptr_t n) {
    if (n == 0) return 0;
    intptr_t m = list_size(o);
    bool self = src == LIST(o)->items;
    if (list_resize(t, o, m + n) < 0) return -1;
    if (self) src = LIST(o)->items; /* the realloc may have moved our own items */
    Ref *dst = LIST(o)->items + m;
    for (intptr_t i = 0; i < n; i++) dst[i] = ref_dup(src[i]);
    return 0;
}

int list_extend(Thread *t, Object *o, Ref iterable) {
    if (list_check_exact(iterable) || tuple_check_exact(iterable)) {
        Object *s = ref_obj(iterable);
        if (list_check_exact(iterable)) return list_extend_array(t, o, list_items(s), list_size(s));
        return list_extend_array(t, o, tuple_items(s), tuple_size(s));
    }
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return -1;
    intptr_t hint = obj_length_hint(t, iterable, 8);
    if (hint < 0) {
        ref_close(it);
        return -1;
    }
    intptr_t m = list_size(o);
    if (hint > 0 && m + hint > LIST(o)->allocated && m <= INTPTR_MAX - hint) {
        /* Pre-grow, then shrink ob_size back: the slots stay reserved. */
        if (list_resize(t, o, m + hint) < 0) {
            ref_close(it);
            return -1;
        }
        LIST(o)->ob.ob_size = m;
    }
    for (;;) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) {
            if (err_occurred(t)) {
                ref_close(it);
                return -1;
            }
            break;
        }
        if (list_append_steal(t, o, item) < 0) {
            ref_close(it);
            return -1;
        }
    }
    ref_close(it);
    /* Give back a large unused reservation. */
    if (list_size(o) < (LIST(o)->allocated >> 1)) return list_resize(t, o, list_size(o));
    return 0;
}

int list_reverse(Thread *t, Object *o) {
    /* An empty list may have no item array: no pointer arithmetic on NULL. */
    if (list_size(o) < 2) return 0;
    Ref *lo = LIST(o)->items, *hi = lo + list_size(o) - 1;
    while (lo < hi) {
        Ref tmp = *lo;
        *lo++ = *hi;
        *hi-- = tmp;
    }
    return 0;
}

Object *list_as_tuple(Thread *t, Object *o) { return tuple_from_array(t, list_items(o), list_size(o)); }

Object *list_slice(Thread *t, Object *o, intptr_t lo, intptr_t hi) {
    intptr_t n = list_size(o);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    return list_from_array(t, list_items(o) + lo, hi - lo);
}

void list_clear_items(Object *o) {
    List *l = LIST(o);
    Ref *items = l->items;
    intptr_t n = l->ob.ob_size;
    /* Nothing to free: leave `allocated` alone (a list being sorted keeps its -1, so
     * clearing it from a key or __lt__ is not a modification, as in CPython). */
    if (!items) return;
    /* Detach first: decrefs may run __del__ that looks at the list. */
    l->items = NULL;
    l->ob.ob_size = 0;
    l->allocated = 0;
    for (intptr_t i = 0; i < n; i++) ref_close(items[i]);
    mem_free(items);
}

/* A new list of v's items; a non-iterable v raises TypeError(msg). */
static Object *iterable_to_list(Thread *t, Ref v, const char *msg) {
    Ref it = obj_iter(t, v);
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_set(t, &exc_TypeError, msg);
        }
        return NULL;
    }
    Object *l = list_new(t, 0);
    if (l && list_extend(t, l, it) < 0) {
        obj_decref(l);
        l = NULL;
    }
    ref_close(it);
    return l;
}

/* list[lo:hi] = v, v an iterable or REF_NULL (delete). The replaced items are released
 * only after the list is consistent again, since that can run arbitrary code. */
int list_set_slice(Thread *t, Object *o, intptr_t lo, intptr_t hi, Ref v) {
    Object *seq = NULL;
    const Ref *src = NULL;
    intptr_t nsrc = 0;
    if (!ref_is_null(v)) {
        if (ref_is_object(v, o) || !(list_check_exact(v) || tuple_check_exact(v))) {
            seq = ref_is_object(v, o) ? list_from_array(t, list_items(o), list_size(o))
                                      : iterable_to_list(t, v, "can only assign an iterable");
            if (!seq) return -1;
            src = list_items(seq);
            nsrc = list_size(seq);
        } else if (list_check_exact(v)) {
            src = list_items(ref_obj(v));
            nsrc = list_size(ref_obj(v));
        } else {
            src = tuple_items(ref_obj(v));
            nsrc = tuple_size(ref_obj(v));
        }
    }
    intptr_t n = list_size(o);
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    intptr_t nold = hi - lo;
    /* The replaced items are released last, from the end (their __del__ may look at the
     * list); a few are kept on the C stack. */
    Ref old_small[16];
    Ref *old = old_small;
    if (nold > 16) {
        old = mem_alloc(t, (size_t)nold * sizeof(Ref));
        if (!old) goto fail;
    }
    if (nold > 0) memcpy(old, list_items(o) + lo, (size_t)nold * sizeof(Ref));
    intptr_t delta = nsrc - nold;
    if (delta < 0) {
        Ref *items = LIST(o)->items;
        memmove(items + hi + delta, items + hi, (size_t)(n - hi) * sizeof(Ref));
        if (list_resize(t, o, n + delta) < 0) goto fail_old; /* shrinking never fails */
    } else if (delta > 0) {
        if (list_resize(t, o, n + delta) < 0) goto fail_old;
        Ref *items = LIST(o)->items;
        memmove(items + hi + delta, items + hi, (size_t)(n - hi) * sizeof(Ref));
    }
    Ref *items = LIST(o)->items;
    for (intptr_t i = 0; i < nsrc; i++) items[lo + i] = ref_dup(src[i]);
    if (seq) obj_decref(seq);
    for (intptr_t i = nold - 1; i >= 0; i--) ref_close(old[i]);   /* CPython's order */
    if (old != old_small) mem_free(old);
    return 0;
fail_old:
    if (old != old_small) mem_free(old);
fail:
    if (seq) obj_decref(seq);
    return -1;
}

Ref list_pop(Thread *t, Object *o, intptr_t i) {
    intptr_t n = list_size(o);
    if (n == 0) return err_set(t, &exc_IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set(t, &exc_IndexError, "pop index out of range");
    Ref *items = LIST(o)->items;
    Ref v = items[i];
    memmove(items + i, items + i + 1, (size_t)(n - i - 1) * sizeof(Ref));
    list_resize(t, o, n - 1); /* shrinking: cannot fail */
    return v;
}

/* ---- repr guard -------------------------------------------------------------------- */

static Object **repr_list_slot(Thread *t) { return &t->repr_list; }

int repr_enter(Thread *t, Ref obj) {
    if (!rec_enter(t, " while getting the repr of an object")) return -1;
    Object **slot = repr_list_slot(t);
    if (!*slot) {
        *slot = list_new(t, 0);
        if (!*slot) {
            rec_leave(t);
            return -1;
        }
    }
    Object *l = *slot;
    for (intptr_t i = list_size(l) - 1; i >= 0; i--) {
        if (ref_is(list_items(l)[i], obj)) {
            rec_leave(t);
            return 1;
        }
    }
    if (list_append(t, l, obj) < 0) {
        rec_leave(t);
        return -1;
    }
    return 0;
}

void repr_leave(Thread *t, Ref obj) {
    rec_leave(t);
    Object **slot = repr_list_slot(t);
    if (!slot || !*slot) return;
    Object *l = *slot;
    /* Usually the last entry; search backwards in case of unbalanced use. The pending
     * exception must survive the removal. */
    for (intptr_t i = list_size(l) - 1; i >= 0; i--) {
        if (ref_is(list_items(l)[i], obj)) {
            Ref v = list_items(l)[i];
            memmove(list_items(l) + i, list_items(l) + i + 1,
                    (size_t)(list_size(l) - i - 1) * sizeof(Ref));
            LIST(l)->ob.ob_size--;
            ref_close(v);
            return;
        }
    }
}

/* ---- repr helpers shared by the containers ------------------------------------------ */

Object *list_wrap_join(Thread *t, const char *open, Object *parts, const char *close) {
    Object *sep = str_from_cstr(t, ", ");
    if (!sep) {
        obj_decref(parts);
        return NULL;
    }
    Object *joined = str_join(t, sep, ref_from_obj(parts));
    obj_decref(sep);
    obj_decref(parts);
    if (!joined) return NULL;
    Object *res = str_from_format(t, "%s%U%s", open, joined, close);
    obj_decref(joined);
    return res;
}

Object *list_repr_items(Thread *t, const char *open, const Ref *items, intptr_t n,
                        const char *close) {
    /* Snapshot the items: a __repr__ may mutate the container. */
    Object *snap = tuple_from_array(t, items, n);
    if (!snap) return NULL;
    Object *parts = list_new(t, 0);
    if (!parts) goto fail;
    for (intptr_t i = 0; i < n; i++) {
        Ref r = obj_repr(t, tuple_get(snap, i));
        if (ref_is_null(r) || list_append_steal(t, parts, r) < 0) goto fail;
    }
    obj_decref(snap);
    return list_wrap_join(t, open, parts, close);
fail:
    obj_decref(snap);
    if (parts) obj_decref(parts);
    return NULL;
}

/* ---- slots ------------------------------------------------------------------------- */

static void list_dealloc(Object *o) {
    gc_untrack(o);
    List *l = LIST(o);
    for (intptr_t i = l->ob.ob_size - 1; i >= 0; i--) ref_close(l->items[i]);   /* CPython's order */
    Thread *t;
    if (o->ob_type == &list_type && (t = thread_current()) &&
        t->list_freelist_len < LIST_FREELIST_MAX) {
        if (l->allocated < 1 || l->allocated > LIST_KEEP_ITEMS) {
            mem_free(l->items);
            l->items = NULL;
            l->allocated = 0;
        }
        l->ob.ob_size = (intptr_t)(uintptr_t)t->list_freelist;
        t->list_freelist = o;
        t->list_freelist_len++;
        gc_count_free(t);
        return;
    }
    mem_free(l->items);
    o->ob_type->tp_free(o);
}

static int list_traverse(Object *o, VisitFn visit, void *arg) {
    for (intptr_t i = 0; i < list_size(o); i++) VISIT_REF(LIST(o)->items[i]);
    return 0;
}

static int list_tp_clear(Object *o) {
    list_clear_items(o);
    return 0;
}

static Ref list_repr(Thread *t, Ref self) {
    Object *o = ref_obj(self);
    if (list_size(o) == 0) return ref_from_obj(str_from_cstr(t, "[]"));
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_cstr(t, "[...]"));
    Object *s = list_repr_items(t, "[", list_items(o), list_size(o), "]");
    repr_leave(t, self);
    return ref_from_obj(s);
}

static Ref list_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!list_check(a) || !list_check(b)) return REF_NOTIMPLEMENTED;
    Object *x = ref_obj(a), *y = ref_obj(b);
    if ((op == CMP_EQ || op == CMP_NE) && list_size(x) != list_size(y))
        return ref_from_bool(op == CMP_NE);
    return tuple_compare_arrays(t, x, y, op, true);
}

static intptr_t list_len(Thread *t, Ref self) { return list_size(ref_obj(self)); }

static int list_contains(Thread *t, Ref self, Ref item) {
    Object *o = ref_obj(self);
    for (intptr_t i = 0; i < list_size(o); i++) {
        Ref x = ref_dup(list_items(o)[i]);
        int k = cu_eq(t, x, item);
        ref_close(x);
        if (k) return k;
    }
    return 0;
}

/* An index from a subscript key: true with *out set, false on error. */
static bool key_index(Thread *t, Ref key, intptr_t *out) {
    if (ref_is_int(key)) {
        *out = (intptr_t)ref_int(key);
        return true;
    }
    intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
    if (i == -1 && err_occurred(t)) return false;
    *out = i;
    return true;
}

static Ref list_getitem(Thread *t, Ref self, Ref key) {
    Object *o = ref_obj(self);
    if (ref_is_int(key) || (ref_type(key) != &slice_type && cu_has_index(key))) {
        intptr_t i;
        if (!key_index(t, key, &i)) return REF_NULL;
        intptr_t n = list_size(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set(t, &exc_IndexError, "list index out of range");
        return ref_dup(list_items(o)[i]);
    }
    if (ref_type(key) == &slice_type) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        return ref_from_obj(list_get_range(t, o, start, stop, step));
    }
    return err_format(t, &exc_TypeError, "list indices must be integers or slices, not %T", key);
}

Object *list_get_range(Thread *t, Object *o, intptr_t start, intptr_t stop, intptr_t step) {
    intptr_t len = slice_adjust(list_size(o), &start, &stop, step);
    if (step == 1) return list_slice(t, o, start, stop);
    Object *res = list_alloc(t, &list_type, len, false);
    if (!res) return NULL;
    uintptr_t j = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
    for (intptr_t i = 0; i < len; i++, j += (uintptr_t)step) LIST(res)->items[i] = ref_dup(list_items(o)[j]);
    return res;
}

/* Extended slice assignment/deletion (step != 1). */
static int list_ass_extended(Thread *t, Object *o, intptr_t start, intptr_t step,
                             intptr_t len, Ref v) {
    if (ref_is_null(v)) {
        if (len <= 0) return 0;
        if (step < 0) {
            /* Delete the same items walking upwards. */
            start = start + step * (len - 1);
            step = -step;
        }
        Ref *garbage = mem_alloc(t, (size_t)len * sizeof(Ref));
        if (!garbage) return -1;
        Ref *items = LIST(o)->items;
        intptr_t n = list_size(o), dst = start, k = 0;
        for (intptr_t cur = start; cur < n; cur++) {
            if (k < len && cur == start + k * step) {
                garbage[k++] = items[cur];
                continue;
            }
            items[dst++] = items[cur];
        }
        list_resize(t, o, n - len);
        for (intptr_t i = 0; i < len; i++) ref_close(garbage[i]);
        mem_free(garbage);
        return 0;
    }
    Object *seq;
    if (ref_is_object(v, o)) seq = list_from_array(t, list_items(o), list_size(o));
    else if (list_check_exact(v) || tuple_check_exact(v)) seq = (obj_incref(ref_obj(v)), ref_obj(v));
    else seq = iterable_to_list(t, v, "must assign iterable to extended slice");
    if (!seq) return -1;
    bool isl = list_check(ref_from_obj(seq));
    intptr_t ns = isl ? list_size(seq) : tuple_size(seq);
    if (ns != len) {
        obj_decref(seq);
        err_format(t, &exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   ns, len);
        return -1;
    }
    Ref *src = isl ? list_items(seq) : tuple_items(seq);
    Ref *old = len ? mem_alloc(t, (size_t)len * sizeof(Ref)) : NULL;
    if (len && !old) {
        obj_decref(seq);
        return -1;
    }
    Ref *items = LIST(o)->items;
    uintptr_t j = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
    for (intptr_t i = 0; i < len; i++, j += (uintptr_t)step) {
        old[i] = items[j];
        items[j] = ref_dup(src[i]);
    }
    obj_decref(seq);
    for (intptr_t i = 0; i < len; i++) ref_close(old[i]);
    mem_free(old);
    return 0;
}

static int list_setitem(Thread *t, Ref self, Ref key, Ref value) {
    Object *o = ref_obj(self);
    if (ref_is_int(key) || (ref_type(key) != &slice_type && cu_has_index(key))) {
        intptr_t i;
        if (!key_index(t, key, &i)) return -1;
        intptr_t n = list_size(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            err_set(t, &exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (ref_is_null(value)) return list_set_slice(t, o, i, i + 1, REF_NULL);
        REF_SETREF(LIST(o)->items[i], ref_dup(value));
        return 0;
    }
    if (ref_type(key) == &slice_type) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return -1;
        return list_set_range(t, o, start, stop, step, value);
    }
    err_format(t, &exc_TypeError, "list indices must be integers or slices, not %T", key);
    return -1;
}

int list_set_range(Thread *t, Object *o, intptr_t start, intptr_t stop, intptr_t step, Ref v) {
    intptr_t len = slice_adjust(list_size(o), &start, &stop, step);
    if (step == 1) return list_set_slice(t, o, start, stop, v);
    return list_ass_extended(t, o, start, step, len, v);
}

static Ref list_concat(Thread *t, Ref a, Ref b) {
    if (!list_check(a)) return REF_NOTIMPLEMENTED;
    if (!list_check(b)) {
        if (cu_defer_to_heap_type(b, ID(__radd__))) return REF_NOTIMPLEMENTED;
        return err_format(t, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
                          type_name(ref_type(b)));
    }
    Object *x = ref_obj(a), *y = ref_obj(b);
    intptr_t nx = list_size(x), ny = list_size(y);
    Object *res = list_new(t, nx + ny);
    if (!res) return REF_NULL;
    for (intptr_t i = 0; i < nx; i++) LIST(res)->items[i] = ref_dup(list_items(x)[i]);
    for (intptr_t i = 0; i < ny; i++) LIST(res)->items[nx + i] = ref_dup(list_items(y)[i]);
    return ref_from_obj(res);
}

static Ref list_repeat(Thread *t, Object *o, intptr_t times) {
    intptr_t n = list_size(o);
    if (times <= 0 || n == 0) return ref_from_obj(list_new(t, 0));
    if (n > INTPTR_MAX / (intptr_t)sizeof(Ref) / times) return err_no_memory(t);
    Object *res = list_new(t, n * times);
    if (!res) return REF_NULL;
    Ref *dst = LIST(res)->items;
    for (intptr_t k = 0; k < times; k++)
        for (intptr_t i = 0; i < n; i++) *dst++ = ref_dup(list_items(o)[i]);
    return ref_from_obj(res);
}

static Ref list_mul(Thread *t, Ref a, Ref b) {
    bool left = list_check(a);
    Ref seq = left ? a : b, other = left ? b : a;
    if (!list_check(seq)) return REF_NOTIMPLEMENTED;
    intptr_t n;
    int r = tuple_repeat_count(t, seq, other, left, &n);
    if (r <= 0) return r == 0 ? REF_NOTIMPLEMENTED : REF_NULL;
    return list_repeat(t, ref_obj(seq), n);
}

static Ref list_iadd(Thread *t, Ref a, Ref b) {
    if (!list_check(a)) return REF_NOTIMPLEMENTED;
    if (list_extend(t, ref_obj(a), b) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref list_imul(Thread *t, Ref a, Ref b) {
    if (!list_check(a)) return REF_NOTIMPLEMENTED;
    intptr_t times;
    int r = tuple_repeat_count(t, a, b, true, &times);
    if (r <= 0) return r == 0 ? REF_NOTIMPLEMENTED : REF_NULL;
    Object *o = ref_obj(a);
    intptr_t n = list_size(o);
    if (n == 0 || times == 1) return ref_dup(a);
    if (times <= 0) {
        list_clear_items(o);
        return ref_dup(a);
    }
    if (n > INTPTR_MAX / (intptr_t)sizeof(Ref) / times) return err_no_memory(t);
    if (list_resize(t, o, n * times) < 0) return REF_NULL;
    Ref *items = LIST(o)->items;
    for (intptr_t k = 1; k < times; k++)
        for (intptr_t i = 0; i < n; i++) items[k * n + i] = ref_dup(items[i]);
    return ref_dup(a);
}

static Ref list_iter(Thread *t, Ref self) { return ref_from_obj(list_iter_new(t, ref_obj(self))); }

static Ref list_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(list_alloc(t, type, 0, true));
}

static int list_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (ref_type(self) == &list_type && !args_no_kw(t, "list", kwnames)) return -1;
    if (!args_count(t, "list", nargs, NULL, 0, 1)) return -1;
    Object *o = ref_obj(self);
    if (list_size(o)) list_clear_items(o);
    if (nargs) return list_extend(t, o, args[0]);
    return 0;
}

/* ---- methods ----------------------------------------------------------------------- */

static Ref m_append(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "append", nargs, kwnames)) return REF_NULL;
    if (list_append(t, ref_obj(self), args[0]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_extend(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "extend", nargs, kwnames)) return REF_NULL;
    if (list_extend(t, ref_obj(self), args[0]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_insert(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "insert", kwnames)) return REF_NULL;
    if (nargs != 2) {
        return err_format(t, &exc_TypeError, "insert expected 2 arguments, got %zu", nargs);
    }
    intptr_t i;
    if (ref_is_int(args[0])) i = (intptr_t)ref_int(args[0]);
    else {
        i = obj_as_ssize(t, args[0], &exc_OverflowError);
        if (i == -1 && err_occurred(t)) return REF_NULL;
    }
    if (list_insert(t, ref_obj(self), i, args[1]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_remove(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "remove", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    for (intptr_t i = 0; i < list_size(o); i++) {
        Ref x = ref_dup(list_items(o)[i]);
        int k = cu_eq(t, x, args[0]);
        ref_close(x);
        if (k < 0) return REF_NULL;
        if (k) {
            if (list_set_slice(t, o, i, i + 1, REF_NULL) < 0) return REF_NULL;
            return REF_NONE;
        }
    }
    return err_set(t, &exc_ValueError, "list.remove(x): x not in list");
}

static Ref m_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "pop", kwnames)) return REF_NULL;
    if (!args_count(t, "pop", nargs, NULL, 0, 1)) return REF_NULL;
    intptr_t i = -1;
    if (nargs) {
        if (ref_is_int(args[0])) i = (intptr_t)ref_int(args[0]);
        else {
            i = obj_as_ssize(t, args[0], &exc_OverflowError);
            if (i == -1 && err_occurred(t)) return REF_NULL;
        }
    }
    return list_pop(t, ref_obj(self), i);
}

static Ref m_index(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "index", kwnames)) return REF_NULL;
    if (!args_count(t, "index", nargs, NULL, 1, 3)) return REF_NULL;
    Object *o = ref_obj(self);
    intptr_t start, stop;
    if (!tuple_index_bounds(t, args, nargs, list_size(o), &start, &stop)) return REF_NULL;
    for (intptr_t i = start; i < stop && i < list_size(o); i++) {
        Ref x = ref_dup(list_items(o)[i]);
        int k = cu_eq(t, x, args[0]);
        ref_close(x);
        if (k < 0) return REF_NULL;
        if (k) return ref_from_int(i);
    }
    return err_format(t, &exc_ValueError, "%R is not in list", args[0]);
}

static Ref m_count(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "count", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    int64_t c = 0;
    for (intptr_t i = 0; i < list_size(o); i++) {
        Ref x = ref_dup(list_items(o)[i]);
        int k = cu_eq(t, x, args[0]);
        ref_close(x);
        if (k < 0) return REF_NULL;
        c += k;
    }
    return ref_from_int(c);
}

static Ref m_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "clear", nargs, kwnames)) return REF_NULL;
    list_clear_items(ref_obj(self));
    return REF_NONE;
}

static Ref m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    return ref_from_obj(list_from_array(t, list_items(o), list_size(o)));
}

static Ref m_reverse(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "reverse", nargs, kwnames)) return REF_NULL;
    list_reverse(t, ref_obj(self));
    return REF_NONE;
}

static Ref m_sort(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (nargs) return err_set(t, &exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse", NULL};
    static const ArgSpec spec = {"sort", names, 0, 0};
    Ref out[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, out)) return REF_NULL;
    bool rev = false;
    if (!ref_is_null(out[1])) {
        Ref iv = obj_index(t, out[1]);
        if (ref_is_null(iv)) return REF_NULL;
        int tr = obj_truthy(t, iv);
        ref_close(iv);
        if (tr < 0) return REF_NULL;
        rev = tr;
    }
    Ref key = out[0];
    if (!ref_is_null(key) && ref_is_none(key)) key = REF_NULL;
    if (list_sort(t, ref_obj(self), key, rev) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reversed__", nargs, kwnames)) return REF_NULL;
    return ref_from_obj(list_reviter_new(t, ref_obj(self)));
}

static Ref m_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    return ref_from_int((int64_t)(o->ob_type->tp_basicsize +
                                  LIST(o)->allocated * (intptr_t)sizeof(Ref)));
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"sort", m_sort, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type list_type = {
    TYPE_HEAD_INIT,
    .tp_name = "list",
    .tp_basicsize = sizeof(List),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_LIST_SUBCLASS | TPFLAG_SEQUENCE,
    .tp_dealloc = list_dealloc,
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_free = obj_free,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .new_ = list_tp_new,
    .init = list_init,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = {[NB_ADD] = list_concat, [NB_MULTIPLY] = list_mul},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MULTIPLY] = list_imul},
    .methods = list_methods,
};
