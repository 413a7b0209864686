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

#endif
