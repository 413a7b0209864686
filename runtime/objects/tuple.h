/* tuple. Owner: objects/tuple.c. Items are Refs (small ints stay tagged). */
#ifndef SPRY_OBJECTS_TUPLE_H
#define SPRY_OBJECTS_TUPLE_H
#include "core/object.h"

typedef struct Tuple {
    VarObject ob;          /* ob_size = length */
    int64_t hash_unused;   /* keeps items 16-aligned; not a cache */
    Ref items[];
} Tuple;

extern Type tuple_type;

#define TUPLE(o) ((Tuple *)(o))
static inline intptr_t tuple_size(Object *t) { return TUPLE(t)->ob.ob_size; }
static inline Ref *tuple_items(Object *t) { return TUPLE(t)->items; }
static inline Ref tuple_get(Object *t, intptr_t i) { return TUPLE(t)->items[i]; } /* borrowed */
bool tuple_check(Ref r);
static inline bool tuple_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &tuple_type; }

/* A tuple of n items, all REF_NULL: fill every slot with owned Refs before use. */
Object *tuple_new(Thread *t, intptr_t n);
Object *tuple_empty(void);                         /* the immortal () */
/* New tuple from n borrowed Refs (each is dup'd). */
Object *tuple_from_array(Thread *t, const Ref *items, intptr_t n);
/* tuple_from_array for the positional arguments lent to a C function for one call: left
 * untracked when every item is an atom (as the collector would leave it), so that
 * tuple_release_args can put it straight back on the thread's free list when the callee
 * kept no reference. Any tuple may be released that way; it falls back to obj_decref. */
Object *tuple_from_args(Thread *t, const Ref *items, intptr_t n);
void tuple_release_args(Thread *t, Object *o);
/* New tuple stealing n owned Refs (on failure they are closed). */
Object *tuple_from_array_steal(Thread *t, Ref *items, intptr_t n);
Object *tuple_pack(Thread *t, intptr_t n, ...);    /* n borrowed Refs */
Object *tuple_from_iterable(Thread *t, Ref iterable);
Object *tuple_slice(Thread *t, Object *tup, intptr_t start, intptr_t stop);
/* tup[start:stop:step] for bounds as slice_unpack gives them. */
Object *tuple_get_range(Thread *t, Object *tup, intptr_t start, intptr_t stop, intptr_t step);
/* a == b for two exact tuples, item by item as tuple's __eq__ compares them (1, 0, or -1
 * with an exception): the dict and set lookups' path for tuple keys. */
int tuple_items_equal(Thread *t, Object *a, Object *b);
/* Frees the thread's spare tuples (thread teardown). */
void tuple_release_freelists(Thread *t);

#endif
