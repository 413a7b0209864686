/* set and frozenset. Owner: objects/set.c. Iteration order matches CPython's for equal
 * hashes (same open-addressing scheme), so {3, 1, 2} prints as CPython prints it. */
#ifndef SPRY_OBJECTS_SET_H
#define SPRY_OBJECTS_SET_H
#include "core/object.h"

extern Type set_type, frozenset_type;

bool set_check(Ref r);          /* set, frozenset or subclass */
Object *set_new(Thread *t, Ref iterable /* REF_NULL: empty */);
Object *frozenset_new(Thread *t, Ref iterable);
int set_add(Thread *t, Object *set, Ref key);
int set_contains(Thread *t, Object *set, Ref key);       /* 1, 0, -1 */
int set_discard(Thread *t, Object *set, Ref key);        /* 1 removed, 0 absent, -1 */
intptr_t set_size(Object *set);
bool set_next(Object *set, intptr_t *pos, Ref *key);     /* borrowed key */

/* ---- additions (containers engineer) ---- */
extern Type set_iter_type;
bool set_check_exact_any(Ref r);                         /* exactly set or frozenset */
/* In-place forms of the set methods, for any iterable `other` (set must be a set). */
int set_update(Thread *t, Object *set, Ref other);
int set_difference_update(Thread *t, Object *set, Ref other);
int set_symmetric_difference_update(Thread *t, Object *set, Ref other);
/* set.intersection(other) for one iterable: a new set of set's type family. */
Object *set_intersection(Thread *t, Object *set, Ref other);
void set_clear(Object *set);
/* Removes and returns an arbitrary element (KeyError "pop from an empty set"). */
Ref set_pop(Thread *t, Object *set);

#endif
