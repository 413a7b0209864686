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
/* Resolves a slice against a sequence length, as slice.indices(): -1 on error. */
int slice_unpack(Thread *t, Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);
Object *range_new(Thread *t, Ref start, Ref stop, Ref step);
/* iter() over an object with __getitem__ only. */
Object *seq_iter_new(Thread *t, Ref seq);
Object *callable_iter_new(Thread *t, Ref callable, Ref sentinel);

#endif
