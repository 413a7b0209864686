/* slice objects and the index arithmetic every sequence shares. */
#include "spry.h"
#include "objects/container_util.h"

bool slice_check(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &slice_type; }

static inline bool slice_bound_atomic(Ref r) { return ref_is_int(r) || ref_is_none(r); }

/* Slices live for one subscript: each thread keeps its last freed one (t->slice_spare)
 * for the next, sparing the allocator a zeroing allocate and a free per `a[i:j]`. */
Object *slice_new(Thread *t, Ref start, Ref stop, Ref step) {
    Slice *s = (Slice *)t->slice_spare;
    if (s) {
        t->slice_spare = NULL;
        s->ob.ob_refcnt = 1;
        gc_count_alloc(t);
    } else {
        s = (Slice *)obj_alloc(t, &slice_type, sizeof(Slice));
        if (!s) return NULL;
    }
    s->start = ref_is_null(start) ? REF_NONE : ref_dup(start);
    s->stop = ref_is_null(stop) ? REF_NONE : ref_dup(stop);
    s->step = ref_is_null(step) ? REF_NONE : ref_dup(step);
    /* bounds that are small ints or None cannot lead back to the slice: only other
     * slices need the collector */
    if (!slice_bound_atomic(s->start) || !slice_bound_atomic(s->stop) ||
        !slice_bound_atomic(s->step))
        gc_track((Object *)s);
    return (Object *)s;
}

/* A slice bound that is not a small int, as a clamped ssize (CPython's
 * _PyEval_SliceIndex). */
