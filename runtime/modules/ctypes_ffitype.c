/* _ctypes libffi type descriptions: FFIType objects for the fundamental codes and for
 * aggregates passed by value (structures, unions, arrays inside structures), which libffi
 * describes as a structure of its elements. */
#include <string.h>

#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static void ffitype_dealloc(Object *o) {
    CtFFIType *ft = (CtFFIType *)o;
    mem_free(ft->elements);
    obj_xdecref(ft->parts);
    o->ob_type->tp_free(o);
}

static Ref ffitype_size(Thread *t, Ref self, void *closure) {
    return ref_from_int((int64_t)((CtFFIType *)ref_obj(self))->type->size);
}

static const GetSetDef ffitype_getsets[] = {
    {"size", ffitype_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type ct_ffitype_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes.FFIType",
    .tp_basicsize = sizeof(CtFFIType),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = ffitype_dealloc,
    .tp_free = obj_free,
    .getsets = ffitype_getsets,
};

/* ffi_simple(code) -> the FFIType of a fundamental code. */
FN(ct_ffi_simple) {
    if (!args_count(t, "ffi_simple", nargs, kw, 1, 1)) return REF_NULL;
    ffi_type *type = NULL;
    if (str_check(args[0]) && str_len(ref_obj(args[0])) == 1) type = ct_simple_ffi((char)str_char_at(ref_obj(args[0]), 0));
    if (!type) return err_format(t, &exc_ValueError, "unknown ctypes type code %R", args[0]);
    CtFFIType *ft = (CtFFIType *)obj_alloc(t, &ct_ffitype_type, sizeof(CtFFIType));
    if (!ft) return REF_NULL;
    ft->type = type;
    return ref_from_obj(&ft->ob);
}

/* ffi_struct(elements) -> an FFIType for a structure of the given FFITypes, in order
 * (an array of n items is n elements; a union, elements that cover its size). */
FN(ct_ffi_struct) {
    if (!args_count(t, "ffi_struct", nargs, kw, 1, 1)) return REF_NULL;
    if (!tuple_check(args[0])) return err_set(t, &exc_TypeError, "ffi_struct() expects a tuple");
    Object *parts = ref_obj(args[0]);
    intptr_t n = tuple_size(parts);
    if (n == 0) return err_set(t, &exc_TypeError, "cannot pass an empty structure by value");
    for (intptr_t i = 0; i < n; i++)
        if (ref_type(tuple_items(parts)[i]) != &ct_ffitype_type) return err_set(t, &exc_TypeError, "ffi_struct() expects FFITypes");
    CtFFIType *ft = (CtFFIType *)obj_alloc(t, &ct_ffitype_type, sizeof(CtFFIType));
    if (!ft) return REF_NULL;
    ft->elements = mem_calloc(t, (size_t)n + 1, sizeof(ffi_type *));
    if (!ft->elements) {
        obj_decref(&ft->ob);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < n; i++) ft->elements[i] = ((CtFFIType *)ref_obj(tuple_items(parts)[i]))->type;
    ft->own.type = FFI_TYPE_STRUCT;
    ft->own.elements = ft->elements;
    ft->type = &ft->own;
    obj_incref(parts);
    ft->parts = parts;
    /* libffi computes size and alignment when a cif first uses the type; do it now so
     * that the type is complete (and can be checked) before any call. */
    ffi_cif probe;
    if (ffi_prep_cif(&probe, FFI_DEFAULT_ABI, 0, ft->type, NULL) != FFI_OK) {
        obj_decref(&ft->ob);
        return err_set(t, &exc_TypeError, "libffi cannot describe this structure");
    }
    return ref_from_obj(&ft->ob);
}

const MethodDef ct_ffitype_functions[] = {
    {"ffi_simple", ct_ffi_simple, 0, NULL},
    {"ffi_struct", ct_ffi_struct, 0, NULL},
    {NULL, NULL, 0, NULL},
};
