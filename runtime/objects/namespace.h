/* types.SimpleNamespace: an object whose attributes live in a plain dict. */
#ifndef SPRY_OBJECTS_NAMESPACE_H
#define SPRY_OBJECTS_NAMESPACE_H
#include "core/object.h"

typedef struct Namespace {
    Object ob;
    Object *dict;
} Namespace;

extern Type namespace_type;
Object *namespace_new(Thread *t);
static inline Object *namespace_dict(Object *ns) { return ((Namespace *)ns)->dict; }

#endif
