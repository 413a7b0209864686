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
#include "core/runtime.h"

/* Designated initializer for a static type's header:
 *     Type list_type = { TYPE_HEAD_INIT, .tp_name = "list", ... };  */
#define TYPE_HEAD_INIT                                                                     \
    .ob_base = {.ob_base = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &type_type}}

struct PyMethodDef;   /* a legacy extension's method definition (api/legacy) */

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
/* object_generic_getattr, except that a name found nowhere gives REF_NULL with no
 * exception set (for __getattr__ hooks: no AttributeError made only to be cleared). */
Ref object_generic_getattr_or_null(Thread *t, Ref obj, Object *name);
int object_generic_setattr(Thread *t, Ref obj, Object *name, Ref value);
Ref object_default_repr(Thread *t, Ref self);    /* <mod.Name object at 0x...> */
/* The instance __dict__ of obj (created on demand), borrowed; NULL if it has none. */
Object *object_get_dict(Thread *t, Ref obj);

/* Built-in function/method objects from a MethodDef: `self` bound (may be REF_NULL for
 * plain functions), module name for __module__. */
Object *cfunction_new(Thread *t, const MethodDef *def, Ref self, Object *module_name);
/* The same for a legacy PyMethodDef; `cls` (may be NULL) is its defining class. */
Object *cfunction_new_legacy(Thread *t, const struct PyMethodDef *ml, Ref self, Object *module,
                             Type *cls);
/* A bound method (types.MethodType): func and self borrowed. */
Object *method_new(Thread *t, Ref func, Ref self);

/* ==== Extensions (objects/type*.c, object.c, descr.c, ...) =============================== */

/* Most-derived metaclass of `meta` and the metaclasses of `bases` (a tuple), for
 * builtins.__build_class__. Borrowed; NULL + TypeError "metaclass conflict: ...". */
Type *type_calculate_metaclass(Thread *t, Type *meta, Object *bases);
/* type.__call__: new_ then init (init skipped when new_ returns a non-instance). */
Ref type_call(Thread *t, Ref type, const Ref *args, size_t nargs, Object *kwnames);
/* The `__class_getitem__` of built-in generic types: put
 *     {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL}
 * in a type's methods to make list[int] a types.GenericAlias. */
Ref type_generic_class_getitem(Thread *t, Ref cls, const Ref *args, size_t nargs,
                               Object *kwnames);
/* A types.GenericAlias(origin, args) (args: a tuple or a single value). */
Ref generic_alias_new(Thread *t, Ref origin, Ref args);
extern Type generic_alias_type, union_type;
/* X | Y for types (types.UnionType); REF_NOTIMPLEMENTED for other operands. */
Ref union_or(Thread *t, Ref a, Ref b);

/* The slot of object.__new__ / __init__ (so other files can recognise "not overridden"). */
Ref object_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames);
int object_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref object_str(Thread *t, Ref self);               /* str(): calls repr */
int64_t object_hash_identity(Thread *t, Ref self); /* object.__hash__ */
Ref object_richcompare(Thread *t, Ref a, Ref b, int op);
/* Where obj keeps its instance dict pointer (tp_dictoffset, negative offsets counted
 * from the end of a variable-size object), or NULL if its type has none. */
Object **object_dict_ptr(Ref obj);
/* The AttributeError "'%T' object has no attribute '%U'" with .name and .obj set. */
Ref object_attribute_error(Thread *t, Ref obj, Object *name);
/* Sets .name/.obj on the AttributeError being raised (if it is one and they are unset). */
void err_set_attribute_error_context(Thread *t, Ref obj, Object *name);

/* Static methods / class methods (objects/funcobjects.c); callable borrowed. */
Object *staticmethod_new(Thread *t, Ref callable);
Object *classmethod_new(Thread *t, Ref callable);
/* A property's getter (borrowed; REF_NULL when it has none), for the specializer. */
Ref property_fget(Object *prop);

/* ---- descriptors (objects/descr.c) ------------------------------------------------------ */

/* One row of the slot table (objects/type_slots.c): a dunder and the Type slot it maps to. */
typedef struct SlotDef SlotDef;
typedef Ref (*WrapperFn)(Thread *t, Ref self, const Ref *args, size_t nargs,
                         Object *kwnames, const SlotDef *def, void *wrapped);
