/* The thread's free list of exact floats: the allocation and release paths that float
 * arithmetic in the interpreter takes without a call. Owner: objects/float.c. */
#ifndef SPRY_OBJECTS_FLOAT_ALLOC_H
#define SPRY_OBJECTS_FLOAT_ALLOC_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "core/state.h"
#include "objects/float.h"

#define FLOAT_FREELIST_MAX 256

/* A float from the free list (linked through ob_type), or NULL when it is empty. */
static inline Object *float_take_free(Thread *t, double v) {
    Object *o = t->float_freelist;
    if (o) {
        t->float_freelist = (Object *)o->ob_type;
        t->float_freelist_len--;
        o->ob_refcnt = 1;
        o->ob_type = &float_type;
        ((Float *)o)->value = v;
    }
    return o;
}

/* Keeps a dead exact float for reuse; false when the list is full. */
static inline bool float_keep_free(Thread *t, Object *o) {
    if (t->float_freelist_len >= FLOAT_FREELIST_MAX) return false;
    o->ob_type = (Type *)t->float_freelist;
    t->float_freelist = o;
    t->float_freelist_len++;
    return true;
}

#endif
