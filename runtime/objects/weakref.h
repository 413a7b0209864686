/* Weak references (objects/weakref.c): weakref.ref, weakref.proxy and the per-object
 * lists of weak references.
 *
 * An object whose type has tp_weaklistoffset != 0 keeps, at that offset, an `Object *`
 * heading a doubly linked list of the WeakRef objects that refer to it (NULL: none). The
 * list is weak: neither direction holds a reference. The "basic" reference (exact
 * weakref.ref, no callback) is kept first and the basic proxy second, so that
 * `weakref.ref(o) is weakref.ref(o)`; other references follow them, newest first.
 *
 * When the referent dies, every WeakRef in its list is cleared (wr_object = NULL, unlinked)
 * and the callbacks of those still alive are called with the weak reference:
 * weakref_clear_refs() from the referent's dealloc, or the cycle collector (core/gc.c),
 * which clears the references of all garbage first and runs only the callbacks of weak
 * references that are not garbage themselves. */
#ifndef SPRY_OBJECTS_WEAKREF_H
#define SPRY_OBJECTS_WEAKREF_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "core/object.h"

typedef struct WeakRef {
    Object ob;
    Object *wr_object;           /* the referent (not owned); NULL once it died */
    Object *wr_callback;         /* owned; NULL: none */
    int64_t hash;                /* -1 until computed */
    struct WeakRef *wr_prev, *wr_next;
} WeakRef;

extern Type weakref_type, weakproxy_type, weakcallableproxy_type;

/* The list head of o (NULL if o's type does not support weak references). */
Object **weakref_list_ptr(Object *o);
/* Clears every weak reference to o and calls the callbacks (o is being deallocated; the
 * raised exception, if any, is preserved). */
void weakref_clear_refs(Object *o);
/* Clears wr (unlinks it from its referent's list); the GC's half of weakref_clear_refs. */
void weakref_clear_one(WeakRef *wr);
/* Calls wr's callback with wr (errors are reported as unraisable). */
void weakref_call_callback(Thread *t, WeakRef *wr);
intptr_t weakref_count(Object *o);
Ref weakref_new(Thread *t, Type *type, Ref obj, Ref callback);
Object *weakref_module_create(Thread *t);

#endif
