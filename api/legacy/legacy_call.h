/* What CALL's specialized forms (runtime/vm/bytecodes.def) need from the legacy C-API
 * shim: its C function objects and method descriptors, called straight from the value
 * stack. Internal; does not pull in Python.h. */
#ifndef SPRY_API_LEGACY_CALL_H
#define SPRY_API_LEGACY_CALL_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif
#include "core/object.h"

/* builtin_function_or_method made by PyCFunction_New & co.; method_descriptor for a
 * PyMethodDef in a legacy type (a Descr: its `type` is the owning class). */
extern Type _spry_legacy_cfunction_type, _spry_legacy_method_descr_type;

/* func(*args): nargs positional arguments, then one value per name in kwnames (NULL:
 * none). Arguments borrowed; a new reference, or REF_NULL with the calling convention's
 * TypeError or CPython's SystemError for a misbehaving C function set. The recursion is
 * not counted here: a call back into Python counts it (obj_call). */
Ref legacy_cfunction_call(Thread *t, Ref func, const Ref *args, size_t nargs, Object *kwnames);
/* descr(self, *args) with self = args[0], whose type the caller checked is exactly the
 * descriptor's class; same contract. */
Ref legacy_method_call(Thread *t, Ref descr, const Ref *args, size_t nargs, Object *kwnames);

#endif
