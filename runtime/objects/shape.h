/* Instance attributes kept inline, keyed by a per-class shape. Owner: objects/instance.c.
 *
 * A class whose instances get a plain `__dict__` slot at a fixed offset (no variable-size
 * base, no C base other than `object`) has a Shape: the attribute names its instances
 * stored, in the order they were first stored. Names are only ever appended (at most
 * SHAPE_MAX_NAMES), never removed or reordered, so the index of a name never changes
 * and `len` doubles as the shape's version: caches that rely on a name being *absent*
 * guard on it; caches that rely on a name's index need only the type's version tag
 * (which fixes the class, hence the shape).
 *
 * Such an instance is laid out as the class says (tp_basicsize bytes), followed by
 * `capacity` Ref values; value i belongs to shape name i. The word at tp_dictoffset says
 * which representation is live:
 *
 *     odd            inline values; word >> 1 is the instance's capacity
 *     a dict         dict mode: the dict holds every attribute, the values are unused
 *     NULL           no attributes yet and no values (after `del obj.__dict__`)
 *
 * Invariant of inline mode: the values hold the instance's attributes exactly, as a
 * prefix: values[0..n) are set, the rest are REF_NULL. So the instance's attribute order
 * is the shape's order, as CPython's dict order requires. Anything that would break the
 * prefix (storing a name out of the common order, deleting a name other than the last,
 * more names than the capacity) first moves the values into a dict ("takes them over")
 * and goes on in dict mode for good. Asking for `__dict__` does the same, so vars() and
 * `__dict__` are an ordinary dict with CPython's identity and mutation semantics. */
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

/* Index of `name` (an exact str) in the shape, or -1. */
intptr_t shape_index(const Shape *s, Object *name);
/* Gives a new class its shape when its layout allows inline values. -1 on error. */
int shape_attach(Thread *t, Type *type);
void shape_free(Shape *s);

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
