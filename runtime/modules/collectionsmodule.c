/* The _collections module: deque, the double-ended queue collections re-exports.
 * Layout: a ring buffer (capacity a power of two, head index, length), so both ends are
 * O(1) amortized and indexing is O(1). `state` counts structural changes; iterators and
 * searches that run Python code between steps compare it to notice mutation. */
#include "modules/modules.h"
#include "spry.h"

#include <stdio.h>
#include <string.h>

#include "objects/container_util.h"
#include "objects/weakref.h"

typedef struct Deque {
    Object ob;
    Ref *items;
    intptr_t cap;          /* 0 or a power of two */
    intptr_t head;         /* slot of item 0 */
    intptr_t len;
    intptr_t maxlen;       /* -1: unbounded */
    uint64_t state;
    Object *weakreflist;
} Deque;

Type deque_type, deque_iter_type, deque_reviter_type;

#define DQ(r) ((Deque *)ref_obj(r))

static inline Ref *slot(Deque *d, intptr_t i) { return &d->items[(d->head + i) & (d->cap - 1)]; }
static bool deque_check(Ref r) { return ref_type_is(r, &deque_type); }

static int grow(Thread *t, Deque *d) {
    intptr_t cap = d->cap ? d->cap * 2 : 8;
    if ((size_t)cap > (size_t)INTPTR_MAX / sizeof(Ref)) {
        err_no_memory(t);
        return -1;
    }
    Ref *items = mem_calloc(t, (size_t)cap, sizeof(Ref));
    if (!items) return -1;
    for (intptr_t i = 0; i < d->len; i++) items[i] = *slot(d, i);
    mem_free(d->items);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

/* Both take ownership of v. */
static void drop_left(Deque *d);
static void drop_right(Deque *d);
static int push_right(Thread *t, Deque *d, Ref v) {
    if (d->maxlen == 0) {
        ref_close(v);
        return 0;
    }
    if (d->len == d->cap && grow(t, d) < 0) {
        ref_close(v);
        return -1;
    }
    *slot(d, d->len++) = v;
    d->state++;
    if (d->maxlen >= 0 && d->len > d->maxlen) drop_left(d);
    return 0;
}
static int push_left(Thread *t, Deque *d, Ref v) {
    if (d->maxlen == 0) {
        ref_close(v);
        return 0;
    }
    if (d->len == d->cap && grow(t, d) < 0) {
        ref_close(v);
        return -1;
    }
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    if (d->maxlen >= 0 && d->len > d->maxlen) drop_right(d);
    return 0;
}
/* Removes the end item and returns it (owned); the deque must not be empty. */
static Ref take_left(Deque *d) {
    Ref v = *slot(d, 0);
    *slot(d, 0) = REF_NULL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}
static Ref take_right(Deque *d) {
    Ref v = *slot(d, d->len - 1);
    *slot(d, d->len - 1) = REF_NULL;
    d->len--;
    d->state++;
    return v;
}
static void drop_left(Deque *d) { ref_close(take_left(d)); }
static void drop_right(Deque *d) { ref_close(take_right(d)); }

static void deque_clear_items(Deque *d) {
    while (d->len) drop_right(d);
    d->head = 0;
}

/* ---- construction ------------------------------------------------------------------- */

static Ref deque_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Deque *d = (Deque *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    d->maxlen = -1;
    gc_track(&d->ob);
    return ref_from_obj(&d->ob);
}

static int deque_extend_impl(Thread *t, Deque *d, Ref iterable, bool left);

static int deque_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    const ArgSpec spec = {"deque", names, 0, 2};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, v)) return -1;
    intptr_t maxlen = -1;
    if (!ref_is_null(v[1]) && !ref_is_none(v[1])) {
        /* an int proper: CPython does not take __index__ here */
        if (!int_check(v[1])) {
            err_set(t, &exc_TypeError, "an integer is required");
            return -1;
        }
        if (!arg_ssize(t, v[1], &maxlen)) return -1;
        if (maxlen < 0) {
            err_set(t, &exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    Deque *d = DQ(self);
    d->maxlen = maxlen;
    if (d->len) deque_clear_items(d);
    if (!ref_is_null(v[0])) return deque_extend_impl(t, d, v[0], false);
    return 0;
}

/* ---- methods ------------------------------------------------------------------------ */

static int deque_extend_impl(Thread *t, Deque *d, Ref iterable, bool left) {
    if (ref_is(iterable, ref_from_obj(&d->ob))) {
        Object *copy = list_from_iterable(t, iterable);
        if (!copy) return -1;
        int rc = deque_extend_impl(t, d, ref_from_obj(copy), left);
        obj_decref(copy);
        return rc;
    }
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return -1;
    for (;;) {
        Ref v = obj_next(t, it);
        if (ref_is_null(v)) break;
        if ((left ? push_left(t, d, v) : push_right(t, d, v)) < 0) {
            ref_close(it);
            return -1;
        }
    }
    ref_close(it);
    return err_occurred(t) ? -1 : 0;
}

static Ref dq_append(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.append", nargs, kw)) return REF_NULL;
    return push_right(t, DQ(self), ref_dup(args[0])) < 0 ? REF_NULL : REF_NONE;
}
static Ref dq_appendleft(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.appendleft", nargs, kw)) return REF_NULL;
    return push_left(t, DQ(self), ref_dup(args[0])) < 0 ? REF_NULL : REF_NONE;
}
static Ref dq_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.pop", nargs, kw)) return REF_NULL;
    if (!DQ(self)->len) return err_set(t, &exc_IndexError, "pop from an empty deque");
    return take_right(DQ(self));
}
static Ref dq_popleft(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.popleft", nargs, kw)) return REF_NULL;
    if (!DQ(self)->len) return err_set(t, &exc_IndexError, "pop from an empty deque");
    return take_left(DQ(self));
}
static Ref dq_extend(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.extend", nargs, kw)) return REF_NULL;
    return deque_extend_impl(t, DQ(self), args[0], false) < 0 ? REF_NULL : REF_NONE;
}
static Ref dq_extendleft(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.extendleft", nargs, kw)) return REF_NULL;
    return deque_extend_impl(t, DQ(self), args[0], true) < 0 ? REF_NULL : REF_NONE;
}
static Ref dq_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.clear", nargs, kw)) return REF_NULL;
    deque_clear_items(DQ(self));
    DQ(self)->state++;
    return REF_NONE;
}

