/* range and its iterators. A range keeps start, stop, step and its length as ints of any
 * size; when they are all small (tagged) ints, arithmetic is done in int64 and iteration
 * uses range_iter_type, otherwise GMP and longrange_iter_type. With tagged bounds every
 * value in the range and every difference of two of them fits in int64. */
#include "spry.h"
#include "objects/container_util.h"

bool range_check(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &range_type; }

#define RANGE(r) ((Range *)ref_obj(r))

static bool all_small(const Range *r) {
    return ref_is_int(r->start) && ref_is_int(r->stop) && ref_is_int(r->step) &&
           ref_is_int(r->length);
}

static Ref compute_length(Thread *t, Ref start, Ref stop, Ref step) {
    if (ref_is_int(start) && ref_is_int(stop) && ref_is_int(step)) {
        int64_t lo = ref_int(start), hi = ref_int(stop), st = ref_int(step);
        if (st > 0 && lo < hi) return ref_from_int((hi - lo - 1) / st + 1);
        if (st < 0 && lo > hi) return ref_from_int((lo - hi - 1) / (-st) + 1);
        return ref_from_int(0);
    }
    mpz_t lo, hi, st, n;
    mpz_inits(lo, hi, st, n, NULL);
    int_to_mpz(start, lo);
    int_to_mpz(stop, hi);
    int_to_mpz(step, st);
    int s = mpz_sgn(st);
    if ((s > 0 && mpz_cmp(lo, hi) < 0) || (s < 0 && mpz_cmp(lo, hi) > 0)) {
        /* (|hi - lo| - 1) // |step| + 1 */
        mpz_sub(n, hi, lo);
        mpz_abs(n, n);
        mpz_sub_ui(n, n, 1);
        mpz_abs(st, st);
        mpz_fdiv_q(n, n, st);
        mpz_add_ui(n, n, 1);
    }
    Ref r = int_from_mpz(t, n);
    mpz_clears(lo, hi, st, n, NULL);
    return r;
}

/* Steals start, stop, step (ints; step nonzero). */
static Object *range_make(Thread *t, Ref start, Ref stop, Ref step) {
    Ref len = compute_length(t, start, stop, step);
    if (ref_is_null(len)) goto fail;
    Range *r = (Range *)obj_alloc(t, &range_type, sizeof(Range));
    if (!r) {
        ref_close(len);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return (Object *)r;
fail:
    ref_close(start);
    ref_close(stop);
    ref_close(step);
    return NULL;
}

Object *range_new(Thread *t, Ref start, Ref stop, Ref step) {
    return range_make(t, ref_dup(start), ref_dup(stop), ref_dup(step));
}

Object *range_new_n(Thread *t, int64_t n) {
    Ref stop = int_from_i64(t, n);
    if (ref_is_null(stop)) return NULL;
    return range_make(t, ref_from_int(0), stop, ref_from_int(1));
}

/* start + i*step, for an int i. */
static Ref range_value(Thread *t, Range *r, Ref i) {
    if (ref_is_int(i) && all_small(r))
        return ref_from_int(ref_int(r->start) + ref_int(i) * ref_int(r->step));
    Ref m = int_mul(t, i, r->step);
    if (ref_is_null(m)) return REF_NULL;
    Ref v = int_add(t, r->start, m);
    ref_close(m);
    return v;
}

/* Is the exact int x one of the range's values? */
static bool range_has_int(Range *r, Ref x) {
    if (ref_is_int(x) && all_small(r)) {
        int64_t v = ref_int(x), lo = ref_int(r->start), hi = ref_int(r->stop), st = ref_int(r->step);
        if (st > 0 ? (v < lo || v >= hi) : (v > lo || v <= hi)) return false;
        return (v - lo) % st == 0;
    }
    mpz_t v, lo, hi, st;
    mpz_inits(v, lo, hi, st, NULL);
    int_to_mpz(x, v);
    int_to_mpz(r->start, lo);
    int_to_mpz(r->stop, hi);
    int_to_mpz(r->step, st);
    bool in;
    if (mpz_sgn(st) > 0) in = mpz_cmp(v, lo) >= 0 && mpz_cmp(v, hi) < 0;
    else in = mpz_cmp(v, lo) <= 0 && mpz_cmp(v, hi) > 0;
    if (in) {
        mpz_sub(v, v, lo);
        in = mpz_divisible_p(v, st) != 0;
    }
    mpz_clears(v, lo, hi, st, NULL);
    return in;
}

static bool exact_int_or_bool(Ref x) {
    return int_check_exact(x) || (ref_is_obj(x) && ref_obj(x)->ob_type == &bool_type);
}

/* Linear search by iteration, for values that are not exact ints. mode: 0 contains,
 * 1 count, 2 index. */
static Ref iter_search(Thread *t, Ref self, Ref value, int mode) {
    Ref it = obj_iter(t, self);
    if (ref_is_null(it)) return REF_NULL;
    int64_t n = 0, i = 0;
    for (;; i++) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) break;
        int c = obj_richcompare_bool(t, item, value, CMP_EQ);
        ref_close(item);
        if (c < 0) break;
        if (c) {
            if (mode == 0) {
                ref_close(it);
                return REF_TRUE;
            }
            if (mode == 2) {
                ref_close(it);
                return ref_from_int(i);
            }
            n++;
        }
    }
    ref_close(it);
    if (err_occurred(t)) return REF_NULL;
    if (mode == 0) return REF_FALSE;
    if (mode == 1) return ref_from_int(n);
    return err_set(t, &exc_ValueError, "sequence.index(x): x not in sequence");
}