struct SlotDef {
    size_t name_off;       /* offsetof(RuntimeIds, <dunder>) */
    size_t slot_off;       /* offsetof(Type, <slot>) */
    void *generic;         /* slot function that calls the dunder (Python classes) */
    WrapperFn wrapper;     /* exposes the C slot as the dunder */
    int arg;               /* CMP_* for comparisons, NB_* for number ops */
    const char *doc;
};
static inline Object *slotdef_name(const SlotDef *d) {
    return *(Object **)((char *)&spry_runtime.ids + d->name_off);
}

/* Every descriptor starts with this: the defining type (a strong reference for heap
 * types) and the attribute name (str). */
typedef struct Descr {
    Object ob;
    Type *type;
    Object *name;
} Descr;
/* method_descriptor and classmethod_descriptor carry one of two calling conventions, like
 * builtin_function_or_method below: a runtime MethodDef (`def`), or a legacy PyMethodDef
 * (`def` NULL, `ml` set; called through api/legacy/legacy_call.h). */
typedef struct MethodDescr {
    Descr d;
    const MethodDef *def;
    const struct PyMethodDef *ml;
} MethodDescr;
typedef struct GetSetDescr { Descr d; const GetSetDef *def; } GetSetDescr;
typedef struct MemberDescr { Descr d; const MemberDef *def; } MemberDescr;
typedef struct WrapperDescr { Descr d; const SlotDef *slot; void *wrapped; } WrapperDescr;
/* A wrapper descriptor bound to an instance: (1).__add__. */
typedef struct MethodWrapper { Object ob; WrapperDescr *descr; Ref self; } MethodWrapper;

Object *descr_new_method(Thread *t, Type *type, const MethodDef *def);      /* METH_CLASS too */
/* A method_descriptor (classmethod_descriptor when `classmethod`) for a legacy PyMethodDef
 * named `name`. */
Object *descr_new_legacy_method(Thread *t, Type *type, const struct PyMethodDef *ml, Object *name,
                                bool classmethod);
Object *descr_new_getset(Thread *t, Type *type, const GetSetDef *def);
Object *descr_new_member(Thread *t, Type *type, const MemberDef *def);
Object *descr_new_wrapper(Thread *t, Type *type, const SlotDef *slot, void *wrapped);
/* Is `d` a data descriptor (its type has descr_set)? */
static inline bool descr_is_data(Ref d) { return ref_is_obj(d) && ref_type(d)->descr_set; }

/* ---- built-in functions and bound methods (objects/cfunction.c, objects/method.c) ----
 * One builtin_function_or_method type for two calling conventions: the runtime's MethodDef
 * (`def`), or a legacy PyMethodDef with its METH_* flags (`def` NULL, `ml` set, `cls` the
 * defining class of a METH_METHOD; called through api/legacy/legacy_call.h). Code that
 * reads `def` checks it is not NULL. */
typedef struct CFunctionObj {
    Object ob;
    const MethodDef *def;
    Ref self;              /* REF_NULL: none (module functions pass their module) */
    Object *module;        /* __module__ (str) or NULL */
    const struct PyMethodDef *ml;
    Type *cls;             /* counted: the defining class of a legacy method or of a static
                            * method (self REF_NULL), else NULL */
} CFunctionObj;
typedef struct MethodObj { Object ob; Ref func; Ref self; Object *weakreflist; } MethodObj;

/* ---- type internals (objects/type*.c only) -------------------------------------------- */
typedef struct TypeExtra TypeExtra;
struct TypeExtra {
    Object *name;          /* heap types: __name__ (str); tp_name points into it */
    Object *qualname;      /* heap types: __qualname__ (str) */
    Object *slots;         /* heap types: tuple of (mangled) __slots__ names, or NULL */
    MemberDef *slot_members; /* heap types: one per slot, NULL-terminated */
    Type **subclasses;     /* direct subclasses (borrowed: a dying subclass unregisters) */
    intptr_t nsubclasses, subclasses_cap;
    struct Shape *shape;   /* heap types with inline instance values (objects/shape.h) */
    bool heap;
    bool solid;            /* adds instance fields (nonempty __slots__ / own C layout) */
};

/* Recomputes every slot of a heap type from the dunders visible along its MRO (also for
 * its subclasses when `recurse`). */
