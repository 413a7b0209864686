/* type and object: the object model. Owner: objects/type*.c, objects/object.c,
 * objects/descr.c, objects/super.c, objects/singletons.c.
 *
 * Static built-in types are process-wide and immortal: each object file defines its
 * `Type xxx_type = {...}` statically (name, basicsize, slots, methods/getsets/members),
 * and runtime_init() readies them all once (type_ready: bases, MRO, dict filled from the
 * slots and the method tables, slots inherited). Classes made by `class` statements are
 * heap types owned by an interpreter. */
#ifndef SPRY_OBJECTS_TYPE_H
#define SPRY_OBJECTS_TYPE_H
#include "core/object.h"

/* Designated initializer for a static type's header:
 *     Type list_type = { TYPE_HEAD_INIT, .tp_name = "list", ... };  */
#define TYPE_HEAD_INIT                                                                     \
    .ob_base = {.ob_base = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &type_type}}

extern Type type_type, object_type, none_type, notimplemented_type, ellipsis_type,
    property_type, staticmethod_type, classmethod_type, super_type, method_type,
    cfunction_type, method_descr_type, classmethod_descr_type, getset_descr_type,
    member_descr_type, wrapper_descr_type, method_wrapper_type;

/* Singletons (immortal, static). */
extern Object none_obj, notimplemented_obj, ellipsis_obj;
#define REF_NONE ref_immortal(&none_obj)
#define REF_NOTIMPLEMENTED ref_immortal(&notimplemented_obj)
#define REF_ELLIPSIS ref_immortal(&ellipsis_obj)
static inline bool ref_is_none(Ref r) { return ref_is_object(r, &none_obj); }

/* Readies a static type (or a legacy static type): once. -1 on error. */
int type_ready(Thread *t, Type *type);
/* The "short" name shown in messages: the part of tp_name after the last '.'. */
const char *type_name(const Type *type);
Object *type_qualname(Thread *t, Type *type);
bool type_is_subtype(const Type *a, const Type *b);          /* via the MRO */
/* Attribute lookup along the MRO, no descriptors invoked. Borrowed; REF_NULL if absent
 * (never raises). */
Ref type_lookup(Type *type, Object *name);
/* Called whenever a type's dict or bases change: new version tag, slots refreshed. */
void type_modified(Type *type);
/* type(name, bases, dict) for the class statement: the metaclass machinery
 * (__prepare__ is the caller's business, __init_subclass__ and __set_name__ are here). */
Ref type_new_from_spec(Thread *t, Type *metatype, Object *name, Object *bases, Object *dict,
                       Object *kwnames_dict);
bool type_check(Ref r);

static inline bool ref_isinstance_exact(Ref r, const Type *tp) { return ref_type(r) == tp; }
/* isinstance by MRO only (no __instancecheck__): the fast check C code wants. */
static inline bool ref_type_is(Ref r, const Type *tp) { return type_is_subtype(ref_type(r), tp); }

/* object's default behaviours, reusable by other types. */
Ref object_generic_getattr(Thread *t, Ref obj, Object *name);
int object_generic_setattr(Thread *t, Ref obj, Object *name, Ref value);
Ref object_default_repr(Thread *t, Ref self);    /* <mod.Name object at 0x...> */
/* The instance __dict__ of obj (created on demand), borrowed; NULL if it has none. */
Object *object_get_dict(Thread *t, Ref obj);

/* Built-in function/method objects from a MethodDef: `self` bound (may be REF_NULL for
 * plain functions), module name for __module__. */
Object *cfunction_new(Thread *t, const MethodDef *def, Ref self, Object *module_name);
/* A bound method (types.MethodType): func and self borrowed. */
Object *method_new(Thread *t, Ref func, Ref self);

#endif
