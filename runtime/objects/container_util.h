/* Private helpers shared by the container files (tuple.c, list.c, list_sort.c, dict*.c,
 * set.c, range.c, slice.c, iterobjects.c). Not a contract: include after "spry.h". */
#ifndef SPRY_OBJECTS_CONTAINER_UTIL_H
#define SPRY_OBJECTS_CONTAINER_UTIL_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

/* Visits the object a Ref owns (tp_traverse). Small ints, REF_NULL and borrowed
 * (immortal) pointers own nothing the collector could free. */
#define VISIT_REF(r)                                                                       \
    do {                                                                                   \
        Ref vr_ = (r);                                                                     \
        if (ref_is_obj(vr_) && !ref_is_borrowed(vr_)) {                                    \
            int vv_ = visit(ref_obj(vr_), arg);                                            \
            if (vv_) return vv_;                                                           \
        }                                                                                  \
    } while (0)

#define VISIT_OBJ(o)                                                                       \
    do {                                                                                   \
        Object *vo_ = (Object *)(o);                                                       \
        if (vo_) {                                                                         \
            int vv_ = visit(vo_, arg);                                                     \
            if (vv_) return vv_;                                                           \
        }                                                                                  \
    } while (0)

#define SSIZE_MAX_ ((intptr_t)INTPTR_MAX)
#define SSIZE_MIN_ ((intptr_t)INTPTR_MIN)

/* Does r support __index__ (so it may be used as a sequence index / repeat count)? */
static inline bool cu_has_index(Ref r) {
    return ref_is_int(r) || ref_type(r)->index != NULL;
}

/* Equality with the cheap cases inline (identity, two small ints, two exact strs); -1 on
 * error. */
static inline int cu_eq(Thread *t, Ref a, Ref b) {
    if (ref_is(a, b)) return 1;
    if (ref_is_int(a) && ref_is_int(b)) return 0;
    if (str_check_exact(a) && str_check_exact(b)) return str_eq(ref_obj(a), ref_obj(b));
    return obj_richcompare_bool(t, a, b, CMP_EQ);
}

/* The hash of a key with the common cases inline. */
static inline int64_t cu_hash(Thread *t, Ref key) {
    if (ref_is_int(key)) return int_hash(key);
    if (str_check_exact(key)) return str_hash(ref_obj(key));
    return obj_hash(t, key);
}

static inline Ref cu_self_iter(Thread *t, Ref self) { return ref_dup(self); }

/* Is `op` a valid CMP_* value? Used by richcompare slots returning NotImplemented. */
static inline Ref cu_bool(bool b) { return ref_from_bool(b); }

/* For sequence + and *: should the slot leave the operation to the other operand
 * (a Python class that defines the reflected method `rname`)? */
static inline bool cu_defer_to_heap_type(Ref other, Object *rname) {
    Type *tp = ref_type(other);
    return type_has_flag(tp, TPFLAG_HEAPTYPE) && !ref_is_null(type_lookup(tp, rname));
}

/* (list.c) Builds "<open>r1, r2, ...<close>" from the reprs of n borrowed values. */
Object *list_repr_items(Thread *t, const char *open, const Ref *items, intptr_t n,
                      const char *close);
/* (list.c) Joins a list of str with ", " and wraps it: "<open>...<close>". Steals parts. */
Object *list_wrap_join(Thread *t, const char *open, Object *parts, const char *close);

/* (tuple.c) Lexicographic comparison of two tuples (is_list false) or two lists: items
 * are compared while equal; the first difference decides, else the lengths. Sizes and
 * items are re-read each step because comparisons may run Python code. */
Ref tuple_compare_arrays(Thread *t, Object *a, Object *b, int op, bool is_list);
/* (tuple.c) For sequence `*`: the repeat count from the non-sequence operand. 1 with
 * *count set, 0 for NotImplemented (defer to a Python class), -1 on error. */
int tuple_repeat_count(Thread *t, Ref seq, Ref other, bool seq_is_left, intptr_t *count);
/* (tuple.c) Optional start/stop arguments of index() (args[1], args[2]) resolved
 * against a length with clamping. */
bool tuple_index_bounds(Thread *t, const Ref *args, size_t nargs, intptr_t n,
                        intptr_t *start, intptr_t *stop);

#endif