/* Rotates n steps to the right (left when negative) by moving items end to end. */
static void deque_rotate(Deque *d, intptr_t n) {
    if (d->len <= 1) return;
    n %= d->len;
    if (n < 0) n += d->len;
    if (n > d->len / 2) n -= d->len;
    for (; n > 0; n--) {        /* last item to the front */
        Ref v = *slot(d, d->len - 1);
        *slot(d, d->len - 1) = REF_NULL;
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
    }
    for (; n < 0; n++) {        /* first item to the back */
        Ref v = d->items[d->head];
        d->items[d->head] = REF_NULL;
        d->head = (d->head + 1) & (d->cap - 1);
        *slot(d, d->len - 1) = v;
    }
    d->state++;
}

static Ref dq_rotate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "deque.rotate", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t n = 1;
    if (nargs && !arg_ssize(t, args[0], &n)) return REF_NULL;
    deque_rotate(DQ(self), n);
    return REF_NONE;
}

static Ref dq_reverse(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.reverse", nargs, kw)) return REF_NULL;
    Deque *d = DQ(self);
    for (intptr_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Ref tmp = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = tmp;
    }
    d->state++;
    return REF_NONE;
}

/* The first i in [start, stop) with d[i] == x: 1 found, 0 not, -1 error (a mutation
 * during the comparisons raises `mutated`: RuntimeError, IndexError for remove()). */