/* ---- slots ------------------------------------------------------------------------- */

static void range_dealloc(Object *o) {
    Range *r = (Range *)o;
    ref_close(r->start);
    ref_close(r->stop);
    ref_close(r->step);
    ref_close(r->length);
    o->ob_type->tp_free(o);
}

static Ref range_repr(Thread *t, Ref self) {
    Range *r = RANGE(self);
    if (ref_is_int(r->step) && ref_int(r->step) == 1)
        return ref_from_obj(str_from_format(t, "range(%R, %R)", r->start, r->stop));
    return ref_from_obj(str_from_format(t, "range(%R, %R, %R)", r->start, r->stop, r->step));
}

static intptr_t range_len(Thread *t, Ref self) {
    Ref n = RANGE(self)->length;
    if (ref_is_int(n)) return (intptr_t)ref_int(n);
    int overflow;
    int64_t len = int_as_i64_overflow(n, &overflow);   /* 2**62 .. 2**63-1 are heap ints */
    if (!overflow) return (intptr_t)len;
    err_set(t, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Thread *t, Ref self) { return int_sign(RANGE(self)->length) != 0; }

static int range_equal(Range *a, Range *b) {
    if (a == b) return 1;
    if (int_compare(a->length, b->length) != 0) return 0;
    if (int_sign(a->length) == 0) return 1;
    if (int_compare(a->start, b->start) != 0) return 0;
    if (ref_is_int(a->length) && ref_int(a->length) == 1) return 1;
    return int_compare(a->step, b->step) == 0;
}

static Ref range_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!range_check(a) || !range_check(b) || (op != CMP_EQ && op != CMP_NE))
        return REF_NOTIMPLEMENTED;
    int eq = range_equal(RANGE(a), RANGE(b));
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

/* Equal ranges hash equal: hash((len, start, step)) with the irrelevant parts None. */
static int64_t range_hash(Thread *t, Ref self) {
    Range *r = RANGE(self);
    Object *tup;
    if (int_sign(r->length) == 0) tup = tuple_pack(t, 3, r->length, REF_NONE, REF_NONE);
    else if (ref_is_int(r->length) && ref_int(r->length) == 1)
        tup = tuple_pack(t, 3, r->length, r->start, REF_NONE);
    else tup = tuple_pack(t, 3, r->length, r->start, r->step);
    if (!tup) return -1;
    int64_t h = obj_hash(t, ref_from_obj(tup));
    obj_decref(tup);
    return h;
}

static int range_contains(Thread *t, Ref self, Ref x) {
    if (exact_int_or_bool(x)) return range_has_int(RANGE(self), x);
    Ref r = iter_search(t, self, x, 0);
    if (ref_is_null(r)) return -1;
    return ref_is(r, REF_TRUE);
}

