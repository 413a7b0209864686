/* range, slice, and the built-in iterator types (sequence iterator, callable iterator,
 * enumerate, zip, map, filter, reversed). Owner: objects/range.c, objects/slice.c,
 * objects/iterobjects.c. */
#ifndef SPRY_OBJECTS_ITEROBJECTS_H
#define SPRY_OBJECTS_ITEROBJECTS_H
#include "core/object.h"

typedef struct Slice {
    Object ob;
    Ref start, stop, step;     /* None when omitted, never REF_NULL */
} Slice;

extern Type range_type, range_iter_type, slice_type, seq_iter_type, callable_iter_type,
    enumerate_type, zip_type, map_type, filter_type, reversed_type;

Object *slice_new(Thread *t, Ref start, Ref stop, Ref step);  /* borrowed; NULL = None */
/* Frees the thread's spare slice (thread exit). */
void slice_release_spare(Thread *t);
/* Resolves a slice against a sequence length, as slice.indices(): -1 on error. */
int slice_unpack(Thread *t, Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
/* slice_unpack for bounds that need no calls: small ints or None (step may also be
 * REF_NULL), a nonzero step. False, with nothing set, for any other bounds. */
static inline bool slice_unpack_small(Ref start, Ref stop, Ref step, intptr_t out[3]) {
    if (!(ref_is_int(start) || ref_is_none(start)) || !(ref_is_int(stop) || ref_is_none(stop)))
        return false;
    intptr_t st = 1;
    if (ref_is_int(step)) {
        st = (intptr_t)ref_int(step);
        if (st == 0) return false;
    } else if (!ref_is_none(step) && !ref_is_null(step)) {
        return false;
    }
    out[0] = ref_is_int(start) ? (intptr_t)ref_int(start) : st < 0 ? INTPTR_MAX : 0;
    out[1] = ref_is_int(stop) ? (intptr_t)ref_int(stop) : st < 0 ? INTPTR_MIN : INTPTR_MAX;
    out[2] = st;
    return true;
}
intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);
Object *range_new(Thread *t, Ref start, Ref stop, Ref step);
/* iter() over an object with __getitem__ only. */
Object *seq_iter_new(Thread *t, Ref seq);
Object *callable_iter_new(Thread *t, Ref callable, Ref sentinel);

/* ---- additions (containers engineer) ---- */
/* Iterators over the built-in sequences. They hold the sequence and an index; the VM may
 * read the fields directly for FOR_ITER specializations. `seq` is NULL once exhausted. */
typedef struct SeqIter {
    Object ob;
    intptr_t index;
    Object *seq;
} SeqIter;

/* range iteration over values that fit in int64 (range_iter_type); longer ranges use
 * longrange_iter_type. The next value is start + index*step while index < len. */
typedef struct RangeIter {
    Object ob;
    int64_t start, step, len, index;
} RangeIter;

typedef struct Range {
    Object ob;
    Ref start, stop, step, length;   /* ints (tagged or heap); step != 0 */
} Range;

extern Type tuple_iter_type, list_iter_type, list_reviter_type, longrange_iter_type;
Object *tuple_iter_new(Thread *t, Object *tuple);
Object *list_iter_new(Thread *t, Object *list);
Object *list_reviter_new(Thread *t, Object *list);
bool range_check(Ref r);
bool slice_check(Ref r);
/* slice.indices(length) on unbounded ints (length >= 0): out[] = start, stop, step
 * (owned). -1 on error. */
int slice_indices_big(Thread *t, Object *slice, Ref length, Ref out[3]);
/* range(n) for 0 <= n: the common constructor. */
Object *range_new_n(Thread *t, int64_t n);
/* reversed(seq) as the builtin does (__reversed__, or __len__ + __getitem__). */
Ref reversed_new(Thread *t, Ref seq);

#endif