static int deque_find(Thread *t, Deque *d, Ref x, intptr_t start, intptr_t stop, intptr_t *found,
                      Type *mutated) {
    uint64_t state = d->state;
    for (intptr_t i = start; i < stop && i < d->len; i++) {
        Ref item = ref_dup(*slot(d, i));
        int eq = obj_richcompare_bool(t, item, x, CMP_EQ);
        ref_close(item);
        if (eq < 0) return -1;
        if (d->state != state) {
            err_set(t, mutated, "deque mutated during iteration");
            return -1;
        }
        if (eq) {
            *found = i;
            return 1;
        }
    }
    return 0;
}

/* Argument counts in the older "f() takes at least 1 argument (0 given)" style that
 * CPython's index() and insert() still use. */
static bool arity(Thread *t, const char *fname, size_t nargs, Object *kw, size_t min, size_t max) {
    char qualname[32];
    snprintf(qualname, sizeof qualname, "deque.%s", fname);
    if (!args_no_kw(t, qualname, kw)) return false;
    if (nargs >= min && nargs <= max) return true;
    size_t n = nargs < min ? min : max;
    err_format(t, &exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
               min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s", nargs);
    return false;
}

static Ref dq_count(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.count", nargs, kw)) return REF_NULL;
    Deque *d = DQ(self);
    intptr_t n = 0, at, start = 0;
    int r;
    while ((r = deque_find(t, d, args[0], start, d->len, &at, &exc_RuntimeError)) == 1) {
        n++;
        start = at + 1;
    }
    return r < 0 ? REF_NULL : ref_from_int(n);
}

static Ref dq_index(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!arity(t, "index", nargs, kw, 1, 3)) return REF_NULL;
    Deque *d = DQ(self);
    intptr_t start, stop, at;
    if (!tuple_index_bounds(t, args, nargs, d->len, &start, &stop)) return REF_NULL;
    int r = deque_find(t, d, args[0], start, stop, &at, &exc_RuntimeError);
    if (r < 0) return REF_NULL;
    if (!r) return err_format(t, &exc_ValueError, "%R is not in deque", args[0]);
    return ref_from_int(at);
}

/* Deletes item i (0 <= i < len), shifting the shorter side. */
static void deque_del_at(Deque *d, intptr_t i) {
    deque_rotate(d, -i);
    drop_left(d);
    deque_rotate(d, i);
}

static Ref dq_remove(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "deque.remove", nargs, kw)) return REF_NULL;
    Deque *d = DQ(self);
    intptr_t at;
    int r = deque_find(t, d, args[0], 0, d->len, &at, &exc_IndexError);
    if (r < 0) return REF_NULL;
    if (!r) return err_format(t, &exc_ValueError, "%R is not in deque", args[0]);
    deque_del_at(d, at);
    return REF_NONE;
}

static Ref dq_insert(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!arity(t, "insert", nargs, kw, 2, 2)) return REF_NULL;
    Deque *d = DQ(self);
    intptr_t i;
    if (!arg_ssize(t, args[0], &i)) return REF_NULL;
    if (d->maxlen >= 0 && d->len >= d->maxlen)
        return err_set(t, &exc_IndexError, "deque already at its maximum size");
    if (i < 0) i = i + d->len < 0 ? 0 : i + d->len;
    if (i > d->len) i = d->len;
    deque_rotate(d, -i);
    int rc = push_left(t, d, ref_dup(args[1]));
    deque_rotate(d, i);
    return rc < 0 ? REF_NULL : REF_NONE;
}

/* A new deque of self's type with self's items and maxlen. */
static Ref deque_copy(Thread *t, Ref self) {
    Deque *d = DQ(self);
    if (ref_type(self) == &deque_type) {
        Ref r = deque_tp_new(t, &deque_type, NULL, 0, NULL);
        if (ref_is_null(r)) return r;
        DQ(r)->maxlen = d->maxlen;
        for (intptr_t i = 0; i < d->len; i++)
            if (push_right(t, DQ(r), ref_dup(*slot(d, i))) < 0) {
                ref_close(r);
                return REF_NULL;
            }
        return r;
    }
    Ref cls = ref_from_obj((Object *)ref_type(self));
    if (d->maxlen < 0) return obj_call1(t, cls, self);
    return obj_call2(t, cls, self, ref_from_int(d->maxlen));
}

