/* The abstract object protocol: what Python syntax does to any value, dispatching
 * through type slots (with CPython's rules: reflected operands, subclass priority,
 * NotImplemented, __eq__ fallback to identity, ...). Owner: objects/abstract*.c.
 * All results are new references; failure is REF_NULL / -1 with an exception set. */
#ifndef SPRY_OBJECTS_ABSTRACT_H
#define SPRY_OBJECTS_ABSTRACT_H
#include "core/object.h"

Ref obj_repr(Thread *t, Ref o);
Ref obj_str(Thread *t, Ref o);
Ref obj_ascii(Thread *t, Ref o);
Ref obj_format(Thread *t, Ref o, Ref spec /* str; REF_NULL = "" */);
int64_t obj_hash(Thread *t, Ref o);                   /* TypeError for unhashable */
int obj_truthy(Thread *t, Ref o);                      /* 1, 0, -1 */
Ref obj_not(Thread *t, Ref o);

Ref obj_getattr(Thread *t, Ref o, Object *name);
Ref obj_getattr_cstr(Thread *t, Ref o, const char *name);
/* Like obj_getattr, but AttributeError is swallowed: REF_NULL without exception. */
Ref obj_lookup_attr(Thread *t, Ref o, Object *name);
int obj_setattr(Thread *t, Ref o, Object *name, Ref value);
int obj_delattr(Thread *t, Ref o, Object *name);
int obj_hasattr(Thread *t, Ref o, Object *name);       /* 1, 0, -1 */
/* Special-method lookup on the type (as CPython's _PyObject_LookupSpecial): bound result,
 * REF_NULL without exception if absent. */
Ref obj_lookup_special(Thread *t, Ref o, Object *name);

Ref obj_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames);
Ref obj_call0(Thread *t, Ref callable);
Ref obj_call1(Thread *t, Ref callable, Ref a);
Ref obj_call2(Thread *t, Ref callable, Ref a, Ref b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
Ref obj_call_tuple_dict(Thread *t, Ref callable, Object *args, Object *kwargs);
Ref obj_call_method(Thread *t, Ref obj, Object *name, const Ref *args, size_t nargs);
bool obj_callable(Ref o);

Ref obj_binop(Thread *t, Ref a, Ref b, int op);        /* op: NB_* */
Ref obj_inplace_op(Thread *t, Ref a, Ref b, int op);   /* op: NB_* (not offset) */
Ref obj_power3(Thread *t, Ref a, Ref b, Ref m);
Ref obj_neg(Thread *t, Ref a);
Ref obj_pos(Thread *t, Ref a);
Ref obj_invert(Thread *t, Ref a);
Ref obj_abs(Thread *t, Ref a);
/* __index__: an int, or TypeError "'%T' object cannot be interpreted as an integer". */
Ref obj_index(Thread *t, Ref a);
/* __index__ to intptr_t; `exc` is raised on overflow (NULL: clamp, as PyNumber_AsSsize_t). */
intptr_t obj_as_ssize(Thread *t, Ref a, Type *exc);
Ref obj_int(Thread *t, Ref a);                          /* int(a) */
Ref obj_float(Thread *t, Ref a);                        /* float(a) */

Ref obj_richcompare(Thread *t, Ref a, Ref b, int op);  /* op: CMP_* */
int obj_richcompare_bool(Thread *t, Ref a, Ref b, int op); /* identity shortcut for EQ/NE */
int obj_eq(Thread *t, Ref a, Ref b);                    /* 1, 0, -1 */

Ref obj_getitem(Thread *t, Ref o, Ref key);
int obj_setitem(Thread *t, Ref o, Ref key, Ref value);
int obj_delitem(Thread *t, Ref o, Ref key);
int obj_contains(Thread *t, Ref container, Ref item);   /* `in`: 1, 0, -1 */
intptr_t obj_len(Thread *t, Ref o);
intptr_t obj_length_hint(Thread *t, Ref o, intptr_t dflt);

Ref obj_iter(Thread *t, Ref o);
/* Next item; REF_NULL without exception when exhausted (StopIteration is absorbed). */
Ref obj_next(Thread *t, Ref it);

int obj_isinstance(Thread *t, Ref o, Ref cls);          /* full: tuples, __instancecheck__ */
int obj_issubclass(Thread *t, Ref derived, Ref cls);

/* Unpacks iterable into exactly n owned Refs (ValueError with CPython's messages). */
int obj_unpack(Thread *t, Ref iterable, intptr_t n, Ref *out);

/* ==== Extensions ========================================================================= */
/* Method lookup for LOAD_METHOD-style calls. Returns 1 with *method = an unbound method
 * descriptor (call it with o prepended: TPFLAG_METHOD_DESCRIPTOR, found on the type and not
 * shadowed by the instance), 0 with *method = the ordinary attribute value, -1 on error.
 * *method is a new reference either way. */
int obj_get_method(Thread *t, Ref o, Object *name, Ref *method);
/* obj.name(*args, **kw) in vectorcall form (args exclude obj). */
Ref obj_call_method_kw(Thread *t, Ref obj, Object *name, const Ref *args, size_t nargs,
                       Object *kwnames);
/* callable(self, *args): prepends self without allocating for small nargs. */
Ref obj_call_prepend(Thread *t, Ref callable, Ref self, const Ref *args, size_t nargs,
                     Object *kwnames);
/* divmod(a, b) through __divmod__/__rdivmod__ (there is no slot for it). */
Ref obj_divmod(Thread *t, Ref a, Ref b);
/* dir(o): sorted list from __dir__. */
Ref obj_dir(Thread *t, Ref o);
/* Looks `name` up on type(o) (MRO, no instance dict) and calls it with o prepended.
 * REF_NULL without exception when the type has no such attribute. */
Ref obj_call_special(Thread *t, Ref o, Object *name, const Ref *args, size_t nargs);
/* The operator text for NB_* ("+", "**", ...) as used in messages. */
const char *obj_binop_symbol(int op);

#endif
