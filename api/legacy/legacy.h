/* Internal interface of the legacy C-API shim (the .c files of api/legacy) and its entry points for
 * the import system. Includes both Spry's internal headers and the public Python.h. */
#ifndef SPRY_API_LEGACY_H
#define SPRY_API_LEGACY_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "spry.h"
#include "Python.h"

/* ---- crossing the boundary --------------------------------------------------------------
 * legacy_box: a Ref (stolen) as a PyObject* (owned). A tagged int becomes a heap int (an
 * immortal cached box for -5..1024, a fresh one otherwise). NULL + MemoryError on failure;
 * REF_NULL gives NULL.
 * legacy_unbox: a PyObject* (stolen) as an owned Ref; exact ints with small values are
 * normalized to tagged form. NULL gives REF_NULL.
 * legacy_ref: a borrowed Ref viewing a borrowed PyObject* (no normalization needed: every
 * int operation accepts heap ints with small values). */
#define LEGACY_BOX_MIN (-5)
#define LEGACY_BOX_MAX 1024
/* The process-wide immortal boxes of LEGACY_BOX_MIN..LEGACY_BOX_MAX (core.c), built on
 * first use: a box whose type is set is complete. */
extern Int legacy_small_box_storage[];
void legacy_small_boxes_init(void);
static inline PyObject *legacy_small_box(int64_t v) {
    Int *b = &legacy_small_box_storage[v - LEGACY_BOX_MIN];
    if (__builtin_expect(!__atomic_load_n(&b->ob.ob_type, __ATOMIC_ACQUIRE), 0)) legacy_small_boxes_init();
    return (PyObject *)b;
}
static inline PyObject *legacy_box_int(Thread *t, int64_t v) {
    if (v >= LEGACY_BOX_MIN && v <= LEGACY_BOX_MAX) return legacy_small_box(v);
    return (PyObject *)int_box_i64(t, v);
}
/* Inline: most arguments are objects, which cross as they are. */
static inline PyObject *legacy_box(Thread *t, Ref r) {
    if (ref_is_int(r)) return legacy_box_int(t, ref_int(r));
    return ref_is_null(r) ? NULL : (PyObject *)ref_obj(r);
}
Ref legacy_unbox(PyObject *o);
static inline Ref legacy_ref(PyObject *o) { return ref_from_obj((Object *)o); }
static inline PyObject *legacy_obj(Object *o) { return (PyObject *)o; }
/* Boxes a tagged item stored in a container slot in place (the slot then owns the box);
 * returns the item as a borrowed PyObject*. NULL (and MemoryError) if boxing failed. */
PyObject *legacy_box_slot(Thread *t, Ref *slot);
/* The value of o when it is an exact int of at most one limb within int64 (the common
 * case, read straight from its digits), else false. Never sets an error. */
static inline bool legacy_small_int(PyObject *o, int64_t *v) {
    if (((Object *)o)->ob_type != &int_type) return false;
    mpz_srcptr z = ((Int *)o)->z;
    if (z->_mp_size == 0) {
        *v = 0;
        return true;
    }
    if ((z->_mp_size != 1 && z->_mp_size != -1) || z->_mp_d[0] > (mp_limb_t)INT64_MAX) return false;
    *v = z->_mp_size > 0 ? (int64_t)z->_mp_d[0] : -(int64_t)z->_mp_d[0];
    return true;
}
/* A borrowed Ref for a value C code stores into a Python object: a boxed small int comes
 * back tagged (not every runtime path accepts heap ints with small values). */
static inline Ref legacy_ref_norm(PyObject *o) {
    int64_t v;
    if (o && legacy_small_int(o, &v) && ref_int_fits(v)) return ref_from_int(v);
    return legacy_ref(o);
}
/* The calling thread (legacy code receives none). Never NULL while Spry runs. */
static inline Thread *legacy_thread(void) { return thread_current(); }
/* Result of a legacy C function (stolen) back to Spry, with CPython's SystemErrors for a
 * NULL result without exception or a result with one set. `callable` names the culprit. */
Ref legacy_result_error(Thread *t, PyObject *res, Ref callable);
static inline Ref legacy_result(Thread *t, PyObject *res, Ref callable) {
    if (__builtin_expect(!res || err_occurred(t), 0)) return legacy_result_error(t, res, callable);
    int64_t v;
    if (legacy_small_int(res, &v) && ref_int_fits(v)) {   /* legacy_unbox, box recycled inline */
        int_box_release(t, (Object *)res);
        return ref_from_int(v);
    }
    return legacy_ref(res);
}

/* True, with CPython's TypeError, when o has no sequence methods: a mapping "is not a
 * sequence", anything else gets `other` (a format with one %s, the type name). */
bool legacy_not_sequence(PyObject *o, const char *other);
/* 0 if o is a str, else -1 with CPython's "must be str, not T" (nothing more for NULL). */
int legacy_ensure_str(PyObject *o);

/* Interp.legacy_state: a dict of what the C API keeps per interpreter, created on first use
 * (borrowed; NULL with MemoryError). */
Object *legacy_interp_state(Thread *t);

/* ---- functions and methods (typeobj.c / funcs.c) -------------------------------------- */
extern Type _spry_legacy_capsule_type, _spry_legacy_moduledef_type;
int legacy_ready_internal_types(Thread *t);
/* PyCFunction_GetFunction of a runtime built-in (cfunction_thunks.c): a pointer with the
 * METH_FASTCALL | METH_KEYWORDS signature that calls `def`. NULL with SystemError. */
PyCFunction legacy_runtime_cfunction_pointer(Thread *t, const MethodDef *def);

/* ---- module.c ---------------------------------------------------------------------------- */
/* Calls an extension's PyInit function and initializes what it returns (single- or
 * multi-phase) as module `fullname`; `path` is its shared library, NULL for a built-in
 * (inittab) module. A new reference or REF_NULL with ImportError/SystemError set. */
Ref legacy_module_from_init(Thread *t, Object *fullname, PyObject *(*init)(void), const char *path);

/* ---- args.c helper ---------------------------------------------------------------------- */
PyObject *legacy_build_value_v(const char *format, va_list *va, int size_t_flag);

#include "legacy_import.h"
#include "legacy_call.h"

#endif
