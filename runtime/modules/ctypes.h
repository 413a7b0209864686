/* _ctypes: the native half of the ctypes package (runtime/lib/ctypes/).
 *
 * The split: Python (ctypes/_cdata.py) owns the class machinery -- metaclasses, layouts of
 * structures, conversions of arguments and results -- and every ctypes instance is a
 * Python object holding the *address* of its C memory plus the object that keeps that
 * memory alive. This module owns everything that touches raw memory or libffi:
 *
 *   ctypes_memory.c    Memory blocks (the owners of instances' storage), memmove/memset,
 *                      string_at/wstring_at, the addresses of bytes-like buffers, _CData
 *                      (the native base class: instances' buffer export)
 *   ctypes_simple.c    reading and writing one fundamental C value ("i", "d", "z", ...)
 *                      at an address, bit fields, the sizes and alignments of the codes
 *   ctypes_struct.c    CField, the descriptors of structure and union fields
 *   ctypes_ffitype.c   libffi type descriptions: fundamental, and structures/unions/
 *                      arrays passed by value
 *   ctypes_call.c      prepared call signatures (ffi_cif) and foreign calls
 *   ctypes_callback.c  closures: C function pointers that call back into Python
 *   ctypes_items.c     the native __getitem__ of pointers
 *   ctypes_dl.c        dlopen/dlsym/dlclose
 *   ctypes_module.c    the module object
 *
 * A fundamental type is named by its struct-module style code: ? c u b B h H i I l L q Q
 * f d g z Z P (bool, char, wchar_t, the integers, float, double, long double, char *,
 * wchar_t *, void *). Addresses cross into Python as ints. Owner: runtime/modules/ctypes*.c. */
#ifndef SPRY_MODULES_CTYPES_H
#define SPRY_MODULES_CTYPES_H
#include <ffi.h>

#include "core/object.h"

/* A block of memory owned by a Python object (zeroed, aligned for any C type). */
typedef struct CtMemory {
    Object ob;
    char *data;
    intptr_t size;
} CtMemory;

/* A libffi type description; `type` points at libffi's own static descriptions for the
 * fundamental types, or at `own` for aggregates, whose element list is `elements`
 * (NULL-terminated) and whose element descriptions are kept alive by `parts`. */
typedef struct CtFFIType {
    Object ob;
    ffi_type *type;
    ffi_type own;
    ffi_type **elements;
    Object *parts;               /* tuple of CtFFIType, or NULL */
} CtFFIType;

/* A prepared call interface: result and argument types, fixed or variadic. */
typedef struct CtSignature {
    Object ob;
    ffi_cif cif;
    ffi_type **arg_types;
    Object *keep;                /* tuple: the CtFFIType objects the cif points into */
} CtSignature;

extern Type ct_memory_type, ct_ffitype_type, ct_signature_type, ct_closure_type, ct_field_type,
    ct_cdata_type;
extern const MethodDef ct_memory_functions[], ct_simple_functions[], ct_struct_functions[],
    ct_ffitype_functions[], ct_call_functions[], ct_callback_functions[], ct_dl_functions[], ct_items_functions[];

/* v (an int, or an object with __index__) reduced modulo 2**64, as C casts do; TypeError
 * "'T' object cannot be interpreted as an integer" otherwise. */
bool ct_uint64(Thread *t, Ref v, uint64_t *out);
/* An address argument: an int. */
static inline bool ct_address(Thread *t, Ref v, char **out) {
    uint64_t u;
    if (!ct_uint64(t, v, &u)) return false;
    *out = (char *)(uintptr_t)u;
    return true;
}
Ref ct_address_ref(Thread *t, const void *p);
/* The address of a ctypes instance's memory (its _b_addr_). */
bool ct_instance_address(Thread *t, Ref obj, char **out);

/* A new Memory block of `size` zeroed bytes. */
CtMemory *ct_memory_new(Thread *t, intptr_t size);
/* A new instance of the ctypes class cls with `size` bytes of its own, the first `copied`
 * (at most) copied from src (no __new__ or __init__ run: the instance slots of
 * ctypes/_cdata.py's _CData are set here). */
Ref ct_copy_instance(Thread *t, Ref cls, const char *src, intptr_t size, intptr_t copied);

/* The fundamental code's size, alignment and libffi type; false for an unknown code. */
bool ct_simple_layout(char code, size_t *size, size_t *align);
ffi_type *ct_simple_ffi(char code);
/* The Python value of the code's C value at p; and storing v there (with *keep set to the
 * object a stored pointer points into, or None; REF_NULL on failure). */
Ref ct_load_value(Thread *t, char code, const char *p);
bool ct_store_value(Thread *t, char code, char *p, Ref v, Ref *keep);

/* libffi widens integral results and callback returns narrower than a register to
 * ffi_arg: these move such a value between its C size (at p) and the widened word. */
void ct_narrow_result(const ffi_type *type, const void *word, void *p);
void ct_widen_result(const ffi_type *type, const void *p, void *word);

#endif