static Ref dq_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.copy", nargs, kw)) return REF_NULL;
    return deque_copy(t, self);
}
static Ref dq_dunder_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.__copy__", nargs, kw)) return REF_NULL;
    return deque_copy(t, self);
}

/* The items as a new list (a snapshot). */
static Object *deque_as_list(Thread *t, Deque *d) {
    Object *l = list_new(t, d->len);
    if (!l) return NULL;
    for (intptr_t i = 0; i < d->len; i++) list_items(l)[i] = ref_dup(*slot(d, i));
    return l;
}

static Ref dq_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.__reduce__", nargs, kw)) return REF_NULL;
    Deque *d = DQ(self);
    /* state: the instance __dict__ of a subclass when not empty, else None */
    Ref state = ref_type(self) == &deque_type ? REF_NONE : obj_getattr(t, self, ID(__dict__));
    if (ref_is_null(state)) {
        if (!err_matches(t, &exc_AttributeError)) return REF_NULL;
        err_clear(t);
        state = REF_NONE;
    } else if (dict_check(state) && dict_size(ref_obj(state)) == 0) {
        ref_close(state);
        state = REF_NONE;
    }
    Ref it = obj_iter(t, self);
    Object *empty = tuple_new(t, 0);
    Object *ctor_args = !empty ? NULL : d->maxlen < 0 ? (obj_incref(empty), empty)
                                      : tuple_pack(t, 2, ref_from_obj(empty), ref_from_int(d->maxlen));
    Ref cls = ref_from_obj((Object *)ref_type(self));
    Object *r = ctor_args && !ref_is_null(it) ? tuple_pack(t, 4, cls, ref_from_obj(ctor_args), state, it) : NULL;
    obj_xdecref(empty);
    obj_xdecref(ctor_args);
    ref_close(it);
    ref_close(state);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref dq_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw);
static Ref dq_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.__sizeof__", nargs, kw)) return REF_NULL;
    return ref_from_int((int64_t)(ref_type(self)->tp_basicsize + DQ(self)->cap * (intptr_t)sizeof(Ref)));
}

static Ref dq_get_maxlen(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return DQ(self)->maxlen < 0 ? REF_NONE : ref_from_int(DQ(self)->maxlen);
}

/* ---- slots -------------------------------------------------------------------------- */

static intptr_t deque_len(Thread *t, Ref self) {
    (void)t;
    return DQ(self)->len;
}

/* d[i] index as an offset, or -1 with IndexError / TypeError set. */
static intptr_t deque_index_arg(Thread *t, Deque *d, Ref key) {
    if (!ref_type(key)->index) {
        err_format(t, &exc_TypeError, "sequence index must be integer, not '%T'", key);
        return -1;
    }
    intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
    if (i == -1 && err_occurred(t)) return -1;
    if (i < 0) i += d->len;
    if (i < 0 || i >= d->len) {
        err_set(t, &exc_IndexError, "deque index out of range");
        return -1;
    }
    return i;
}

static Ref deque_getitem(Thread *t, Ref self, Ref key) {
    intptr_t i = deque_index_arg(t, DQ(self), key);
    return i < 0 ? REF_NULL : ref_dup(*slot(DQ(self), i));
}

static int deque_setitem(Thread *t, Ref self, Ref key, Ref value) {
    Deque *d = DQ(self);
    intptr_t i = deque_index_arg(t, d, key);
    if (i < 0) return -1;
    if (ref_is_null(value)) {
        deque_del_at(d, i);
        return 0;
    }
    REF_SETREF(*slot(d, i), ref_dup(value));
    return 0;
}

