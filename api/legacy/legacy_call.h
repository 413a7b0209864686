/* What CALL's specialized forms (runtime/vm/bytecodes.def) need from the legacy C-API
 * shim: its C function objects and method descriptors, called straight from the value
 * stack. Internal; does not pull in Python.h. */
#ifndef SPRY_API_LEGACY_CALL_H
#define SPRY_API_LEGACY_CALL_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif
#include "core/object.h"

/* Functions and method descriptors made from a PyMethodDef are the runtime's
 * builtin_function_or_method (CFunctionObj) and method_descriptor / classmethod_descriptor
 * (MethodDescr) with `def` NULL and `ml` set (objects/type.h); these call and name them. */

struct PyMethodDef;
/* A legacy PyMethodDef's ml_name and ml_doc. */
const char *legacy_methoddef_name(const struct PyMethodDef *ml);
const char *legacy_methoddef_doc(const struct PyMethodDef *ml);

/* func(*args): nargs positional arguments, then one value per name in kwnames (NULL:
 * none). Arguments borrowed; a new reference, or REF_NULL with the calling convention's
 * TypeError or CPython's SystemError for a misbehaving C function set. The recursion is
 * not counted here: a call back into Python counts it (obj_call). */
Ref legacy_cfunction_call(Thread *t, Ref func, const Ref *args, size_t nargs, Object *kwnames);
/* descr(self, *args) with self = args[0], whose type the caller checked (an instance of
 * the descriptor's class, or a subclass of it for a class method); same contract. */
Ref legacy_method_call(Thread *t, Ref descr, const Ref *args, size_t nargs, Object *kwnames);

#endif
