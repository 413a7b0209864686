/* list. Owner: objects/list.c (and objects/list_sort.c). Layout matches PyListObject. */
#ifndef SPRY_OBJECTS_LIST_H
#define SPRY_OBJECTS_LIST_H
#include "core/object.h"

typedef struct List {
    VarObject ob;          /* ob_size = length */
    Ref *items;
    intptr_t allocated;
} List;

extern Type list_type;

#define LIST(o) ((List *)(o))

/* Frees the thread's spare lists (thread teardown). */
void list_release_freelist(Thread *t);
static inline intptr_t list_size(Object *l) { return LIST(l)->ob.ob_size; }
static inline Ref *list_items(Object *l) { return LIST(l)->items; }
bool list_check(Ref r);
static inline bool list_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &list_type; }

Object *list_new(Thread *t, intptr_t n);           /* n REF_NULL items: fill them all */
Object *list_from_array(Thread *t, const Ref *items, intptr_t n); /* dups */
Object *list_from_iterable(Thread *t, Ref iterable);
int list_append(Thread *t, Object *list, Ref item);        /* item borrowed; -1 error */
int list_append_steal(Thread *t, Object *list, Ref item);  /* item stolen */
int list_extend(Thread *t, Object *list, Ref iterable);
int list_insert(Thread *t, Object *list, intptr_t i, Ref item);
int list_sort(Thread *t, Object *list, Ref key /* NULL */, bool reverse);
int list_reverse(Thread *t, Object *list);
Object *list_as_tuple(Thread *t, Object *list);

/* ---- additions (containers engineer) ---- */
/* Resizes to n items (growing with CPython's over-allocation; new slots are REF_NULL and
 * must be filled). -1 + MemoryError on failure. */
int list_resize(Thread *t, Object *list, intptr_t n);
/* list[lo:hi] as a new list. */
Object *list_slice(Thread *t, Object *list, intptr_t lo, intptr_t hi);
/* list[lo:hi] = v (v NULL/REF_NULL: delete); v any iterable. -1 on error. */
int list_set_slice(Thread *t, Object *list, intptr_t lo, intptr_t hi, Ref v);
/* list[start:stop:step] and its assignment for bounds as slice_unpack gives them (not
 * yet clamped to the length); v as for list_set_slice. */
Object *list_get_range(Thread *t, Object *list, intptr_t start, intptr_t stop, intptr_t step);
int list_set_range(Thread *t, Object *list, intptr_t start, intptr_t stop, intptr_t step, Ref v);
/* Removes and returns item i (negative counts from the end); IndexError as list.pop. */
Ref list_pop(Thread *t, Object *list, intptr_t i);
void list_clear_items(Object *list);

/* Recursion guard for repr() of containers, as CPython's Py_ReprEnter/Py_ReprLeave:
 * repr_enter returns 0 (go ahead; call repr_leave when done), 1 (obj is already being
 * repr'd on this thread: print "[...]" and do not call repr_leave) or -1 (error, e.g.
 * RecursionError). It also counts one level of t->depth (rec_enter), so deeply nested
 * data raises RecursionError instead of overflowing the C stack. The set of objects
 * being repr'd is per thread (Thread.repr_list). */
int repr_enter(Thread *t, Ref obj);
void repr_leave(Thread *t, Ref obj);

#endif