static int deque_contains(Thread *t, Ref self, Ref x) {
    intptr_t at;
    return deque_find(t, DQ(self), x, 0, DQ(self)->len, &at, &exc_RuntimeError);
}

static Ref deque_repr(Thread *t, Ref self) {
    const char *name = ref_type(self)->tp_name;
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_cstr(t, "[...]"));
    Object *items = deque_as_list(t, DQ(self));
    Object *s = NULL;
    if (items) {
        s = DQ(self)->maxlen < 0 ? str_from_format(t, "%s(%R)", name, ref_from_obj(items))
                                 : str_from_format(t, "%s(%R, maxlen=%zd)", name, ref_from_obj(items), DQ(self)->maxlen);
        obj_decref(items);
    }
    repr_leave(t, self);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref deque_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!deque_check(a) || !deque_check(b)) return REF_NOTIMPLEMENTED;
    if ((op == CMP_EQ || op == CMP_NE) && DQ(a)->len != DQ(b)->len) return ref_from_bool(op == CMP_NE);
    Object *x = deque_as_list(t, DQ(a));
    Object *y = x ? deque_as_list(t, DQ(b)) : NULL;
    Ref r = y ? tuple_compare_arrays(t, x, y, op, true) : REF_NULL;
    obj_xdecref(x);
    obj_xdecref(y);
    return r;
}

static Ref deque_concat(Thread *t, Ref a, Ref b) {
    if (!deque_check(a)) return REF_NOTIMPLEMENTED;
    if (!deque_check(b))
        return err_format(t, &exc_TypeError, "can only concatenate deque (not \"%T\") to deque", b);
    Ref r = deque_copy(t, a);
    if (ref_is_null(r)) return r;
    if (!deque_check(r)) {     /* a subclass whose constructor made something else */
        ref_close(r);
        return err_format(t, &exc_TypeError, "can only concatenate deque (not \"%T\") to deque", a);
    }
    if (deque_extend_impl(t, DQ(r), b, false) < 0) {
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

static Ref deque_iadd(Thread *t, Ref a, Ref b) {
    if (deque_extend_impl(t, DQ(a), b, false) < 0) return REF_NULL;
    return ref_dup(a);
}

/* In place: the items n times (n <= 0 empties), trimmed to maxlen from the left. */
static int deque_repeat_in_place(Thread *t, Deque *d, intptr_t n) {
    intptr_t size = d->len;
    if (n <= 0 || size == 0) {
        deque_clear_items(d);
        d->state++;
        return 0;
    }
    /* The result is periodic: each new item repeats the one `size` places before the
     * end, which stays true while a maxlen drops items from the front. Only the last
     * maxlen items survive, so whole copies beyond maxlen are not pushed (whole ones,
     * to end on the same item). */
    intptr_t bounded = d->maxlen < 0 ? -1 : (d->maxlen / size + 1) * size;
    intptr_t pushes;
    if (n - 1 > INTPTR_MAX / size) {
        if (bounded < 0) {
            err_no_memory(t);
            return -1;
        }
        pushes = bounded;
    } else {
        pushes = (n - 1) * size;
        if (bounded >= 0 && pushes > bounded) pushes = bounded;
    }
    for (intptr_t i = 0; i < pushes; i++)
        if (push_right(t, d, ref_dup(*slot(d, d->len - size))) < 0) return -1;
    return 0;
}

static Ref deque_repeat(Thread *t, Ref a, Ref b) {
    bool left = deque_check(a);
    Ref seq = left ? a : b;
    intptr_t n;
    int r = tuple_repeat_count(t, seq, left ? b : a, left, &n);
    if (r <= 0) return r < 0 ? REF_NULL : REF_NOTIMPLEMENTED;
    Ref copy = deque_copy(t, seq);
    if (ref_is_null(copy)) return copy;
    if (deque_repeat_in_place(t, DQ(copy), n) < 0) {
        ref_close(copy);
        return REF_NULL;
    }
    return copy;
}

static Ref deque_irepeat(Thread *t, Ref a, Ref b) {
    intptr_t n;
    int r = tuple_repeat_count(t, a, b, true, &n);
    if (r <= 0) return r < 0 ? REF_NULL : REF_NOTIMPLEMENTED;
    if (deque_repeat_in_place(t, DQ(a), n) < 0) return REF_NULL;
    return ref_dup(a);
}

static int deque_traverse(Object *o, VisitFn visit, void *arg) {
    Deque *d = (Deque *)o;
    for (intptr_t i = 0; i < d->len; i++) VISIT_REF(*slot(d, i));
    return 0;
}

static int deque_tp_clear(Object *o) {
    deque_clear_items((Deque *)o);
    return 0;
}

static void deque_dealloc(Object *o) {
    gc_untrack(o);
    Deque *d = (Deque *)o;
    if (d->weakreflist) weakref_clear_refs(o);
    deque_clear_items(d);
    mem_free(d->items);
    o->ob_type->tp_free(o);
}

/* ---- iterators ---------------------------------------------------------------------- */

typedef struct DequeIter {
    Object ob;
    Object *deque;         /* NULL once exhausted */
    intptr_t index;        /* items consumed so far */
    uint64_t state;
} DequeIter;

static Ref deque_make_iter(Thread *t, Ref self, Type *type) {
    DequeIter *it = (DequeIter *)obj_alloc(t, type, sizeof(DequeIter));
    if (!it) return REF_NULL;
    obj_incref(ref_obj(self));
    it->deque = ref_obj(self);
    it->state = DQ(self)->state;
    gc_track(&it->ob);
    return ref_from_obj(&it->ob);
}

static Ref deque_iter(Thread *t, Ref self) { return deque_make_iter(t, self, &deque_iter_type); }
static Ref dq_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "deque.__reversed__", nargs, kw)) return REF_NULL;
    return deque_make_iter(t, self, &deque_reviter_type);
}

