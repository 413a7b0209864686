/* Instance attributes kept inline, keyed by a shape. Owner: objects/instance.c.
 *
 * A class whose instances get a plain `__dict__` slot at a fixed offset (no variable-size
 * base, no C base other than `object`) has a Shape: the attribute names its instances
 * stored, in the order they were first stored. Names are only ever appended (at most
 * SHAPE_MAX_NAMES), never removed or reordered, so the index of a name never changes
 * and `len` doubles as the shape's version: caches that rely on a name being *absent*
 * guard on it.
 *
 * A subclass that keeps its base's layout (no __slots__ of its own) shares the base's
 * shape: the shape's *members* are all the classes using it, so `self.x` stored by a
 * base class's __init__ has one index for every subclass, and one cache entry serves
 * them all. Caches keyed on a shape rather than on one class's version tag checked a
 * property of the name for every member, so the shape has a `guard_version` that
 * changes whenever a member changes (type_modified) or a class joins or leaves.
 *
 * Such an instance is laid out as the class says (tp_basicsize bytes), followed by
 * `capacity` Ref values; value i belongs to shape name i. The word at tp_dictoffset says
 * which representation is live:
 *
 *     odd            inline values; word >> 1 is the instance's capacity
 *     a dict         dict mode: the dict holds every attribute, the values are unused
 *     NULL           no attributes yet and no values (after `del obj.__dict__`)
 *
 * Invariant of inline mode: the values hold the instance's attributes exactly, in index
 * order, so the instance's attribute order is the shape's order, as CPython's dict order
 * requires. Values may have holes (REF_NULL: names other members store, deleted names),
 * but a value may only be stored into a hole that lies above every set value. Anything
 * else (storing a deleted name again below a later one, more names than the capacity)
 * first moves the values into a dict ("takes them over") and goes on in dict mode for
 * good. Asking for `__dict__` does the same, so vars() and `__dict__` are an ordinary
 * dict with CPython's identity and mutation semantics. */
#ifndef SPRY_OBJECTS_SHAPE_H
#define SPRY_OBJECTS_SHAPE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "core/object.h"

#define SHAPE_MAX_NAMES 30

typedef struct Shape {
    Object **names;          /* exact strs, owned, in insertion order */
    uint32_t len, alloc;     /* names in use / allocated; len is also the version */
    uint32_t capacity;       /* values given to new instances */
    bool names_interned;     /* every name is its interpreter's interned copy */
    uint32_t guard_version;  /* changes with membership and with any member's contents */
    Type **members;          /* the classes using the shape (borrowed: leavers unregister) */
    uint32_t nmembers, members_cap;
} Shape;

/* The class's shape, or NULL if its instances have no inline values. */
static inline Shape *type_shape(const Type *tp) { return tp->extra ? tp->extra->shape : NULL; }

static inline Object **instance_dict_word(Object *o) {
    return (Object **)((char *)o + o->ob_type->tp_dictoffset);
}

/* The inline values of `o` (whose type has a shape) and their count, or NULL when `o`
 * is not in inline mode. */
static inline Ref *instance_values(Object *o, intptr_t *capacity) {
    uintptr_t w = (uintptr_t)*instance_dict_word(o);
    if (!(w & 1)) return NULL;
    *capacity = (intptr_t)(w >> 1);
    return (Ref *)((char *)o + o->ob_type->tp_basicsize);
}

/* Inline value i of `o` (borrowed), or REF_NULL when `o` is not in inline mode, i is past
 * its values, or the value is unset. */
static inline Ref instance_value_at(Object *o, intptr_t i) {
    intptr_t cap;
    Ref *vals = instance_values(o, &cap);
    return vals != NULL && i < cap ? vals[i] : REF_NULL;
}

/* Index of `name` (an exact str) in the shape, or -1. */
intptr_t shape_index(const Shape *s, Object *name);
/* Gives a new class its shape when its layout allows inline values: its base's if the
 * layouts agree, else a new one. -1 on error. */
int shape_attach(Thread *t, Type *type);
/* A dying class leaves its shape (freed with its last member). */
void shape_detach(Type *type);

/* May a value be stored into the hole at i of an instance's values (nothing set above)? */
static inline bool values_hole_fillable(const Ref *vals, intptr_t i, intptr_t cap) {
    for (intptr_t j = i + 1; j < cap; j++)
        if (!ref_is_null(vals[j])) return false;
    return true;
}

/* A new instance of `type` (object.__new__'s allocation), with inline values when the
 * type has a shape. */
Object *instance_alloc(Thread *t, Type *type);
/* The attribute `name` of the instance's own storage (values or dict): 1 found (*out
 * owned), 0 absent, -1 error. */
int instance_lookup(Thread *t, Ref obj, Object *name, Ref *out);
/* Stores (value != NULL) or deletes an instance attribute in the instance's own storage:
 * 0 done, -1 error (AttributeError when deleting a missing name or when the object has
 * no storage, reported as the generic setattr does). */
int instance_store(Thread *t, Ref obj, Object *name, Ref value);
/* The existing instance dict (borrowed), or NULL: never creates one. */
Object *instance_dict_if_any(Ref obj);
/* Moves inline values into a dict, so the instance is in dict mode (or has no storage)
 * afterwards. -1 on error. */
int instance_take_over_values(Thread *t, Object *o);
/* Drops the inline values of a dying or cleared instance. */
void instance_clear_values(Object *o);
int instance_traverse_values(Object *o, VisitFn visit, void *arg);
/* Has the instance no attributes of its own (no values, no dict or an empty one)? */
bool instance_is_empty(Ref obj);

#endif