static __attribute__((noinline)) bool slice_index_obj(Thread *t, Ref v, intptr_t *out) {
    if (!cu_has_index(v)) {
        err_set(t, &exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    intptr_t x = obj_as_ssize(t, v, NULL);
    if (x == -1 && err_occurred(t)) return false;
    *out = x;
    return true;
}

static inline bool slice_index(Thread *t, Ref v, intptr_t *out) {
    if (ref_is_int(v)) {
        *out = (intptr_t)ref_int(v);
        return true;
    }
    return slice_index_obj(t, v, out);
}

static __attribute__((noinline)) int slice_unpack_any(Thread *t, const Slice *s, intptr_t *start,
                                                      intptr_t *stop, intptr_t *step) {
    intptr_t st = 1;
    if (!ref_is_none(s->step)) {
        if (!slice_index(t, s->step, &st)) return -1;
        if (st == 0) {
            err_set(t, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* Keep -step representable. */
        if (st < -INTPTR_MAX) st = -INTPTR_MAX;
    }
    *step = st;
    if (ref_is_none(s->start)) *start = st < 0 ? INTPTR_MAX : 0;
    else if (!slice_index(t, s->start, start)) return -1;
    if (ref_is_none(s->stop)) *stop = st < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (!slice_index(t, s->stop, stop)) return -1;
    return 0;
}

int slice_unpack(Thread *t, Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
    const Slice *s = (const Slice *)slice;
    intptr_t b[3];
    if (slice_unpack_small(s->start, s->stop, s->step, b)) {
        *start = b[0];
        *stop = b[1];
        *step = b[2];
        return 0;
    }
    return slice_unpack_any(t, s, start, stop, step);
}

intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    /* (the common steps need no division) */
    if (step < 0) {
        if (*stop < *start) return step == -1 ? *start - *stop : (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return step == 1 ? *stop - *start : (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* slice.indices semantics on unbounded ints: out[0..2] = start, stop, step (owned).
 * length must be a non-negative int. */
int slice_indices_big(Thread *t, Object *slice, Ref length, Ref out[3]) {
    Slice *s = (Slice *)slice;
    mpz_t len, st, lo, hi, v;
    mpz_inits(len, st, lo, hi, v, NULL);
    int rc = -1;
    out[0] = out[1] = out[2] = REF_NULL;
    int_to_mpz(length, len);
    if (ref_is_none(s->step)) {
        mpz_set_ui(st, 1);
    } else {
        Ref x = obj_index(t, s->step);
        if (ref_is_null(x)) {
            if (err_matches(t, &exc_TypeError)) {
                err_clear(t);
                err_set(t, &exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
            }
            goto done;
        }
        int_to_mpz(x, st);
        ref_close(x);
        if (mpz_sgn(st) == 0) {
            err_set(t, &exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    bool neg = mpz_sgn(st) < 0;
    if (neg) {
        mpz_set_si(lo, -1);
        mpz_sub_ui(hi, len, 1);
    } else {
        mpz_set_ui(lo, 0);
        mpz_set(hi, len);
    }
    for (int k = 0; k < 2; k++) {
        Ref bound = k == 0 ? s->start : s->stop;
        if (ref_is_none(bound)) {
            mpz_set(v, (k == 0) == neg ? hi : lo);
        } else {
            Ref x = obj_index(t, bound);
            if (ref_is_null(x)) {
                if (err_matches(t, &exc_TypeError)) {
                    err_clear(t);
                    err_set(t, &exc_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
                }
                goto done;
            }
            int_to_mpz(x, v);
            ref_close(x);
            if (mpz_sgn(v) < 0) {
                mpz_add(v, v, len);
                if (mpz_cmp(v, lo) < 0) mpz_set(v, lo);
            } else if (mpz_cmp(v, hi) > 0) {
                mpz_set(v, hi);
            }
        }
        out[k] = int_from_mpz(t, v);
        if (ref_is_null(out[k])) goto done;
    }
    out[2] = int_from_mpz(t, st);
    if (ref_is_null(out[2])) goto done;
    rc = 0;
done:
    if (rc < 0) {
        for (int k = 0; k < 3; k++) ref_close(out[k]);
    }
    mpz_clears(len, st, lo, hi, v, NULL);
    return rc;
}

static void slice_dealloc(Object *o) {
    if (gc_is_tracked(o)) gc_untrack(o);   /* only slices with object bounds were tracked */
    Slice *s = (Slice *)o;
    ref_close(s->start);
    ref_close(s->stop);
    ref_close(s->step);
    Thread *t = thread_current();
    if (t && !t->slice_spare) {
        t->slice_spare = o;
        gc_count_free(t);
        return;
    }
    o->ob_type->tp_free(o);
}

void slice_release_spare(Thread *t) {
    if (t->slice_spare) obj_free(t->slice_spare);
    t->slice_spare = NULL;
}

static int slice_traverse(Object *o, VisitFn visit, void *arg) {
    Slice *s = (Slice *)o;
    VISIT_REF(s->start);
    VISIT_REF(s->stop);
    VISIT_REF(s->step);
    return 0;
}

static Ref slice_repr(Thread *t, Ref self) {
    Slice *s = (Slice *)ref_obj(self);
    return ref_from_obj(str_from_format(t, "slice(%R, %R, %R)", s->start, s->stop, s->step));
}

static Ref slice_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!slice_check(a) || !slice_check(b)) return REF_NOTIMPLEMENTED;
    if (ref_is(a, b) && (op == CMP_EQ || op == CMP_NE)) return ref_from_bool(op == CMP_EQ);
    Slice *x = (Slice *)ref_obj(a), *y = (Slice *)ref_obj(b);
    Object *tx = tuple_pack(t, 3, x->start, x->stop, x->step);
    if (!tx) return REF_NULL;
    Object *ty = tuple_pack(t, 3, y->start, y->stop, y->step);
    if (!ty) {
        obj_decref(tx);
        return REF_NULL;
    }
    Ref r = obj_richcompare(t, ref_from_obj(tx), ref_from_obj(ty), op);
    obj_decref(tx);
    obj_decref(ty);
    return r;
}

static Ref slice_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "slice", kwnames)) return REF_NULL;
    if (!args_count(t, "slice", nargs, NULL, 1, 3)) return REF_NULL;
    if (nargs == 1) return ref_from_obj(slice_new(t, REF_NULL, args[0], REF_NULL));
    return ref_from_obj(slice_new(t, args[0], args[1], nargs > 2 ? args[2] : REF_NULL));
}

static Ref m_indices(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "indices", nargs, kwnames)) return REF_NULL;
    Ref len = obj_index(t, args[0]);
    if (ref_is_null(len)) return REF_NULL;
    if (int_sign(len) < 0) {
        ref_close(len);
        return err_set(t, &exc_ValueError, "length should not be negative");
    }
    Ref out[3];
    int rc = slice_indices_big(t, ref_obj(self), len, out);
    ref_close(len);
    if (rc < 0) return REF_NULL;
    return ref_from_obj(tuple_from_array_steal(t, out, 3));
}

static Ref m_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reduce__", nargs, kwnames)) return REF_NULL;
    Slice *s = (Slice *)ref_obj(self);
    Object *a = tuple_pack(t, 3, s->start, s->stop, s->step);
    if (!a) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_immortal(&slice_type), ref_from_obj(a));
    obj_decref(a);
    return ref_from_obj(r);
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MemberDef slice_members[] = {
    {"start", MEMBER_T_REF, offsetof(Slice, start), MEMBER_READONLY, NULL},
    {"stop", MEMBER_T_REF, offsetof(Slice, stop), MEMBER_READONLY, NULL},
    {"step", MEMBER_T_REF, offsetof(Slice, step), MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type slice_type = {
    TYPE_HEAD_INIT,
    .tp_name = "slice",
    .tp_basicsize = sizeof(Slice),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = slice_dealloc,
    .tp_traverse = slice_traverse,
    .tp_free = obj_free,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_tp_new,
    .methods = slice_methods,
    .members = slice_members,
};