static Ref deque_iter_next(Thread *t, Ref self) {
    DequeIter *it = (DequeIter *)ref_obj(self);
    Deque *d = (Deque *)it->deque;
    if (!d) return REF_NULL;
    if (d->state != it->state) {
        it->index = d->len;
        return err_set(t, &exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->len) {
        it->deque = NULL;
        obj_decref(&d->ob);
        return REF_NULL;
    }
    intptr_t i = it->index++;
    return ref_dup(*slot(d, ref_type(self) == &deque_reviter_type ? d->len - 1 - i : i));
}

static Ref deque_iter_self(Thread *t, Ref self) {
    (void)t;
    return ref_dup(self);
}

static Ref dqit_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    if (!args_none(t, "__length_hint__", nargs, kw)) return REF_NULL;
    DequeIter *it = (DequeIter *)ref_obj(self);
    return ref_from_int(it->deque ? ((Deque *)it->deque)->len - it->index : 0);
}

static int deque_iter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(((DequeIter *)o)->deque);
    return 0;
}

static void deque_iter_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((DequeIter *)o)->deque);
    o->ob_type->tp_free(o);
}

static const MethodDef deque_iter_methods[] = {
    {"__length_hint__", dqit_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type deque_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_collections._deque_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = deque_iter_dealloc,
    .tp_traverse = deque_iter_traverse,
    .tp_free = obj_free,
    .iter = deque_iter_self,
    .iternext = deque_iter_next,
    .methods = deque_iter_methods,
};

Type deque_reviter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_collections._deque_reverse_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = deque_iter_dealloc,
    .tp_traverse = deque_iter_traverse,
    .tp_free = obj_free,
    .iter = deque_iter_self,
    .iternext = deque_iter_next,
    .methods = deque_iter_methods,
};