static Ref range_getitem(Thread *t, Ref self, Ref key) {
    Range *r = RANGE(self);
    if (slice_check(key)) {
        Ref idx[3];
        if (slice_indices_big(t, ref_obj(key), r->length, idx) < 0) return REF_NULL;
        Ref start = range_value(t, r, idx[0]);
        Ref stop = ref_is_null(start) ? REF_NULL : range_value(t, r, idx[1]);
        Ref step = ref_is_null(stop) ? REF_NULL : int_mul(t, r->step, idx[2]);
        for (int k = 0; k < 3; k++) ref_close(idx[k]);
        if (ref_is_null(step)) {
            ref_close(start);
            ref_close(stop);
            return REF_NULL;
        }
        return ref_from_obj(range_make(t, start, stop, step));
    }
    if (!cu_has_index(key))
        return err_format(t, &exc_TypeError, "range indices must be integers or slices, not %T", key);
    Ref i = ref_is_int(key) ? key : obj_index(t, key);
    if (ref_is_null(i)) return REF_NULL;
    Ref res;
    if (ref_is_int(i) && ref_is_int(r->length)) {
        int64_t k = ref_int(i), n = ref_int(r->length);
        if (k < 0) k += n;
        if (k < 0 || k >= n) res = err_set(t, &exc_IndexError, "range object index out of range");
        else res = range_value(t, r, ref_from_int(k));
    } else {
        Ref k = int_sign(i) < 0 ? int_add(t, i, r->length) : ref_dup(i);
        if (ref_is_null(k)) res = REF_NULL;
        else if (int_sign(k) < 0 || int_compare(k, r->length) >= 0)
            res = err_set(t, &exc_IndexError, "range object index out of range");
        else res = range_value(t, r, k);
        ref_close(k);
    }
    if (!ref_is(i, key)) ref_close(i);
    return res;
}

static Ref make_iter(Thread *t, Ref start, Ref step, Ref len);

static Ref range_iter(Thread *t, Ref self) {
    Range *r = RANGE(self);
    return make_iter(t, r->start, r->step, r->length);
}

/* __index__ as an exact int (a bool or int subclass becomes a plain int). */
static Ref exact_index(Thread *t, Ref v) {
    Ref x = obj_index(t, v);
    if (ref_is_null(x) || int_check_exact(x)) return x;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(x, z);
    ref_close(x);
    x = int_from_mpz(t, z);
    mpz_clear(z);
    return x;
}

static Ref range_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "range", kwnames)) return REF_NULL;
    if (!args_count(t, "range", nargs, NULL, 1, 3)) return REF_NULL;
    Ref v[3] = {REF_NULL, REF_NULL, REF_NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = exact_index(t, args[i]);
        if (ref_is_null(v[i])) {
            for (size_t j = 0; j < i; j++) ref_close(v[j]);
            return REF_NULL;
        }
    }
    if (nargs == 1) return ref_from_obj(range_make(t, ref_from_int(0), v[0], ref_from_int(1)));
    if (nargs == 2) return ref_from_obj(range_make(t, v[0], v[1], ref_from_int(1)));
    if (int_sign(v[2]) == 0) {
        for (int j = 0; j < 3; j++) ref_close(v[j]);
        return err_set(t, &exc_ValueError, "range() arg 3 must not be zero");
    }
    return ref_from_obj(range_make(t, v[0], v[1], v[2]));
}

/* ---- methods ----------------------------------------------------------------------- */

static Ref m_count(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "count", nargs, kwnames)) return REF_NULL;
    if (exact_int_or_bool(args[0])) return ref_from_int(range_has_int(RANGE(self), args[0]));
    return iter_search(t, self, args[0], 1);
}

static Ref m_index(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "index", nargs, kwnames)) return REF_NULL;
    Range *r = RANGE(self);
    Ref x = args[0];
    if (!exact_int_or_bool(x)) return iter_search(t, self, x, 2);
    if (!range_has_int(r, x)) return err_format(t, &exc_ValueError, "%R is not in range", x);
    if (ref_is_int(x) && all_small(r))
        return ref_from_int((ref_int(x) - ref_int(r->start)) / ref_int(r->step));
    mpz_t v, lo, st;
    mpz_inits(v, lo, st, NULL);
    int_to_mpz(x, v);
    int_to_mpz(r->start, lo);
    int_to_mpz(r->step, st);
    mpz_sub(v, v, lo);
    mpz_divexact(v, v, st);
    Ref res = int_from_mpz(t, v);
    mpz_clears(v, lo, st, NULL);
    return res;
}

static Ref m_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reversed__", nargs, kwnames)) return REF_NULL;
    Range *r = RANGE(self);
    if (int_sign(r->length) == 0) return make_iter(t, r->start, r->step, r->length);
    /* last = start + (len - 1) * step, walking back by -step. */
    Ref lm1 = int_sub(t, r->length, ref_from_int(1));
    if (ref_is_null(lm1)) return REF_NULL;
    Ref last = range_value(t, r, lm1);
    ref_close(lm1);
    if (ref_is_null(last)) return REF_NULL;
    Ref nstep = int_sub(t, ref_from_int(0), r->step);
    if (ref_is_null(nstep)) {
        ref_close(last);
        return REF_NULL;
    }
    Ref it = make_iter(t, last, nstep, r->length);
    ref_close(last);
    ref_close(nstep);
    return it;
}