void type_fixup_slots(Type *type, bool recurse);
/* Only the slots named `name` (a dunder); false if `name` is not a slot name. */
bool type_update_slot(Type *type, Object *name);
/* Adds the wrapper descriptors for a static type's own C slots to its dict. */
int type_add_slot_wrappers(Thread *t, Type *type);
/* The slot table, terminated by a row with name_off == 0 && slot_off == 0. */
extern const SlotDef type_slotdefs[];
/* Subtype machinery for heap types (objects/type_new.c). */
void subtype_dealloc(Object *o);
int subtype_traverse(Object *o, VisitFn visit, void *arg);
int subtype_clear(Object *o);
int type_add_subclass(Thread *t, Type *base, Type *sub);
void type_remove_subclass(Type *base, Type *sub);
Ref type_new_slot(Thread *t, Type *meta, const Ref *args, size_t nargs, Object *kwnames);
/* The base (of a tuple of them) whose instance layout the new type extends; NULL with
 * TypeError when they are not types, not acceptable bases, or their layouts conflict. */
Type *type_best_base(Thread *t, Object *bases);
int type_init_slot(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref type_getattro(Thread *t, Ref obj, Object *name);
int type_setattro(Thread *t, Ref obj, Object *name, Ref value);
int type_compute_mro(Thread *t, Type *type);
/* A number never handed out before in t's interpreter (heap type versions, shape guard
 * versions), or 0 once they ran out. */
unsigned int interp_draw_version(Thread *t);
/* Draws a new version tag for `type` (0 when they ran out); every cache keyed on the old
 * one stops matching. Only for a type whose contents changed. */
unsigned int type_assign_version(Thread *t, Type *type);
/* The type's current version tag for a cache to guard on, drawn only if it has none;
 * 0 if none can be had. */
static inline unsigned int type_cache_version(Thread *t, Type *type) {
    if ((type->tp_flags & TPFLAG_VALID_VERSION_TAG) && type->tp_version_tag != 0)
        return type->tp_version_tag;
    return type_assign_version(t, type);
}
/* Hash stub that raises "unhashable type: '%T'" (slot of types with __hash__ = None). */
int64_t hash_not_implemented(Thread *t, Ref self);
/* __new__ in a static type's dict: a builtin bound to the type calling its new_. */
Ref type_tp_new_wrapper(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);

/* ---- required from the interpreter (runtime/vm) ------------------------------------- */
/* Zero-argument super(): the calling Python frame's first argument and the class in its
 * __class__ cell. false + RuntimeError ("super(): no arguments", "super(): __class__ cell
 * not found", "super(): empty __class__ cell", "super(): no current frame") on failure. */
bool eval_super_args(Thread *t, Type **type, Ref *obj);
/* super() with no arguments in the current frame, without the generic type call. */
Ref super_new_zero_arg(Thread *t);
/* LOAD_METHOD on a super object bound to an instance: 1 with *meth (the method
 * descriptor found after the super's class) and *bound_self (the instance) when the
 * attribute is a method, 0 when the generic lookup must decide, -1 on error. */
int super_load_method(Thread *t, Ref self, Object *name, Ref *meth, Ref *bound_self);
/* The method (borrowed; maybe not a function) `a op b` calls first for instances `a` of tp
 * (op without the in-place offset) when tp's class body defines it -- the slot runs the
 * Python-level dunder -- else REF_NULL. */
Ref type_python_binop(Type *tp, int op);
/* What `a op b` (op a BINARY_OP oparg) still does after a's Python method returned
 * NotImplemented, when b is of a's type or of a built-in type a's class does not
 * subclass: b's own slot, then CPython's TypeError. */
Ref obj_binop_after_left(Thread *t, Ref a, Ref b, int op);
/* super(type, obj) as the zero-argument form makes it; obj is consumed. */
Ref super_make(Thread *t, Type *type, Ref obj);
/* For `super().name(...)` without the super object: 1 and *meth (new) when obj is an
 * instance of a subclass of `type` and the first definition of name after `type` in its
 * class's MRO is a method descriptor (what super_load_method would find); 0 when the
 * super object must decide; -1 on error. */
int super_method_of_instance(Thread *t, Type *type, Ref obj, Object *name, Ref *meth);
/* Stores `value` (borrowed) into a cell object (for __classcell__). */
void cell_set(Object *cell, Ref value);

#endif