static const MethodDef deque_methods[] = {
    {"append", dq_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", dq_pop, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 0, "Remove and return the leftmost element."},
    {"extend", dq_extend, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", dq_extendleft, 0, "Extend the left side of the deque with elements from the iterable"},
    {"clear", dq_clear, 0, "Remove all elements from the deque."},
    {"copy", dq_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", dq_dunder_copy, 0, "Return a shallow copy of a deque."},
    {"count", dq_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"index", dq_index, 0, "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", dq_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove", dq_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", dq_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", dq_rotate, 0, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reduce__", dq_reduce, 0, "Return state information for pickling."},
    {"__reversed__", dq_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__sizeof__", dq_sizeof, 0, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", dq_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type deque_type = {
    TYPE_HEAD_INIT,
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(Deque),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_SEQUENCE,
    .tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
    .tp_dealloc = deque_dealloc,
    .tp_traverse = deque_traverse,
    .tp_clear = deque_tp_clear,
    .tp_free = obj_free,
    .tp_weaklistoffset = offsetof(Deque, weakreflist),
    .new_ = deque_tp_new,
    .init = deque_init,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .nb = {[NB_ADD] = deque_concat, [NB_MULTIPLY] = deque_repeat},
    .nb_inplace = {[NB_ADD] = deque_iadd, [NB_MULTIPLY] = deque_irepeat},
    .methods = deque_methods,
    .getsets = deque_getsets,
};

/* ---- _count_elements(mapping, iterable): Counter's tally loop ---- */

/* mapping[elem] = mapping.get(elem, 0) + 1 for one element: straight on the dict when
 * the mapping's type keeps dict's get and __setitem__, else through its methods. */
static int count_one(Thread *t, Ref mapping, bool plain_dict, Ref elem) {
    Ref count;
    if (plain_dict) {
        count = dict_get(t, ref_obj(mapping), elem);
        if (ref_is_null(count)) {
            if (err_occurred(t)) return -1;
            return dict_set(t, ref_obj(mapping), elem, ref_from_int(1));
        }
    } else {
        Ref args[2] = {elem, ref_from_int(0)};
        count = obj_call_method(t, mapping, ID(get), args, 2);
        if (ref_is_null(count)) return -1;
    }
    Ref next = obj_binop(t, count, ref_from_int(1), NB_ADD);
    ref_close(count);
    if (ref_is_null(next)) return -1;
    int rc = plain_dict ? dict_set(t, ref_obj(mapping), elem, next) : obj_setitem(t, mapping, elem, next);
    ref_close(next);
    return rc;
}

static bool keeps_dict_method(Type *tp, Object *name) {
    return type_lookup(tp, name).bits == type_lookup(&dict_type, name).bits;
}

static Ref collections_count_elements(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    if (!args_no_kw(t, "_count_elements", kw) || !args_count(t, "_count_elements", nargs, NULL, 2, 2))
        return REF_NULL;
    Ref mapping = args[0];
    bool plain_dict = dict_check(mapping) && keeps_dict_method(ref_type(mapping), ID(get)) &&
                      keeps_dict_method(ref_type(mapping), ID(__setitem__));
    Ref it = obj_iter(t, args[1]);
    if (ref_is_null(it)) return REF_NULL;
    for (;;) {
        Ref elem = obj_next(t, it);
        if (ref_is_null(elem)) break;
        int rc = count_one(t, mapping, plain_dict, elem);
        ref_close(elem);
        if (rc < 0) break;
    }
    ref_close(it);
    return err_occurred(t) ? REF_NULL : REF_NONE;
}

static const MethodDef collections_functions[] = {
    {"_count_elements", collections_count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

Object *collections_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_collections");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, collections_functions);
    if (rc == 0) rc = module_add_ref(t, m, "deque", ref_immortal(&deque_type));
    if (rc == 0) rc = module_add_ref(t, m, "_deque_iterator", ref_immortal(&deque_iter_type));
    if (rc == 0) rc = module_add_ref(t, m, "_deque_reverse_iterator", ref_immortal(&deque_reviter_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