static Ref m_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reduce__", nargs, kwnames)) return REF_NULL;
    Range *r = RANGE(self);
    Object *a = tuple_pack(t, 3, r->start, r->stop, r->step);
    if (!a) return REF_NULL;
    Object *res = tuple_pack(t, 2, ref_immortal(&range_type), ref_from_obj(a));
    obj_decref(a);
    return ref_from_obj(res);
}

static const MethodDef range_methods[] = {
    {"count", m_count, 0, NULL},
    {"index", m_index, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MemberDef range_members[] = {
    {"start", MEMBER_T_REF, offsetof(Range, start), MEMBER_READONLY, NULL},
    {"stop", MEMBER_T_REF, offsetof(Range, stop), MEMBER_READONLY, NULL},
    {"step", MEMBER_T_REF, offsetof(Range, step), MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type range_type = {
    TYPE_HEAD_INIT,
    .tp_name = "range",
    .tp_basicsize = sizeof(Range),
    .tp_flags = TPFLAG_SEQUENCE,
    .tp_dealloc = range_dealloc,
    .tp_free = obj_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .new_ = range_tp_new,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .bool_ = range_bool,
    .methods = range_methods,
    .members = range_members,
};

/* ---- iterators ---------------------------------------------------------------------- */

typedef struct LongRangeIter {
    Object ob;
    Ref next, step, remaining;   /* ints */
} LongRangeIter;

static Ref make_iter(Thread *t, Ref start, Ref step, Ref len) {
    /* int64 iteration when every value and every index*step fits: with |step| and
     * |start| below 2**62 and the walk staying between start and the end, it does. */
    if (ref_is_int(start) && ref_is_int(len) && ref_is_int(step) && ref_int(len) >= 0) {
        int64_t s = ref_int(start), st = ref_int(step), n = ref_int(len);
        __int128 last = (__int128)s + (__int128)(n > 0 ? n - 1 : 0) * st;
        if (last >= REF_INT_MIN && last <= REF_INT_MAX) {
            RangeIter *it = (RangeIter *)obj_alloc(t, &range_iter_type, sizeof(RangeIter));
            if (!it) return REF_NULL;
            it->start = s;
            it->step = st;
            it->len = n;
            it->index = 0;
            return ref_from_obj((Object *)it);
        }
    }
    LongRangeIter *it = (LongRangeIter *)obj_alloc(t, &longrange_iter_type, sizeof(LongRangeIter));
    if (!it) return REF_NULL;
    it->next = ref_dup(start);
    it->step = ref_dup(step);
    it->remaining = ref_dup(len);
    return ref_from_obj((Object *)it);
}

static void rangeiter_dealloc(Object *o) { o->ob_type->tp_free(o); }

static Ref rangeiter_next(Thread *t, Ref self) {
    RangeIter *it = (RangeIter *)ref_obj(self);
    if (it->index >= it->len) return REF_NULL;
    return ref_from_int(it->start + it->index++ * it->step);
}

static Ref rangeiter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs,
                                 Object *kwnames) {
    RangeIter *it = (RangeIter *)ref_obj(self);
    return ref_from_int(it->len - it->index);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type range_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIter),
    .tp_dealloc = rangeiter_dealloc,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static void longrangeiter_dealloc(Object *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    ref_close(it->next);
    ref_close(it->step);
    ref_close(it->remaining);
    o->ob_type->tp_free(o);
}

static Ref longrangeiter_next(Thread *t, Ref self) {
    LongRangeIter *it = (LongRangeIter *)ref_obj(self);
    if (int_sign(it->remaining) <= 0) return REF_NULL;
    Ref rem = int_sub(t, it->remaining, ref_from_int(1));
    if (ref_is_null(rem)) return REF_NULL;
    Ref nxt = int_add(t, it->next, it->step);
    if (ref_is_null(nxt)) {
        ref_close(rem);
        return REF_NULL;
    }
    REF_SETREF(it->remaining, rem);
    Ref v = it->next;
    it->next = nxt;
    return v;
}

static Ref longrangeiter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs,
                                     Object *kwnames) {
    return ref_dup(((LongRangeIter *)ref_obj(self))->remaining);
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type longrange_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIter),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
